import ConductorOne
import Foundation
import SDKRuntime
import Testing

/// The bodies the generated ConductorOne operations send, as a real server receives them.
@Suite(.timeLimit(.minutes(1)))
struct RequestBodyTests {
    @Test func requiredEmptyAndAbsentBodiesOnTheWire() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let c1 = ConductorOneClient(
                client: APIClient(serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: fastRetries))
            _ = try await c1.webhooks.create(body: WebhooksServiceCreateRequest(displayName: "Deploys", url: "https://example.com/h"))
            _ = try await c1.webhooks.test(id: "wh-1")
            try await c1.webhooks.delete(id: "wh-1")
            let received = server.requests.map { "\($0.method) \($0.rawPath) \(String(decoding: $0.body, as: UTF8.self))" }
            #expect(
                received == [
                    #"POST /api/v1/webhooks {"displayName":"Deploys","url":"https://example.com/h"}"#,
                    "POST /api/v1/webhooks/wh-1/test {}",
                    "DELETE /api/v1/webhooks/wh-1 ",
                ])
        }
    }

    @Test func updateSendsItsFieldMaskAsOneString() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let c1 = ConductorOneClient(client: APIClient(serverURL: server.url, tokenProvider: BearerToken("t")))
            let webhook = Webhook(displayName: "Deploys", url: "https://example.com/hook")
            _ = try await c1.webhooks.update(
                id: "wh-1", body: WebhooksServiceUpdateRequest(updateMask: ["display_name", "url"], webhook: webhook))
            let request = try #require(server.requests.first)
            #expect(
                String(decoding: request.body, as: UTF8.self)
                    == #"{"updateMask":"displayName,url","webhook":{"displayName":"Deploys","url":"https://example.com/hook"}}"#)
        }
    }
}
