import Foundation
import HTTPTypes
import SDKRuntime
import Testing

@testable import SDKRuntime

@Suite(.timeLimit(.minutes(1)))
struct RetryTests {
    /// A server that answers the first `failures.count` requests with those responses, then
    /// with `success`.
    func scripted(_ failures: [CannedResponse], success: CannedResponse = .json(200, sampleWebhookResponse))
        -> TestServer.Handler
    {
        let count = Counter()
        return { _ in
            let index = count.next() - 1
            return index < failures.count ? failures[index] : success
        }
    }

    /// Each attempt's timeout: longer than any wait between attempts here, so a clock made
    /// by ``backoffClock()`` skips the waits and leaves the timeouts.
    static let timeout = Duration.seconds(60)

    /// A clock on which the waits between attempts pass at once.
    static func backoffClock() -> TestClock {
        TestClock(skippingSleeps: { $0 < timeout })
    }

    /// A client of `server` with `retryPolicy`, without jitter, waiting on `clock`.
    func client(_ server: TestServer, retryPolicy: RetryPolicy = .default, clock: TestClock) -> APIClient {
        var configuration = APIClient.Configuration(
            serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: retryPolicy.withoutJitter,
            timeout: Self.timeout)
        configuration.clock = clock
        return APIClient(configuration: configuration)
    }

    @Test func postIsRetriedAfter503WithRetryAfter() async throws {
        let unavailable = CannedResponse.json(
            503, #"{"code":14,"message":"try again"}"#, headers: ["Retry-After": "7"])
        try await withTestServer(scripted([unavailable])) { server in
            let clock = Self.backoffClock()
            let response = try await client(server, clock: clock).send(TestRequests.webhookTest(id: "wh-1"))
            #expect(response.webhook.id == "wi-1")
            #expect(server.requests.count == 2)
            // Retry-After decides, not the backoff's half second.
            #expect(clock.slept == [.seconds(7)])
        }
    }

    @Test func postIsNotRetriedAfter500() async throws {
        try await withTestServer(scripted([.json(500, #"{"code":13,"message":"internal"}"#)])) { server in
            let clock = Self.backoffClock()
            let error = try await #require(throws: SDKError.self) {
                try await client(server, clock: clock).send(TestRequests.webhookTest(id: "wh-1"))
            }
            #expect(error.status == 500)
            #expect(server.requests.count == 1)
            #expect(clock.slept == [])
        }
    }

    @Test func getIsRetriedAfter500() async throws {
        try await withTestServer(scripted([.json(500, "{}"), .json(502, "{}")], success: .json(200, "{}"))) { server in
            let clock = Self.backoffClock()
            _ = try await client(server, clock: clock).send(TestRequests.webhookGet(id: "wh-1"))
            #expect(server.requests.count == 3)
            #expect(clock.slept == [.milliseconds(500), .seconds(1)])
        }
    }

    @Test func retriesStopAtMaxAttempts() async throws {
        try await withTestServer(scripted(Array(repeating: .json(503, "{}"), count: 10))) { server in
            let clock = Self.backoffClock()
            let error = try await #require(throws: SDKError.self) {
                try await client(server, retryPolicy: RetryPolicy(maxAttempts: 3), clock: clock).send(
                    TestRequests.webhookGet(id: "wh-1"))
            }
            #expect(error.status == 503)
            #expect(server.requests.count == 3)
            #expect(clock.slept == [.milliseconds(500), .seconds(1)])
        }
    }

    @Test func backoffDoublesUpToItsCap() async throws {
        try await withTestServer(scripted(Array(repeating: .json(503, "{}"), count: 10))) { server in
            let clock = Self.backoffClock()
            let policy = RetryPolicy(maxAttempts: 6, initialBackoff: .seconds(1), maxBackoff: .seconds(5))
            let error = try await #require(throws: SDKError.self) {
                try await client(server, retryPolicy: policy, clock: clock).send(TestRequests.webhookGet(id: "wh-1"))
            }
            #expect(error.status == 503)
            #expect(clock.slept == [.seconds(1), .seconds(2), .seconds(4), .seconds(5), .seconds(5)])
            #expect(clock.elapsed == .seconds(17))
        }
    }

    @Test func retriesCanBeSwitchedOffPerCall() async throws {
        try await withTestServer(scripted([.json(503, "{}")])) { server in
            let clock = Self.backoffClock()
            let error = try await #require(throws: SDKError.self) {
                try await client(server, clock: clock).send(
                    TestRequests.webhookGet(id: "wh-1"), options: RequestOptions(retryPolicy: .disabled))
            }
            #expect(error.status == 503)
            #expect(server.requests.count == 1)
            #expect(clock.slept == [])
        }
    }

