import ConductorOneAuth
import Foundation
@_spi(Generated) import SDKRuntime
import Testing

/// Failures of the token endpoint, before the API request is sent: retried for any method.
@Suite(.timeLimit(.minutes(1)))
struct TokenRetryTests {
    let credentials = TestCredentials()

    var clientCredentials: ConductorOneCredentials {
        .clientCredentials(clientID: credentials.clientID, clientSecret: credentials.clientSecret)
    }

    /// A tenant whose token endpoint answers its first request with `firstAnswer` (once
    /// through `gate`, when given) and then as ConductorOne does.
    func tenant(firstAnswer: CannedResponse?, gate: Gate? = nil) -> (FakeConductorOne, TestServer.Handler) {
        let fake = FakeConductorOne(.init(clientID: credentials.clientID, publicKey: credentials.key.publicKey))
        let tokenRequests = Counter()
        return (
            fake,
            { request in
                if request.rawPath == "/auth/v1/token", tokenRequests.next() == 1 {
                    try await gate?.pass()
                    if let firstAnswer { return firstAnswer }
                }
                return try await fake.handle(request)
            }
        )
    }

    @Test(arguments: [429, 503])
    func busyTokenEndpointIsRetriedForPostHonouringRetryAfter(_ status: Int) async throws {
        let (fake, handler) = tenant(firstAnswer: .json(status, #"{"error":"slow_down"}"#, headers: ["Retry-After": "7"]))
        try await withTestServer(handler) { server in
            var configuration = try APIClient.Configuration.conductorOne(credentials: clientCredentials, serverURL: server.url)
            configuration.retryPolicy = RetryPolicy.default.withoutJitter
            // The waits pass at once; the 60 s timeouts go on guarding the requests.
            let timeout = configuration.timeout
            let clock = TestClock(skippingSleeps: { $0 < timeout })
            configuration.clock = clock
            let response = try await APIClient(configuration: configuration).send(TestRequests.webhookTest(id: "wh-1"))
            #expect(response.webhook.webhookId == "wh-1")
            #expect(server.requests.filter { $0.rawPath == "/auth/v1/token" }.count == 2)
            // Retry-After decides, not the backoff's half second.
            #expect(clock.slept == [.seconds(7)])
        }
        #expect(fake.apiRequests.values.count == 1)
        #expect(fake.problems.values == [])
    }

    @Test func refusedCredentialsAreNotRetried() async throws {
        let (fake, handler) = tenant(firstAnswer: .json(401, #"{"error":"invalid_client"}"#))
        try await withTestServer(handler) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            await #expect(throws: SDKError.self) { try await client.send(TestRequests.webhookGet(id: "wh-1")) }
            #expect(server.requests.count == 1)
        }
        #expect(fake.apiRequests.values.isEmpty)
    }

    @Test func tokenEndpointTimeoutIsRetriedForPost() async throws {
        let tokenRequests = Counter()
        let hang = Gate()
        try await withTestServer({ request in
            if request.rawPath == "/oauth/token" {
                // The first token request hangs past the attempt's timeout.
                if tokenRequests.next() == 1 { try await hang.pass() }
                return .json(200, #"{"access_token":"t2","token_type":"Bearer","expires_in":60}"#)
            }
            return request.header("Authorization") == "Bearer t2" ? .json(200, sampleWebhookResponse) : .json(401, "{}")
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            let clock = TestClock()
            var configuration = APIClient.Configuration(
                serverURL: server.url, tokenProvider: provider, retryPolicy: fastRetries, timeout: .seconds(3))
            configuration.clock = clock
            let client = APIClient(configuration: configuration)
            let call = Task { try await client.send(TestRequests.webhookTest(id: "wh-1")) }
            // The attempt's 3 s, and the token request's own, pass while the first token
            // request hangs.
            try await hang.waitForArrivals(1)
            try await clock.advance(pastSleepOf: .seconds(3), count: 2)
            let response = try await call.value
            #expect(response.webhook.webhookId == "wh-1")
            #expect(clock.slept.filter { $0 == .seconds(3) }.count == 2)
            #expect(tokenRequests.current == 2)
            #expect(server.requests.filter { $0.rawPath != "/oauth/token" }.count == 1)
        }
    }

    @Test func sharedRefreshIsNotCutByOneCallersShortTimeout() async throws {
        let gate = Gate()
        let (fake, handler) = tenant(firstAnswer: nil, gate: gate)
        try await withTestServer(handler) { server in
            var configuration = try APIClient.Configuration.conductorOne(credentials: clientCredentials, serverURL: server.url)
            configuration.retryPolicy = .disabled
            configuration.timeout = .seconds(10)
            let clock = TestClock()
            configuration.clock = clock
            let client = APIClient(configuration: configuration)
            // The hurried call starts the token request; the patient one waits for the same.
            let hurried = Task {
                try await client.send(TestRequests.webhookTest(id: "wh-1"), options: RequestOptions(timeout: .milliseconds(300)))
            }
            try await gate.waitForArrivals(1)
            let patient = Task { try await client.send(TestRequests.webhookTest(id: "wh-1")) }
            // The hurried call's time runs out while the token is still on its way.
            try await clock.advance(pastSleepOf: .milliseconds(300))
            let error = await #expect(throws: SDKError.self) { try await hurried.value }
            #expect(error.map { "\($0)" } == "the request timed out after 300 ms")
            gate.open()
            #expect(try await patient.value.webhook.webhookId == "wh-1")
        }
        #expect(fake.tokenRequests.current == 1)
        #expect(fake.apiRequests.values.count == 1)
    }
}
