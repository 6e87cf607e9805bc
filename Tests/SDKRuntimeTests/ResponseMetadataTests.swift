import ConductorOne
import Foundation
import HTTPTypes
import SDKRuntime
import Testing

/// `sendWithResponse`: the status and header fields of a success beside its body, read
/// from a real server.
@Suite(.timeLimit(.minutes(1)))
struct ResponseMetadataTests {
    @Test func statusAndHeaderFieldsComeWithTheBody() async throws {
        let created = CannedResponse.json(
            201, #"{"webhook":{"id":"wh-9","displayName":"Deploys"}}"#,
            headers: [
                "X-Request-Id": "req-123", "X-RateLimit-Remaining": "41", "Location": "/api/v1/webhooks/wh-9",
            ])
        try await withTestServer({ _ in created }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: fastRetries)
            let response = try await client.sendWithResponse(
                Webhooks.create(body: WebhooksServiceCreateRequest(displayName: "Deploys", url: "https://example.com/hook")))
            #expect(response.status == .created)
            #expect(response.requestID == "req-123")
            #expect(response.header("x-ratelimit-remaining") == "41")
            #expect(response.location == "/api/v1/webhooks/wh-9")
            #expect(response.headerFields[.contentType] == "application/json")
            #expect(response.body.webhook?.id == "wh-9")
            #expect(response.header("X-Missing") == nil)
            #expect(response.header("not a name") == nil)
        }
    }

    @Test func sendReturnsTheSameBody() async throws {
        let answer = CannedResponse.json(200, #"{"webhook":{"id":"wh-1"}}"#, headers: ["Request-Id": "r-1"])
        try await withTestServer({ _ in answer }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: fastRetries)
            let body = try await client.send(Webhooks.get(id: "wh-1"))
            let response = try await client.sendWithResponse(Webhooks.get(id: "wh-1"))
            #expect(response.body == body)
            #expect(response.requestID == "r-1")
            #expect(response.map { $0.webhook?.id }.body == "wh-1")
        }
    }

    @Test func metadataIsThatOfTheAttemptThatSucceeded() async throws {
        let attempts = Counter()
        let handler: TestServer.Handler = { _ in
            attempts.next() == 1
                ? .json(503, "{}", headers: ["Retry-After": "0", "X-Request-Id": "first"])
                : .json(200, "{}", headers: ["X-Request-Id": "second"])
        }
        try await withTestServer(handler) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: fastRetries)
            let response = try await client.sendWithResponse(Webhooks.get(id: "wh-1"))
            #expect(response.requestID == "second")
            #expect(server.requests.count == 2)
        }
    }
}
