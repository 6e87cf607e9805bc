import Foundation
import Logging
@_spi(Generated) import SDKRuntime
import Testing
import Wire

/// Every kind of security scheme on the wire, through the generated Wire SDK
/// (Tests/Fixtures/wire): API keys in a header, the query or a cookie, HTTP Basic, and an
/// HTTP scheme other than Bearer; the operation's `security` picks which.
@Suite(.timeLimit(.minutes(1)))
struct SecuritySchemeTests {
    /// What the server received for the call `send` makes with a client set up by `configure`.
    func received(
        _ configure: (inout APIClient.Configuration) -> Void, logger: Logger? = nil, _ send: (WireClient) async throws -> Void
    ) async throws -> ReceivedRequest {
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            var configuration = APIClient.Configuration(serverURL: server.url, retryPolicy: .disabled)
            configure(&configuration)
            if let logger { configuration.logger = logger }
            try await send(WireClient(client: APIClient(configuration: configuration)))
            return try #require(server.requests.first)
        }
    }

    @Test func apiKeyInAHeader() async throws {
        let request = try await received({ $0.credentials["keyHeader"] = APIKey("k1") }) { _ = try await $0.accounts.listAccounts() }
        #expect(request.header("X-API-Key") == "k1")
        #expect(request.header("Authorization") == nil)
        #expect(request.rawQuery == "")
    }

    @Test func basicWhenOnlyItsAlternativeHasCredentials() async throws {
        let request = try await received({ $0.credentials["basic"] = BasicCredentials(username: "ann", password: "p:ss é") }) {
            _ = try await $0.accounts.listAccounts()
        }
        #expect(request.header("Authorization") == "Basic " + Data("ann:p:ss é".utf8).base64EncodedString())
        #expect(request.header("X-API-Key") == nil)
    }

    @Test func apiKeysInTheQueryAndACookieTogether() async throws {
        let request = try await received({
            $0.credentials["keyQuery"] = APIKey("q k&1")
            $0.credentials["keyCookie"] = APIKey("c;1")
        }) { _ = try await $0.accounts.replaceAccounts(session: "s1") }
        #expect(request.rawQuery == "api_key=q%20k%261")
        #expect(request.header("Cookie") == "session=s1; key=c%3B1")
    }

    @Test func anotherHTTPSchemesPrefix() async throws {
        let request = try await received({ $0.credentials["bot"] = APIKey("t0k") }) { _ = try await $0.accounts.deleteAccounts() }
        #expect(request.header("Authorization") == "Bot t0k")
    }

    @Test func theTokenProviderServesBearerSchemesWithoutTheirOwn() async throws {
        let bearer = try await received({ $0.tokenProvider = BearerToken("any") }) { _ = try await $0.accounts.createAccount() }
        #expect(bearer.header("Authorization") == "Bearer any")
        let bot = try await received({ $0.tokenProvider = BearerToken("any") }) { _ = try await $0.accounts.deleteAccounts() }
        #expect(bot.header("Authorization") == "Bot any")
    }

    /// `security: [{key: []}, {bearer: []}]` with `key` an API key in the query: a bearer
    /// token skips the key's alternative rather than becoming `?api_key=<token>`.
    @Test func aBearerTokenIsNeverSentAsAnAPIKey() async throws {
        let ping = Request<EmptyResponse>(
            method: .get, path: "/ping", security: [[.apiKey("key", query: "api_key")], ["bearer"]], operationID: "ping")
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("tok-secret"), retryPolicy: .disabled)
            _ = try await client.send(ping)
            let request = try #require(server.requests.first)
            #expect(request.rawQuery == "")
            #expect(request.header("Authorization") == "Bearer tok-secret")
        }
    }

    @Test func aTokenProviderAloneCannotServeAPIKeysOrBasic() async throws {
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            let client = WireClient(serverURL: server.url, tokenProvider: BearerToken("tok-secret"))
            let error = try await #require(throws: SDKError.self) { try await client.accounts.listAccounts() }
            #expect(
                "\(error)" == "authentication failed: listAccounts needs credentials (basic or keyHeader) and the client has none; "
                    + #"the token provider serves bearer and OAuth 2 schemes only: set credentials["basic"] or credentials["keyHeader"]"#)
            #expect(server.requests.isEmpty)
        }
    }

    @Test func theGeneratedClientTakesCredentialsBySchemeName() async throws {
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            let client = WireClient(serverURL: server.url, credentials: ["bot": APIKey("b1")])
            _ = try await client.accounts.deleteAccounts()
            #expect(server.requests.map { $0.header("Authorization") } == ["Bot b1"])
        }
    }

    @Test func missingCredentialsAreReportedBeforeSending() async throws {
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            var configuration = APIClient.Configuration(serverURL: server.url)
            configuration.credentials["keyQuery"] = APIKey("only one of two")
            let client = WireClient(client: APIClient(configuration: configuration))
            let error = try await #require(throws: SDKError.self) { try await client.accounts.replaceAccounts() }
            #expect("\(error)" == "authentication failed: replaceAccounts needs credentials (keyCookie or keyQuery) and the client has none")
            #expect(server.requests.isEmpty)
        }
    }

    @Test(arguments: [
        SecurityScheme.apiKey("k", header: "X-API-Key"), .apiKey("k", query: "api_key"), .apiKey("k", cookie: "key"), .basic("k"),
        .bearer("k", prefix: "Bot"),
    ])
    func credentialsNeverGoOverPlainHTTPToAnotherHost(_ scheme: SecurityScheme) async throws {
        var configuration = APIClient.Configuration(serverURL: URL(string: "http://api.example.com")!)
        configuration.credentials["k"] = scheme == .basic("k") ? BasicCredentials(username: "u", password: "secret") : APIKey("secret")
        let request = Request<EmptyResponse>(method: .get, path: "/x", security: [[scheme]], operationID: "x")
        let error = try await #require(throws: SDKError.self) { try await APIClient(configuration: configuration).send(request) }
        guard case .authentication(let failure) = error else {
            Issue.record("expected an authentication failure, got \(error)")
            return
        }
        #expect(failure.kind == .insecureTransport)
        #expect(!"\(error)".contains("secret"))
    }

    @Test func keysAreNeverLoggedOrPrinted() async throws {
        let lines = Recorder<String>()
        _ = try await received({
            $0.credentials["keyHeader"] = APIKey("hdr-secret")
            $0.credentials["keyQuery"] = APIKey("qry-secret")
            $0.credentials["keyCookie"] = APIKey("ck-secret")
        }, logger: .capturing(into: lines)) { client in
            _ = try await client.accounts.listAccounts()
            _ = try await client.accounts.replaceAccounts()
        }
        let logged = lines.values.joined(separator: "\n")
        #expect(logged.contains("X-API-Key: <redacted>"), "\(logged)")
        for secret in ["hdr-secret", "qry-secret", "ck-secret"] { #expect(!logged.contains(secret)) }
        var configuration = APIClient.Configuration(serverURL: URL(string: "https://api.example.com")!)
        configuration.credentials = ["basic": BasicCredentials(username: "ann", password: "pw-secret"), "keyHeader": APIKey("hdr-secret")]
        var dumped = ""
        dump(APIClient(configuration: configuration), to: &dumped)
        for text in [dumped, "\(configuration)", String(reflecting: configuration.credentials)] {
            #expect(!text.contains("secret") && !text.contains("ann"), "\(text)")
        }
    }

    /// `format: password` members are sent, and never printed or dumped.
    @Test func secretsInGeneratedModelsArePrintedRedacted() throws {
        let login = Login(otp: "135790", password: "hunter2", username: "ann")
        var dumped = ""
        dump(login, to: &dumped)
        for text in ["\(login)", String(reflecting: login), dumped] {
            #expect(!text.contains("hunter2") && !text.contains("135790"), "\(text)")
            #expect(text.contains("ann") && text.contains("<redacted>"), "\(text)")
        }
        let json = try JSONCoding.makeEncoder().encode(login)
        #expect(String(decoding: json, as: UTF8.self) == #"{"otp":"135790","password":"hunter2","username":"ann"}"#)
    }
}

