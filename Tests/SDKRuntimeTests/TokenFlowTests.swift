import ConductorOneAuth
import Foundation
import SDKRuntime
import Testing

@testable import SDKRuntime

@Suite(.timeLimit(.minutes(1)))
struct TokenFlowTests {
    let credentials = TestCredentials()

    func fake(expiresIn: Int = 3600, tokenDelay: Duration = .zero, clock: TestClock = TestClock()) -> FakeConductorOne {
        FakeConductorOne(
            .init(
                clientID: credentials.clientID, publicKey: credentials.key.publicKey, expiresIn: expiresIn,
                tokenDelay: tokenDelay),
            clock: clock)
    }

    var clientCredentials: ConductorOneCredentials {
        .clientCredentials(clientID: credentials.clientID, clientSecret: credentials.clientSecret)
    }

    @Test func clientCredentialsSignsAnAssertionTheServerVerifies() async throws {
        let fake = fake()
        try await withTestServer(fake.handle) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            let response = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(response.webhook.webhookId == "wh-1")
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
        }
        #expect(fake.problems.values == [])
        #expect(fake.tokenRequests.current == 1, "the token is cached")
        let sent = fake.apiRequests.values
        #expect(sent.count == 2)
        #expect(sent.allSatisfy { $0.header("Authorization") == "Bearer \(fake.issuedTokens[0])" })
        #expect(sent.allSatisfy { $0.header("User-Agent") == "conductorone-swift/0.1.0" })
        #expect(sent.allSatisfy { $0.header("Content-Type") == "application/json" })
    }

    @Test func concurrentCallsFetchOneToken() async throws {
        let fake = fake(tokenDelay: .milliseconds(200))
        try await withTestServer(fake.handle) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<100 {
                    group.addTask { _ = try await client.send(TestRequests.webhookTest(id: "wh-\(index)")) }
                }
                try await group.waitForAll()
            }
        }
        #expect(fake.problems.values == [])
        #expect(fake.tokenRequests.current == 1)
        #expect(fake.apiRequests.values.count == 100)
    }

    @Test func tokenIsRefreshedBeforeItExpires() async throws {
        // The client and the server share a clock, so the token runs out for both at once.
        let clock = TestClock()
        let fake = fake(expiresIn: 3600, clock: clock)
        try await withTestServer(fake.handle) { server in
            let client = try APIClient.forTests(clientCredentials, server: server, clock: clock)
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            // Until a minute before it runs out, the token is used without a refresh.
            clock.advance(by: .seconds(3539))
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(fake.tokenRequests.current == 1)
            // In its last minute it is still sent, while the next one is fetched.
            clock.advance(by: .seconds(2))
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            // The clock moves on once that fetch is done (its timeout no longer under way),
            // so the move cannot time it out.
            while fake.tokenRequests.current < 2 || !clock.sleeping.isEmpty { await Task.yield() }
            // Once it has run out, only the new one is sent.
            clock.advance(by: .seconds(59))
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
        }
        #expect(fake.problems.values == [])
        #expect(fake.tokenRequests.current == 2)
        let tokens = fake.issuedTokens
        // The server saw no rejected request: every call came with a live token.
        #expect(fake.apiRequests.values.map { $0.header("Authorization") } == [0, 0, 0, 1].map { "Bearer \(tokens[$0])" })
    }

    @Test func revokedTokenIsReplacedOnce() async throws {
        let fake = fake()
        try await withTestServer(fake.handle) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            fake.revoke(fake.issuedTokens[0])
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(server.requests.filter { $0.rawPath != "/auth/v1/token" }.count == 3)
        }
        #expect(fake.tokenRequests.current == 2)
        #expect(fake.apiRequests.values.count == 2)
    }

    @Test func oidcTokenIsExchanged() async throws {
        let oidcToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvOmFjbWUvYXBwIn0.c2ln"
        let fake = FakeConductorOne(.init(clientID: credentials.clientID, oidcToken: oidcToken))
        try await withTestServer(fake.handle) { server in
            let client = try APIClient.forTests(.oidcToken(oidcToken, clientID: credentials.clientID), server: server)
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
        }
        #expect(fake.problems.values == [])
        #expect(fake.tokenRequests.current == 1)
        #expect(fake.apiRequests.values.count == 1)
    }

    @Test func refusedTokenRequestIsAnAuthenticationError() async throws {
        let other = TestCredentials()
        // The server knows a different key, so the signature does not verify.
        let fake = FakeConductorOne(.init(clientID: credentials.clientID, publicKey: other.key.publicKey))
        try await withTestServer(fake.handle) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookTest(id: "wh-1"))
            }
            guard case .authentication(let failure) = error else {
                Issue.record("expected an authentication error, got \(error)")
                return
            }
            #expect(failure.kind == .tokenRequestFailed)
            #expect(error.status == 401)
            #expect("\(error)".contains("401 Unauthorized: invalid_client"))
            #expect(!"\(error)".contains(credentials.clientSecret))
        }
        #expect(fake.apiRequests.values.isEmpty)
    }

    @Test func emptyAccessTokenIsAnAuthenticationError() async throws {
        try await withTestServer({ _ in .json(200, #"{"access_token":"","expires_in":60}"#) }) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookTest(id: "wh-1"))
            }
            #expect("\(error)".contains("without an access token"))
            #expect(server.requests.count == 1)
        }
    }

    @Test func staticAccessTokenIsSentAsBearer() async throws {
        try await withTestServer({ _ in .json(200, sampleWebhookResponse) }) { server in
            let client = try APIClient.forTests(.accessToken("personal-token"), server: server)
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(server.requests.map { $0.header("Authorization") } == ["Bearer personal-token"])
        }
    }
}

