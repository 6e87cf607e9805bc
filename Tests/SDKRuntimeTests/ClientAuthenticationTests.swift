import ConductorOne
import Foundation
@_spi(Generated) import SDKRuntime
@_spi(Generated) @testable import SDKRuntime
import Testing

/// The generic OAuth 2.0 client authentication methods, on the wire.
@Suite(.timeLimit(.minutes(1)))
struct ClientAuthenticationTests {
    /// Runs one API call through a provider using `authentication`; returns the token
    /// request as the server received it.
    func tokenRequest(_ authentication: ClientAuthentication, clientID: String = "app") async throws -> ReceivedRequest {
        try await withTestServer({ request in
            if request.rawPath == "/oauth/token" {
                return .json(200, #"{"access_token":"generic-token","token_type":"bearer","expires_in":60}"#)
            }
            return request.header("Authorization") == "Bearer generic-token"
                ? .json(200, #"{"ok":true}"#) : .json(401, #"{"message":"no"}"#)
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token",
                grant: .clientCredentials(clientID: clientID, authentication: authentication, scopes: ["read", "write"]))
            let client = APIClient(serverURL: server.url, tokenProvider: provider)
            let answer = try await client.send(TestRequests.webhookGet(id: "wh-1"))
            #expect(answer["ok"] == true)
            return try #require(server.requests.first { $0.rawPath == "/oauth/token" })
        }
    }

    @Test func clientSecretPostSendsTheSecretInTheBody() async throws {
        let request = try await tokenRequest(.clientSecretPost("s3cret"))
        #expect(String(decoding: request.body, as: UTF8.self) == "grant_type=client_credentials&client_id=app&client_secret=s3cret&scope=read%20write")
        #expect(request.header("Authorization") == nil)
    }

    @Test func clientSecretBasicSendsFormEncodedCredentialsInTheHeader() async throws {
        let request = try await tokenRequest(.clientSecretBasic("s3:cr/et"), clientID: "my app")
        // RFC 6749 §2.3.1: each part form-encoded, then joined by a colon and base64-encoded.
        #expect(request.header("Authorization") == "Basic \(Data("my%20app:s3%3Acr%2Fet".utf8).base64EncodedString())")
        #expect(String(decoding: request.body, as: UTF8.self) == "grant_type=client_credentials&scope=read%20write")
    }

    @Test func clientAssertionIsMadeForTheTokenURL() async throws {
        let signer = RecordingSigner()
        let request = try await tokenRequest(.clientAssertion(signer))
        let fields = TestEncoding.formFields(request.body)
        #expect(fields["client_assertion"] == ["signed-for-app"])
        #expect(fields["client_assertion_type"] == ["urn:ietf:params:oauth:client-assertion-type:jwt-bearer"])
        #expect(fields["client_id"] == ["app"])
        #expect(fields["client_secret"] == nil)
        #expect(request.header("Authorization") == nil)
        let tokenURL = try #require(signer.tokenURLs.first)
        #expect(tokenURL.path == "/oauth/token")
        #expect(tokenURL.host == "127.0.0.1")
    }

    @Test func defaultIdentityIsTheRuntimes() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url)
            _ = try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            #expect(server.requests.map { $0.header("User-Agent") } == ["sdkruntime-swift/0.1.0"])
            #expect(client.configuration.logger.label == "sdkruntime")
        }
    }
}

/// A signer that records what it was asked for and signs nothing.
final class RecordingSigner: ClientAssertionSigner {
    private let urls = Locked<[URL]>([])

    var tokenURLs: [URL] { urls.withLock { $0 } }

    func assertion(clientID: String, tokenURL: URL) throws -> String {
        urls.withLock { $0.append(tokenURL) }
        return "signed-for-\(clientID)"
    }
}

/// The token provider a generated SDK makes from its spec's OAuth 2 `tokenUrl`.
@Suite(.timeLimit(.minutes(1)))
struct GeneratedTokenProviderTests {
    @Test func conductorOneOAuthSchemeFetchesTokensFromTheSpecsTokenURL() async throws {
        try await withTestServer({ request in
            if request.rawPath == "/auth/v1/token" {
                return .json(200, #"{"access_token":"c1-token","token_type":"bearer","expires_in":60}"#)
            }
            return request.header("Authorization") == "Bearer c1-token" ? .json(200, "{}") : .json(401, #"{"message":"no"}"#)
        }) { server in
            let provider = ConductorOneClient.oauthTokenProvider(clientID: "app", authentication: .clientSecretPost("s3cret"))
            let c1 = ConductorOneClient(serverURL: server.url, tokenProvider: provider)
            _ = try await c1.webhooks.test(id: "wh-1")
            _ = try await c1.webhooks.test(id: "wh-2")
            #expect(
                server.requests.map { "\($0.method) \($0.rawPath)" }
                    == ["POST /auth/v1/token", "POST /api/v1/webhooks/wh-1/test", "POST /api/v1/webhooks/wh-2/test"],
                "one token, cached for the second call")
            #expect(String(decoding: server.requests[0].body, as: UTF8.self) == "grant_type=client_credentials&client_id=app&client_secret=s3cret")
            #expect(provider.tokenURL == "/auth/v1/token")
        }
    }
}
