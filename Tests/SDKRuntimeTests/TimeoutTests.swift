import Foundation
import OpenAPIURLSession
@_spi(Generated) import SDKRuntime
import Testing

@_spi(Generated) @testable import SDKRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

@Suite(.timeLimit(.minutes(1)))
struct TimeoutTests {
    /// Answers after `delay`, or when the server stops.
    func slow(_ delay: Duration) -> TestServer.Handler {
        { _ in
            try await Task.sleep(for: delay)
            return .json(200, sampleWebhookResponse)
        }
    }

    /// Answers when `gate` opens, or when the server stops.
    func hanging(_ gate: Gate) -> TestServer.Handler {
        { _ in
            try await gate.pass()
            return .json(200, sampleWebhookResponse)
        }
    }

    @Test func perCallTimeoutStopsASlowCall() async throws {
        let gate = Gate()
        try await withTestServer(hanging(gate)) { server in
            let sent = Counter()
            let clock = TestClock()
            var configuration = APIClient.Configuration(
                serverURL: server.url, tokenProvider: BearerToken("t"), middlewares: [CountingMiddleware(counter: sent)],
                timeout: .seconds(30))
            configuration.clock = clock
            let client = APIClient(configuration: configuration)
            let call = Task {
                try await client.send(
                    TestRequests.webhookTest(id: "wh-1"), options: RequestOptions(timeout: .milliseconds(300)))
            }
            try await gate.waitForArrivals(1)
            try await clock.advance(pastSleepOf: .milliseconds(300))
            let error = try await #require(throws: SDKError.self) { try await call.value }
            guard case .timedOut(let after) = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
            #expect(after == .milliseconds(300))
            #expect("\(error)" == "the request timed out after 300 ms")
            // A POST that timed out may have been carried out: it is not sent again.
            #expect(sent.current == 1)
        }
    }

    @Test func clientTimeoutAppliesWhenTheCallSetsNone() async throws {
        let gate = Gate()
        try await withTestServer(hanging(gate)) { server in
            let clock = TestClock()
            var configuration = APIClient.Configuration(serverURL: server.url, retryPolicy: .disabled, timeout: .milliseconds(200))
            configuration.clock = clock
            let client = APIClient(configuration: configuration)
            let call = Task { try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x")) }
            try await gate.waitForArrivals(1)
            try await clock.advance(pastSleepOf: .milliseconds(200))
            let error = await #expect(throws: SDKError.self) { try await call.value }
            #expect(error.map { "\($0)" } == "the request timed out after 200 ms")
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

extension TimeoutTests {
    @Test func tokenRequestAndCallShareOneDeadline() async throws {
        // The server takes 600 ms for each request, on the client's clock.
        let clock = TestClock()
        try await withTestServer({ request in
            try await clock.sleep(for: .milliseconds(600))
            if request.rawPath == "/oauth/token" {
                return .json(200, #"{"access_token":"t","token_type":"Bearer","expires_in":60}"#)
            }
            return .json(200, #"{"ok":true}"#)
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            var configuration = APIClient.Configuration(
                serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled, timeout: .seconds(1))
            configuration.clock = clock
            let client = APIClient(configuration: configuration)
            let call = Task { try await client.send(TestRequests.webhookGet(id: "wh-1")) }
            // The token comes at 600 ms, and the call is sent.
            try await clock.advance(pastSleepOf: .milliseconds(600))
            // At 1 s the call's answer is still 200 ms away.
            try await clock.waitForSleep(of: .milliseconds(600))
            clock.advance(by: .milliseconds(400))
            let error = try await #require(throws: SDKError.self) { try await call.value }
            // Each request alone fits the timeout; only a deadline shared by both fails.
            #expect("\(error)" == "the request timed out after 1 s")
        }
    }

    @Test func transportTimeoutIsATimeout() async throws {
        try await withTestServer(slow(.seconds(20))) { server in
            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = 1
            let transport = URLSessionTransport(configuration: .init(session: URLSession(configuration: configuration)))
            let client = APIClient(serverURL: server.url, transport: transport, retryPolicy: .disabled, timeout: .seconds(30))
            let error = try await #require(throws: SDKError.self) {
                try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            }
            guard case .timedOut(let after) = error else {
                Issue.record("expected a timeout, got \(error)")
                return
            }
            #expect(after >= .seconds(1) && after < .seconds(10))
        }
    }
}

extension TimeoutTests {
    /// URLSession's own limits (60 s by default) would cut longer attempts short as
    /// transport errors; the default transport's are a week, so the client's deadline decides.
    @Test func defaultTransportsSessionLimitsDoNotInterfere() {
        let configuration = DefaultTransport.shared.session.configuration
        #expect(configuration.timeoutIntervalForRequest == 7 * 24 * 3600)
        #expect(configuration.timeoutIntervalForResource == 7 * 24 * 3600)
    }
}