extension TokenFlowTests {
    @Test func failedTokenRequestIsSharedThenRetriedByTheNextCall() async throws {
        let fake = fake()
        let tokenAnswers = Counter()
        try await withTestServer({ request in
            if request.rawPath == "/auth/v1/token", tokenAnswers.next() == 1 {
                // Slow enough that every call is waiting for this answer, and not worth a retry.
                try await Task.sleep(for: .seconds(1))
                return .json(400, #"{"error":"invalid_request","error_description":"try later"}"#)
            }
            return try await fake.handle(request)
        }) { server in
            let client = try APIClient.forTests(clientCredentials, server: server)
            let failures = try await withThrowingTaskGroup(of: Bool.self) { group in
                for _ in 0..<10 {
                    group.addTask {
                        do {
                            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
                            return false
                        } catch let error as SDKError {
                            guard case .authentication(let failure) = error else { throw error }
                            return failure.kind == .tokenRequestFailed
                        }
                    }
                }
                return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            #expect(failures == 10)
            #expect(tokenAnswers.current == 1)
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(tokenAnswers.current == 2)
        }
    }
}

extension TokenFlowTests {
    /// Lifetimes that do not fit a `Duration`, or make no sense, mean an unknown lifetime:
    /// the token is used for an hour, or until the API rejects it.
    @Test(arguments: ["1e21", #""inf""#, #""nan""#, "-1e30", #""1e400""#, "-1"])
    func unusableLifetimeIsTreatedAsUnknown(_ expiresIn: String) async throws {
        let tokenRequests = Counter()
        try await withTestServer({ request in
            if request.rawPath == "/oauth/token" {
                tokenRequests.next()
                return .json(200, #"{"access_token":"t1","token_type":"Bearer","expires_in":\#(expiresIn)}"#)
            }
            return .json(200, #"{"ok":true}"#)
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled)
            _ = try await client.send(TestRequests.webhookGet(id: "wh-1"))
            _ = try await client.send(TestRequests.webhookGet(id: "wh-1"))
            #expect(server.requests.filter { $0.rawPath != "/oauth/token" }.map { $0.header("Authorization") } == ["Bearer t1", "Bearer t1"])
        }
        #expect(tokenRequests.current == 1)
    }

    @Test func lifetimeIsReadWithinItsRange() {
        #expect(TokenEndpoint.lifetime(expiresIn: 3600) == .seconds(3600))
        #expect(TokenEndpoint.lifetime(expiresIn: 0) == .zero)
        #expect(TokenEndpoint.lifetime(expiresIn: 1.5) == .milliseconds(1500))
        #expect(TokenEndpoint.lifetime(expiresIn: TokenEndpoint.maxLifetime) == .seconds(TokenEndpoint.maxLifetime))
        #expect(TokenEndpoint.lifetime(expiresIn: TokenEndpoint.maxLifetime + 1) == .seconds(3600))
        #expect(TokenEndpoint.lifetime(expiresIn: -1) == .seconds(3600))
        #expect(TokenEndpoint.lifetime(expiresIn: .nan) == .seconds(3600))
        #expect(TokenEndpoint.lifetime(expiresIn: nil) == .seconds(3600))
    }

    /// A token due for refresh but still valid is served while the refresh runs; when the
    /// refresh fails, callers keep getting it, and the endpoint is asked again only after
    /// ``TokenCache/refreshRetryDelay``.
    @Test func aFailedEarlyRefreshKeepsServingTheValidToken() async throws {
        let clock = TestClock()
        let cache = TokenCache(clock: clock)
        let fetches = Counter()
        let first = try await cache.token {
            fetches.next()
            return IssuedToken(value: "t1", lifetime: .seconds(300))
        }
        #expect(first == "t1")
        struct EndpointDown: Error {}
        let failing: @Sendable () async throws -> IssuedToken = {
            fetches.next()
            throw EndpointDown()
        }
        /// Waits for the background refresh `count` to have failed.
        func refreshFailed(_ count: Int) async {
            while fetches.current < count || cache.isRefreshing { await Task.yield() }
        }
        // A tenth of its lifetime early, at 270 s, the token is due for refresh.
        clock.advance(by: .seconds(269))
        #expect(try await cache.token(fetch: failing) == "t1")
        #expect(fetches.current == 1)
        clock.advance(by: .seconds(1))
        #expect(try await cache.token(fetch: failing) == "t1")
        // The background refresh fails; then the token is served without a new attempt.
        await refreshFailed(2)
        for _ in 0..<3 { #expect(try await cache.token(fetch: failing) == "t1") }
        #expect(fetches.current == 2)
        clock.advance(by: TokenCache.refreshRetryDelay)
        #expect(try await cache.token(fetch: failing) == "t1")
        await refreshFailed(3)
        // Once it has run out, the token is never served, and a caller waits for the fetch.
        clock.advance(by: .seconds(30) - TokenCache.refreshRetryDelay)
        await #expect(throws: EndpointDown.self) { try await cache.token(fetch: failing) }
        #expect(fetches.current == 4)
    }

    @Test func anExpiredTokenIsNeverServed() async throws {
        let clock = TestClock()
        let cache = TokenCache(clock: clock)
        _ = try await cache.token { IssuedToken(value: "old", lifetime: .seconds(60)) }
        // Before its refresh is due (a tenth of its lifetime early), the token is served.
        clock.advance(by: .seconds(53))
        #expect(try await cache.token { IssuedToken(value: "unused", lifetime: .seconds(60)) } == "old")
        clock.advance(by: .seconds(7))
        #expect(try await cache.token { IssuedToken(value: "new", lifetime: .seconds(60)) } == "new")
    }

    /// A token's lifetime counts from when it was asked for, not from when the answer came.
    @Test func lifetimeCountsFromTheRequest() async throws {
        let clock = TestClock()
        let cache = TokenCache(clock: clock)
        _ = try await cache.token {
            clock.advance(by: .seconds(50))
            return IssuedToken(value: "slow", lifetime: .seconds(60))
        }
        clock.advance(by: .seconds(10))
        #expect(try await cache.token { IssuedToken(value: "next", lifetime: .seconds(60)) } == "next")
    }
}
