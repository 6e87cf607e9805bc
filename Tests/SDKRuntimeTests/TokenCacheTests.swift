import ConductorOneAuth
import Foundation
@_spi(Generated) import SDKRuntime
import Testing

/// How cached tokens are shared, kept apart and waited for.
@Suite(.timeLimit(.minutes(1)))
struct TokenCacheTests {
    /// A server whose token endpoint issues `token` once through `gate` when given, and
    /// whose API accepts only that token.
    func issuing(_ token: String, after gate: Gate? = nil) -> TestServer.Handler {
        { request in
            if request.rawPath == "/oauth/token" {
                try await gate?.pass()
                return .json(200, #"{"access_token":"\#(token)","token_type":"Bearer","expires_in":3600}"#)
            }
            return request.header("Authorization") == "Bearer \(token)"
                ? .json(200, #"{"ok":true}"#) : .json(401, #"{"code":16,"message":"not my token"}"#)
        }
    }

    let provider = OAuth2TokenProvider(
        tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))

    func apiAuthorizations(_ server: TestServer) -> [String?] {
        server.requests.filter { $0.rawPath != "/oauth/token" }.map { $0.header("Authorization") }
    }

    @Test func oneProviderKeepsATokenPerServer() async throws {
        try await withTestServer(issuing("token-a")) { a in
            try await withTestServer(issuing("token-b")) { b in
                let clientA = APIClient(serverURL: a.url, tokenProvider: provider, retryPolicy: .disabled)
                let clientB = APIClient(serverURL: b.url, tokenProvider: provider, retryPolicy: .disabled)
                for client in [clientA, clientB, clientA, clientB] {
                    _ = try await client.send(TestRequests.webhookGet(id: "wh-1"))
                }
                #expect(apiAuthorizations(a) == ["Bearer token-a", "Bearer token-a"])
                #expect(apiAuthorizations(b) == ["Bearer token-b", "Bearer token-b"])
                #expect(a.requests.filter { $0.rawPath == "/oauth/token" }.count == 1)
                #expect(b.requests.filter { $0.rawPath == "/oauth/token" }.count == 1)
            }
        }
    }

    @Test func cancelledCallerLeavesWhileTheRefreshGoesOnForOthers() async throws {
        // The token is issued only when the test opens the gate, after the first caller has
        // left: a cancelled caller that waited for the token would never leave.
        let gate = Gate()
        try await withTestServer(issuing("slow-token", after: gate)) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled, timeout: .seconds(30))
            // The first caller starts the refresh, the second waits for it.
            let first = Task { try await client.send(TestRequests.webhookGet(id: "wh-1")) }
            try await gate.waitForArrivals(1)
            let second = Task { try await client.send(TestRequests.webhookGet(id: "wh-2")) }
            first.cancel()
            await #expect(throws: CancellationError.self) { try await first.value }
            gate.open()
            let answer = try await second.value
            #expect(answer["ok"] == true)
            #expect(server.requests.filter { $0.rawPath == "/oauth/token" }.count == 1)
            #expect(apiAuthorizations(server) == ["Bearer slow-token"])
        }
    }

    @Test func dumpingAClientNeverShowsItsToken() async throws {
        try await withTestServer(issuing("cached-token-7f3a")) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: provider)
            _ = try await client.send(TestRequests.webhookGet(id: "wh-1"))
            let values: [Any] = [client, client.configuration, provider]
            for value in values {
                var dumped = ""
                dump(value, to: &dumped)
                #expect(!dumped.contains("cached-token-7f3a"), "\(type(of: value))")
                #expect(!"\(value)".contains("cached-token-7f3a"))
                #expect(!String(reflecting: value).contains("cached-token-7f3a"))
            }
        }
    }
}
