import ConductorOneAuth
import Foundation
import Logging
@_spi(Generated) import SDKRuntime
import Testing
import HTTPTypes
import OpenAPIRuntime

@_spi(Generated) @testable import SDKRuntime

@Suite(.timeLimit(.minutes(1)))
struct CredentialSafetyTests {
    let credentials = TestCredentials()

    /// A client whose transport is reached only through a counting middleware, so a test can
    /// prove that nothing was sent. The host never resolves (RFC 6761), and no traffic may
    /// leave for it anyway.
    func insecureClient(_ credentials: ConductorOneCredentials, counter: Counter) throws -> APIClient {
        var configuration = try APIClient.Configuration.conductorOne(
            credentials: credentials, serverURL: URL(string: "http://example.invalid")!)
        configuration.middlewares = [CountingMiddleware(counter: counter)]
        configuration.transport = RefusingTransport(counter: counter)
        configuration.retryPolicy = .disabled
        return APIClient(configuration: configuration)
    }

    @Test(arguments: [
        ConductorOneCredentials.accessToken("personal-token"),
        .clientCredentials(clientID: TestCredentials().clientID, clientSecret: TestCredentials().clientSecret),
        .oidcToken("oidc.jwt.token", clientID: TestCredentials().clientID),
    ])
    func credentialsAreRefusedOverPlainHTTPToARemoteHost(_ credentials: ConductorOneCredentials) async throws {
        let counter = Counter()
        let client = try insecureClient(credentials, counter: counter)
        let error = try await #require(throws: SDKError.self) {
            try await client.send(TestRequests.webhookTest(id: "wh-1"))
        }
        guard case .authentication(let failure) = error else {
            Issue.record("expected an authentication error, got \(error)")
            return
        }
        #expect(failure.kind == .insecureTransport)
        #expect("\(error)".contains("http://example.invalid"))
        #expect(counter.current == 0, "nothing may be sent")
    }

    @Test func requestsWithoutCredentialsMayUsePlainHTTP() async throws {
        let counter = Counter()
        let client = try insecureClient(.accessToken("t"), counter: counter)
        let error = try await #require(throws: SDKError.self) {
            try await client.send(Request<JSONValue>(method: .get, path: "/health", operationID: "health"))
        }
        guard case .transport(let failure) = error else {
            Issue.record("expected a transport error, got \(error)")
            return
        }
        #expect(failure.underlying is RefusingTransport.Refused)
        #expect(counter.current == 2, "the middleware and the transport were reached")
    }

    @Test func operationNeedingCredentialsFailsWithoutThem() async throws {
        let client = APIClient(serverURL: URL(string: "https://acme.conductor.one")!, transport: RefusingTransport(counter: Counter()))
        let error = try await #require(throws: SDKError.self) {
            try await client.send(TestRequests.webhookTest(id: "wh-1"))
        }
        #expect("\(error)" == "authentication failed: \(TestRequests.operationID) needs credentials (bearerAuth or oauth) and the client has none")
    }

    @Test func loopbackHostsAreRecognised() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]"] {
            #expect(CredentialTransport.isLoopback(host), "\(host)")
        }
        for host in ["128.0.0.1", "127.0.0.1.example.com", "localhost.example.com", "example.invalid", "::2", "1127.0.0.1", "localhost."] {
            #expect(!CredentialTransport.isLoopback(host), "\(host)")
        }
        #expect(throws: SDKError.self) { try CredentialTransport.requireSecure(URL(string: "ftp://127.0.0.1")!) }
        #expect(throws: SDKError.self) { try CredentialTransport.requireSecure(URL(string: "http://localhost.:8080")!) }
        #expect(throws: Never.self) { try CredentialTransport.requireSecure(URL(string: "https://acme.conductor.one")!) }
    }

    @Test func logsNeverContainTokensOrSecrets() async throws {
        let lines = Recorder<String>()
        let fake = FakeConductorOne(.init(clientID: credentials.clientID, publicKey: credentials.key.publicKey))
        let tokenRequestBodies = Recorder<String>()
        var issued: [String] = []
        try await withTestServer({ request in
            if request.rawPath == "/auth/v1/token" { tokenRequestBodies.append(String(decoding: request.body, as: UTF8.self)) }
            return try await fake.handle(request)
        }) { server in
            let client = try APIClient.forTests(
                .clientCredentials(clientID: credentials.clientID, clientSecret: credentials.clientSecret), server: server,
                logger: .capturing(into: lines))
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            issued.append(contentsOf: fake.issuedTokens)
            fake.revoke(fake.issuedTokens[0])
            _ = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            issued.append(contentsOf: fake.issuedTokens)
        }
        let log = lines.values.joined(separator: "\n")
        #expect(log.contains("POST /api/v1/webhooks/wh-1/test 200"), "requests are logged")
        #expect(log.contains("Authorization: <redacted>"), "headers are logged redacted")
        #expect(log.contains("retrying"), "the 401 retry is logged")
        var secrets = issued + [credentials.clientSecret, TestEncoding.base64URL(credentials.key.rawRepresentation)]
        for body in tokenRequestBodies.values {
            let assertion = try #require(TestEncoding.formFields(Data(body.utf8))["client_assertion"]?.first)
            secrets += assertion.split(separator: ".").map(String.init)
        }
        #expect(Set(issued).count == 2 && tokenRequestBodies.values.count == 2, "two tokens, two assertions")
        for secret in secrets {
            #expect(!log.contains(secret))
        }
    }

    @Test func requestOptionsPrintTheirHeaderFieldsRedacted() {
        let options = RequestOptions(headerFields: ["X-Session-Token": "sess-secret"], queryItems: [URLQueryItem(name: "debug", value: "1")])
        var dumped = ""
        dump(options, to: &dumped)
        for text in ["\(options)", String(reflecting: options), dumped] {
            #expect(!text.contains("sess-secret"), "\(text)")
            #expect(text.contains("X-Session-Token: <redacted>"), "\(text)")
        }
    }

    @Test func secretHoldingValuesPrintRedacted() throws {
        let secret = credentials.clientSecret
        let key = TestEncoding.base64URL(credentials.key.rawRepresentation)
        let values: [Any] = [
            ConductorOneCredentials.clientCredentials(clientID: credentials.clientID, clientSecret: secret),
            ConductorOneCredentials.accessToken(secret), ConductorOneCredentials.oidcToken(secret, clientID: "x"),
            BearerToken(secret), try ConductorOneClientSecret(secret),
            OAuth2TokenProvider(tokenURL: "/t", grant: .clientCredentials(clientID: "x", authentication: .clientSecretPost(secret))),
            OAuth2TokenProvider(
                tokenURL: "https://app:\(secret)@auth.example.com/token?client_secret=\(secret)",
                grant: .clientCredentials(clientID: "x", authentication: .clientSecretPost("s"))),
            OAuth2Grant.tokenExchange(subjectToken: secret, clientID: nil),
            ClientAuthentication.clientSecretBasic(secret), EdDSAAssertionSigner(key: credentials.key),
            ClientAuthentication.clientAssertion(EdDSAAssertionSigner(key: credentials.key)),
        ]
        for value in values {
            var dumped = ""
            dump(value, to: &dumped)
            #expect(!"\(value)".contains(secret))
            #expect(!String(reflecting: value).contains(secret))
            #expect(!dumped.contains(secret))
            #expect(!dumped.contains(key))
            #expect(Mirror(reflecting: value).children.isEmpty, "\(type(of: value)) shows its parts to dump")
        }
    }
}

