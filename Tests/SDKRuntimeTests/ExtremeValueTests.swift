import Foundation
@_spi(Generated) import SDKRuntime
import Testing

@_spi(Generated) @testable import SDKRuntime

/// Settings and answers at the edges of their types never stop the process.
@Suite(.timeLimit(.minutes(1)))
struct ExtremeValueTests {
    @Test func timeoutOfInt64MaxSecondsWaitsWithoutCrashing() async throws {
        try await withTestServer({ _ in .json(200, #"{"ok":true}"#) }) { server in
            let client = APIClient(serverURL: server.url, timeout: .seconds(Int64.max))
            let answer = try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            #expect(answer["ok"] == true)
        }
    }

    @Test func retryAfterOfHalfInt64MaxSecondsIsNotWaitedFor() async throws {
        let busy = CannedResponse.json(503, "{}", headers: ["Retry-After": "\(Int64.max / 2)"])
        try await withTestServer({ _ in busy }) { server in
            let policy = RetryPolicy(maxElapsedTime: .seconds(Int64.max))
            let client = APIClient(serverURL: server.url, retryPolicy: policy)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            }
            #expect(error.status == 503)
            #expect(server.requests.count == 1)
        }
    }

    @Test func backoffOfHugeOrNegativeSettingsStaysInRange() {
        let huge = RetryPolicy(initialBackoff: .seconds(Int64.max), maxBackoff: .seconds(Int64.max))
        for retry in [1, 6, 30, 1000] {
            let wait = huge.backoff(beforeRetry: retry)
            #expect(wait >= .zero && wait <= .seconds(Int64.max))
        }
        let negative = RetryPolicy(initialBackoff: .seconds(-5), maxBackoff: .seconds(-1))
        #expect(negative.backoff(beforeRetry: 3) == .zero)
    }
}
