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

    /// The overload taking the body's properties sends the same bytes as the call taking
    /// the body, with optional properties left out when not given.
    @Test func flattenedCreateSendsTheBodyItBuilds() async throws {
        try await withTestServer({ _ in .json(200, #"{"webhook":{"id":"wh-9"}}"#) }) { server in
            let c1 = ConductorOneClient(client: APIClient(serverURL: server.url, tokenProvider: BearerToken("t")))
            let created = try await c1.webhooks.create(displayName: "Deploys", url: "https://example.com/h")
            #expect(created.webhook?.id == "wh-9")
            _ = try await c1.webhooks.create(displayName: "Deploys", url: "https://example.com/h", description: "CI")
            _ = try await c1.webhooks.create(body: WebhooksServiceCreateRequest(description: "CI", displayName: "Deploys", url: "https://example.com/h"))
            let bodies = server.requests.map { String(decoding: $0.body, as: UTF8.self) }
            #expect(
                bodies == [
                    #"{"displayName":"Deploys","url":"https://example.com/h"}"#,
                    #"{"description":"CI","displayName":"Deploys","url":"https://example.com/h"}"#,
                    #"{"description":"CI","displayName":"Deploys","url":"https://example.com/h"}"#,
                ])
            #expect(server.requests.allSatisfy { $0.method == "POST" && $0.rawPath == "/api/v1/webhooks" })
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