/// A transport that counts and refuses every request without touching the network.
struct RefusingTransport: ClientTransport {
    struct Refused: Error {}
    let counter: Counter

    func send(_ request: HTTPTypes.HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws
        -> (HTTPTypes.HTTPResponse, HTTPBody?)
    {
        counter.next()
        throw Refused()
    }
}

extension CredentialSafetyTests {
    @Test func tokenEndpointOverPlainHTTPToARemoteHostIsRefused() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "http://example.invalid/oauth/token",
                grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s3cret")))
            let counter = Counter()
            let client = APIClient(
                serverURL: server.url, tokenProvider: provider, middlewares: [CountingMiddleware(counter: counter)])
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            guard case .authentication(let failure) = error else {
                Issue.record("expected an authentication error, got \(error)")
                return
            }
            #expect(failure.kind == .insecureTransport)
            #expect(!"\(error)".contains("s3cret"))
            #expect(server.requests.isEmpty)
            #expect(counter.current == 0)
        }
    }
}

extension CredentialSafetyTests {
    @Test func redirectsAreNotFollowedWithTheToken() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { elsewhere in
            // Another origin: same port, other host name.
            let location = elsewhere.url.absoluteString.replacingOccurrences(of: "127.0.0.1", with: "localhost")
            try await withTestServer({ _ in CannedResponse(status: 302, headers: ["Location": "\(location)/stolen"]) }) {
                server in
                let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t0ken"), retryPolicy: .disabled)
                let error = try await #require(throws: SDKError.self) {
                    try await client.send(TestRequests.webhookGet(id: "wh-1"))
                }
                #expect(error.status == 302)
                #expect(elsewhere.requests.isEmpty)
            }
        }
    }
}