    @Test func retryAfterBeyondTheDeadlineIsNotWaitedFor() async throws {
        let busy = CannedResponse.json(429, "{}", headers: ["Retry-After": "3600"])
        try await withTestServer(scripted([busy])) { server in
            let clock = Self.backoffClock()
            let error = try await #require(throws: SDKError.self) {
                try await client(server, clock: clock).send(TestRequests.webhookTest(id: "wh-1"))
            }
            #expect(error.status == 429)
            #expect(server.requests.count == 1)
            #expect(clock.slept == [])
        }
    }

    @Test func connectFailuresAreRetriedForPost() async throws {
        // A port that was just listening and is now closed refuses connections.
        let server = try await TestServer.start { _ in .json(200, "{}") }
        await server.stop()
        let attempts = Counter()
        let clock = Self.backoffClock()
        var configuration = APIClient.Configuration(
            serverURL: server.url, tokenProvider: BearerToken("t"), middlewares: [CountingMiddleware(counter: attempts)],
            retryPolicy: RetryPolicy.default.withoutJitter, timeout: Self.timeout)
        configuration.clock = clock
        let error = try await #require(throws: SDKError.self) {
            try await APIClient(configuration: configuration).send(TestRequests.webhookTest(id: "wh-1"))
        }
        guard case .transport(let failure) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(failure.isConnectFailure)
        #expect(attempts.current == RetryPolicy.default.maxAttempts)
        #expect(clock.slept == [.milliseconds(500), .seconds(1), .seconds(2)])
    }

    @Test func retryAfterReadsSecondsAndHTTPDates() {
        let now = Date(timeIntervalSince1970: 784_111_777)  // Sun, 06 Nov 1994 08:49:37 GMT
        func delay(_ value: String) -> Duration? {
            RetryAfter.delay(in: [.retryAfter: value], now: now)
        }
        #expect(delay("0") == .zero)
        #expect(delay("120") == .seconds(120))
        #expect(delay("Sun, 06 Nov 1994 08:50:07 GMT") == .seconds(30))
        #expect(delay("Sunday, 06-Nov-94 08:50:07 GMT") == .seconds(30))
        #expect(delay("Sun Nov  6 08:50:07 1994") == .seconds(30))
        #expect(delay("Sun, 06 Nov 1994 08:00:00 GMT") == .zero)
        #expect(delay("soon") == nil)
        #expect(delay("Sun, 31 Feb 1994 08:49:37 GMT") == nil)
        #expect(delay("Sun, 06 Nov 1994 08:49:37 PST") == nil)
        #expect(delay("-5") == nil)
    }

    @Test func backoffHasFullJitterUnderTheCap() {
        let policy = RetryPolicy(initialBackoff: .milliseconds(100), maxBackoff: .milliseconds(300))
        for retry in 1...20 {
            let bound = min(Duration.milliseconds(300), .milliseconds(100) * (1 << min(retry - 1, 20)))
            let wait = policy.backoff(beforeRetry: retry)
            #expect(wait >= .zero && wait <= bound)
        }
    }

    @Test func onlySafeFailuresAreRetriedForPostAndPatch() {
        let policy = RetryPolicy.default
        for status in [429, 503] {
            #expect(policy.retries(status: status, method: .post))
            #expect(policy.retries(status: status, method: .patch))
        }
        for status in [408, 500, 502, 504] {
            #expect(!policy.retries(status: status, method: .post))
            #expect(policy.retries(status: status, method: .get))
            #expect(policy.retries(status: status, method: .delete))
        }
        #expect(policy.retriesFailure(connectFailed: true, method: .post))
        #expect(!policy.retriesFailure(connectFailed: false, method: .post))
        #expect(policy.retriesFailure(connectFailed: false, method: .get))
    }
}

extension RetryTests {
    @Test func retriesEndAtTheDeadline() async throws {
        // Each answer asks for a wait that fits the deadline only once.
        let busy = CannedResponse.json(503, "{}", headers: ["Retry-After": "3"])
        try await withTestServer(scripted(Array(repeating: busy, count: 10))) { server in
            let policy = RetryPolicy(maxAttempts: 10, maxElapsedTime: .seconds(5))
            // Only the waits pass at once: the second attempt's timeout, the 2 s left of the
            // deadline, is shorter than they are.
            let clock = TestClock(skippingSleeps: { $0 == .seconds(3) })
            let error = try await #require(throws: SDKError.self) {
                try await client(server, retryPolicy: policy, clock: clock).send(TestRequests.webhookGet(id: "wh-1"))
            }
            #expect(error.status == 503)
            // Attempts at 0 s and 3 s; a wait to 6 s would end after the deadline.
            #expect(server.requests.count == 2)
            #expect(clock.slept == [.seconds(3)])
        }
    }
}

extension RetryTests {
    @Test func disabledRetriesMakeOneAttemptEvenAfter401() async throws {
        try await withTestServer({ request in
            if request.rawPath == "/oauth/token" {
                return .json(200, #"{"access_token":"t","token_type":"Bearer","expires_in":60}"#)
            }
            return .json(401, #"{"code":16,"message":"revoked"}"#)
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            #expect(error.status == 401)
            #expect(server.requests.filter { $0.rawPath != "/oauth/token" }.count == 1)
        }
    }

    @Test func tokenThatIsNotAHeaderValueIsNeitherSentNorCached() async throws {
        try await withTestServer({ request in
            if request.rawPath == "/oauth/token" {
                return .json(200, #"{"access_token":"bad\u0001token","token_type":"Bearer","expires_in":3600}"#)
            }
            return .json(200, "{}")
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled)
            for _ in 0..<2 {
                let error = try await #require(throws: SDKError.self) {
                    try await client.send(TestRequests.webhookGet(id: "wh-1"))
                }
                #expect("\(error)".hasSuffix("answered an access token that is not a valid header value"))
            }
            #expect(server.requests.map(\.rawPath) == ["/oauth/token", "/oauth/token"])
        }
    }
}
