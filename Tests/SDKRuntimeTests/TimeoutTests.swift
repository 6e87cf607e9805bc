import Foundation
import SDKRuntime
import Testing

@Suite(.timeLimit(.minutes(1)))
struct TimeoutTests {
    /// Answers after `delay`, or when the server stops.
    func slow(_ delay: Duration) -> TestServer.Handler {
        { _ in
            try await Task.sleep(for: delay)
            return .json(200, sampleWebhookResponse)
        }
    }

    @Test func perCallTimeoutStopsASlowCall() async throws {
        try await withTestServer(slow(.seconds(20))) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"), timeout: .seconds(30))
            let error = try await #require(throws: SDKError.self) {
                try await client.send(
                    TestRequests.webhookTest(id: "wh-1"), options: RequestOptions(timeout: .milliseconds(300)))
            }
            guard case .timedOut(let after) = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
            #expect(after == .milliseconds(300))
            #expect("\(error)" == "the request timed out after 300 ms")
            // A POST that timed out may have been carried out: it is not sent again.
            #expect(server.requests.count == 1)
        }
    }

    @Test func clientTimeoutAppliesWhenTheCallSetsNone() async throws {
        try await withTestServer(slow(.seconds(20))) { server in
            let client = APIClient(
                serverURL: server.url, retryPolicy: .disabled, timeout: .milliseconds(200))
            await #expect(throws: SDKError.self) {
                try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            }
        }
    }

    @Test func fastAnswerIsNotAffected() async throws {
        try await withTestServer(slow(.zero)) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"))
            let response = try await client.send(
                TestRequests.webhookTest(id: "wh-1"), options: RequestOptions(timeout: .seconds(10)))
            #expect(response.webhook.webhookId == "wh-1")
        }
    }
}