extension CredentialSafetyTests {
    /// `url` with `admin:pw@` before its host.
    func withUserInfo(_ url: URL) -> URL {
        URL(string: url.absoluteString.replacingOccurrences(of: "://", with: "://admin:pw@"))!
    }

    @Test(arguments: [[], [["bearerAuth"]]] as [[[SecurityScheme]]])
    func serverURLWithUserInfoIsRejectedBeforeSending(_ security: [[SecurityScheme]]) async throws {
        let lines = Recorder<String>()
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(
                serverURL: withUserInfo(server.url), tokenProvider: BearerToken("t"), logger: .capturing(into: lines))
            let error = try await #require(throws: SDKError.self) {
                try await client.send(Request<JSONValue>(method: .get, path: "/x", security: security, operationID: "x"))
            }
            guard case .configuration(let message) = error else {
                Issue.record("expected a configuration error, got \(error)")
                return
            }
            #expect(message == "the server URL holds a user name or password, which the client does not send: http://<redacted>@127.0.0.1:\(server.url.port ?? 0)")
            #expect(server.requests.isEmpty)
        }
        #expect(!lines.values.joined().contains("pw"))
    }

    @Test func tokenURLWithUserInfoIsRejectedBeforeSending() async throws {
        try await withTestServer({ _ in .json(200, #"{"access_token":"t","token_type":"Bearer"}"#) }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: withUserInfo(server.url).appendingPathComponent("oauth/token").absoluteString,
                grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s3cret")))
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            #expect("\(error)" == "the token URL holds a user name or password, which the client does not send: http://<redacted>@127.0.0.1:\(server.url.port ?? 0)/oauth/token")
            #expect(server.requests.isEmpty)
        }
    }

    @Test func conductorOneServerURLWithUserInfoIsRejected() {
        let errors = [
            #expect(throws: SDKError.self) {
                try APIClient.Configuration.conductorOne(
                    environment: ["CONDUCTORONE_ACCESS_TOKEN": "t", "CONDUCTORONE_SERVER_URL": "https://admin:pw@acme.conductor.one"])
            },
            #expect(throws: SDKError.self) {
                try APIClient.Configuration.conductorOne(
                    credentials: .accessToken("t"), serverURL: URL(string: "https://admin:pw@acme.conductor.one")!)
            },
        ]
        for error in errors {
            #expect(error.map { "\($0)" }?.contains("holds a user name or password") == true)
            #expect(error.map { "\($0)" }?.contains("pw") == false)
        }
    }

    @Test func percentEncodedServerHostIsRejected() {
        let error = #expect(throws: SDKError.self) {
            try APIClient.Configuration.conductorOne(
                environment: ["CONDUCTORONE_ACCESS_TOKEN": "t", "CONDUCTORONE_SERVER_URL": "https://%3a.conductor.one"])
        }
        #expect(error.map { "\($0)" }?.hasPrefix("CONDUCTORONE_SERVER_URL is not an absolute http or https URL") == true)
    }
}
