import ConductorOneAuth
import Foundation
import Logging
@_spi(Generated) import SDKRuntime

/// The part of a webhooks test answer the tests read.
struct TestWebhookResponse: Codable, Sendable, Equatable {
    struct Webhook: Codable, Sendable, Equatable {
        var id: String
        var webhookId: String
        var createdAt: Date
    }
    var webhook: Webhook
}

enum TestRequests {
    static let operationID = "c1.api.webhooks.v1.WebhooksService.Test"

    /// `POST /api/v1/webhooks/{id}/test`, as generated code builds it.
    static func webhookTest(id: String) -> Request<TestWebhookResponse> {
        Request(
            method: .post, path: "/api/v1/webhooks/\(URLPath.segment(id))/test", body: JSONValue.object([:]),
            security: [["bearerAuth"], ["oauth"]], operationID: operationID)
    }

    /// `GET /api/v1/webhooks/{id}`.
    static func webhookGet(id: String) -> Request<JSONValue> {
        Request(
            method: .get, path: "/api/v1/webhooks/\(URLPath.segment(id))", security: [["bearerAuth"], ["oauth"]],
            operationID: "c1.api.webhooks.v1.WebhooksService.Get")
    }
}

/// Retries without waits between attempts, for tests of what is retried rather than of how
/// long the waits are (`RetryTests` expects those, on a ``TestClock``).
let fastRetries = RetryPolicy(initialBackoff: .zero, maxBackoff: .zero, maxElapsedTime: .seconds(20))

extension APIClient {
    /// A client for a test server: client credentials, fast retries, a bounded timeout, and
    /// `clock` when given.
    static func forTests(
        _ credentials: ConductorOneCredentials, server: TestServer, logger: Logger? = nil, clock: TestClock? = nil
    ) throws -> APIClient {
        var configuration = try APIClient.Configuration.conductorOne(credentials: credentials, serverURL: server.url)
        configuration.retryPolicy = fastRetries
        configuration.timeout = .seconds(10)
        if let logger { configuration.logger = logger }
        if let clock { configuration.clock = clock }
        return APIClient(configuration: configuration)
    }
}
