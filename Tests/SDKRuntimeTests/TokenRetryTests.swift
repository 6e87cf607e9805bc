import ConductorOneAuth
import Foundation
import SDKRuntime
import Testing

/// Failures of the token endpoint, before the API request is sent: retried for any method.
@Suite(.timeLimit(.minutes(1)))
struct TokenRetryTests {
    let credentials = TestCredentials()

    var clientCredentials: ConductorOneCredentials {
        .clientCredentials(clientID: credentials.clientID, clientSecret: credentials.clientSecret)
    }

    /// A tenant whose token endpoint answers its first request with `firstAnswer` (after
    /// `delay`) and then as ConductorOne does.
    func tenant(firstAnswer: CannedResponse?, delay: Duration = .zero) -> (FakeConductorOne, TestServer.Handler) {
        let fake = FakeConductorOne(.init(clientID: credentials.clientID, publicKey: credentials.key.publicKey))
        let tokenRequests = Counter()
        return (
            fake,
            { request in
                if request.rawPath == "/auth/v1/token", tokenRequests.next() == 1 {
                    try await Task.sleep(for: delay)
                    if let firstAnswer { return firstAnswer }
                }
                return try await fake.handle(request)
            }
        )
    }

    @Test(arguments: [429, 503])
    func busyTokenEndpointIsRetriedForPostHonouringRetryAfter(_ status: Int) async throws {
        let (fake, handler) = tenant(firstAnswer: .json(status, #"{"error":"slow_down"}"#, headers: ["Retry-After": "0"]))
        try await withTestServer(handler) { server in
            // Backoff alone would wait far longer than the test allows: Retry-After decides.
            var configuration = try APIClient.Configuration.conductorOne(credentials: clientCredentials, serverURL: server.url)
            configuration.retryPolicy = RetryPolicy(initialBackoff: .seconds(30), maxBackoff: .seconds(30))
            let response = try await APIClient(configuration: configuration).send(TestRequests.webhookTest(id: "wh-1"))
            #expect(response.webhook.webhookId == "wh-1")
            #expect(server.requests.filter { $0.rawPath == "/auth/v1/token" }.count == 2)
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
        try await withTestServer({ request in
            if request.rawPath == "/oauth/token" {
                // The first token request hangs past the attempt's timeout.
                if tokenRequests.next() == 1 { try await Task.sleep(for: .seconds(30)) }
                return .json(200, #"{"access_token":"t2","token_type":"Bearer","expires_in":60}"#)
            }
            return request.header("Authorization") == "Bearer t2" ? .json(200, sampleWebhookResponse) : .json(401, "{}")
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            // Long enough for the second attempt (a token, then the call) on a loaded machine.
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: fastRetries, timeout: .seconds(3))
            let response = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(response.webhook.webhookId == "wh-1")
            #expect(tokenRequests.current == 2)
            #expect(server.requests.filter { $0.rawPath != "/oauth/token" }.count == 1)
        }
    }

    @Test func sharedRefreshIsNotCutByOneCallersShortTimeout() async throws {
        let (fake, handler) = tenant(firstAnswer: nil, delay: .seconds(1))
        try await withTestServer(handler) { server in
            var configuration = try APIClient.Configuration.conductorOne(credentials: clientCredentials, serverURL: server.url)
            configuration.retryPolicy = .disabled
            configuration.timeout = .seconds(10)
            let client = APIClient(configuration: configuration)
            // The hurried call starts the token request; the patient one waits for the same.
            let hurried = Task {
                try await client.send(TestRequests.webhookTest(id: "wh-1"), options: RequestOptions(timeout: .milliseconds(300)))
            }
            try await Task.sleep(for: .milliseconds(100))
            let patient = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(patient.webhook.webhookId == "wh-1")
            let error = await #expect(throws: SDKError.self) { try await hurried.value }
            #expect(error.map { "\($0)" } == "the request timed out after 300 ms")
        }
        #expect(fake.tokenRequests.current == 1)
        #expect(fake.apiRequests.values.count == 1)
    }
}
