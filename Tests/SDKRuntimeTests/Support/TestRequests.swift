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

/// Retries with waits short enough for tests.
let fastRetries = RetryPolicy(initialBackoff: .milliseconds(10), maxBackoff: .milliseconds(50), maxElapsedTime: .seconds(20))

extension APIClient {
    /// A client for a test server: client credentials, fast retries, a bounded timeout.
    static func forTests(
        _ credentials: ConductorOneCredentials, server: TestServer, logger: Logger? = nil
    ) throws -> APIClient {
        var configuration = try APIClient.Configuration.conductorOne(credentials: credentials, serverURL: server.url)
        configuration.retryPolicy = fastRetries
        configuration.timeout = .seconds(10)
        if let logger { configuration.logger = logger }
        return APIClient(configuration: configuration)
    }
}
