import ConductorOne
import ConductorOneAuth
import Foundation
import SDKRuntime
import Testing

struct ConductorOneConfigurationTests {
    let credentials = TestCredentials()

    @Test(arguments: [
        ("acme", "https://acme.conductor.one"),
        ("ACME", "https://acme.conductor.one"),
        ("acme.conductor.one", "https://acme.conductor.one"),
        ("https://acme.conductor.one", "https://acme.conductor.one"),
        ("https://Acme.Conductor.One/", "https://acme.conductor.one"),
        ("http://acme.conductor.one", "https://acme.conductor.one"),
        ("acme.example.com", "https://acme.example.com"),
        ("c1.internal:8443", "https://c1.internal:8443"),
        ("eu.acme.conductor.one", "https://eu.acme.conductor.one"),
        ("c1.internal:8443/base/", "https://c1.internal:8443/base"),
        ("acme.conductor.one:8443", "https://acme.conductor.one"),
    ])
    func tenantIsNormalised(_ tenant: String, _ expected: String) throws {
        #expect(try ConductorOneTenant.serverURL(for: tenant).absoluteString == expected)
    }

    @Test(arguments: [
        "", "   ", "https://", "acme corp", "%3a.conductor.one", "%5b.conductor.one", "acme.conductor.one@evil.com",
        "https://admin:pw@acme.conductor.one", "acme.conductor.one?x=1", "acme.conductor.one#x", "acme..conductor.one",
        "acme.conductor.one.", "[::1]", "acme.conductor.one:99999", "acme.conductor.one:", "ftp://acme.conductor.one",
        "c1.internal/a/../b", "c1.internal/a%2fb", "acme\nx-forged: 1",
    ])
    func invalidTenantIsRejected(_ tenant: String) {
        let error = #expect(throws: SDKError.self) { try ConductorOneTenant.serverURL(for: tenant) }
        guard case .configuration(let message)? = error else {
            Issue.record("expected a configuration error, got \(String(describing: error))")
            return
        }
        #expect(message.hasPrefix("invalid ConductorOne tenant"))
        #expect(!message.contains("evil") && !message.contains("pw") && !message.contains("\n"))
    }

    @Test func percentEncodedTenantInTheEnvironmentIsAConfigurationError() {
        let environment = ["CONDUCTORONE_ACCESS_TOKEN": "t", "CONDUCTORONE_TENANT_DOMAIN": "%3a.conductor.one"]
        let error = #expect(throws: SDKError.self) { try APIClient.Configuration.conductorOne(environment: environment) }
        #expect(error.map { "\($0)" }?.hasPrefix("invalid ConductorOne tenant") == true)
    }

    @Test func clientIDNamesTheTenant() throws {
        let id = try ConductorOneClientID("clever-fox-12345@Acme.conductor.one/pcc")
        #expect(id.serverURL.absoluteString == "https://acme.conductor.one")
        #expect(try ConductorOneClientID("bot@acme/pcc").serverURL.absoluteString == "https://acme.conductor.one")
    }

    @Test(arguments: [
        "clever-fox", "@acme.conductor.one/pcc", "fox@acme.conductor.one", "fox@/pcc", "fox@acme.conductor.one/",
        "bot@%5b.conductor.one/pcc", "bot@%3a.conductor.one/pcc", "bot@acme.conductor.one@evil.com/pcc",
        "bot@evil.com?.conductor.one/pcc",
    ])
    func invalidClientIDIsRejected(_ clientID: String) {
        let error = #expect(throws: SDKError.self) { try ConductorOneClientID(clientID) }
        #expect(error.map { "\($0)" }?.contains("not a ConductorOne client ID") == true)
    }

    @Test func validSecretHoldsTheKey() throws {
        let secret = try ConductorOneClientSecret(credentials.clientSecret)
        #expect(secret.privateKey.rawRepresentation == credentials.key.rawRepresentation)
    }

    @Test func invalidSecretsAreRejectedWithoutEchoingThem() {
        let jwk = { (text: String) in "secret-token:conductorone.com:v1:\(TestEncoding.base64URL(Data(text.utf8)))" }
        let other = TestCredentials()
        let secrets = [
            "hunter2-not-a-secret",
            "secret-token:conductorone.com:v2:\(credentials.clientSecret.split(separator: ":")[3])",
            "secret-token:conductorone.com:v1:!!!not-base64!!!",
            jwk(#"{"kty":"RSA","crv":"Ed25519","d":"AAAA"}"#),
            jwk(#"{"kty":"OKP","crv":"Ed25519","d":"c2hvcnQ"}"#),
            jwk(
                #"{"kty":"OKP","crv":"Ed25519","x":"\#(TestEncoding.base64URL(other.key.publicKey.rawRepresentation))","d":"\#(TestEncoding.base64URL(credentials.key.rawRepresentation))"}"#
            ),
        ]
        for secret in secrets {
            let error = #expect(throws: SDKError.self) { try ConductorOneClientSecret(secret) }
            guard let error else { continue }
            #expect("\(error)".contains("not a valid ConductorOne client secret"))
            #expect(!"\(error)".contains(secret.split(separator: ":").last ?? "-"))
            if case .authentication(let failure) = error { #expect(failure.kind == .invalidCredentials) }
        }
    }

    @Test func environmentPriorityIsAccessTokenThenOIDCThenClientCredentials() throws {
        var environment = [
            "CONDUCTORONE_CLIENT_ID": credentials.clientID, "CONDUCTORONE_CLIENT_SECRET": credentials.clientSecret,
        ]
        #expect("\(try ConductorOneEnvironment.credentials(from: environment))" == "clientCredentials(clientID: \(credentials.clientID))")
        environment["CONDUCTORONE_OIDC_TOKEN"] = "oidc"
        #expect("\(try ConductorOneEnvironment.credentials(from: environment))" == "oidcToken(clientID: \(credentials.clientID))")
        environment["CONDUCTORONE_ACCESS_TOKEN"] = "token"
        #expect("\(try ConductorOneEnvironment.credentials(from: environment))" == "accessToken(<redacted>)")
        environment["CONDUCTORONE_ACCESS_TOKEN"] = ""
        #expect("\(try ConductorOneEnvironment.credentials(from: environment))" == "oidcToken(clientID: \(credentials.clientID))")
    }

    @Test func emptyEnvironmentNamesEveryVariable() {
        let error = #expect(throws: SDKError.self) { try APIClient.Configuration.conductorOne(environment: [:]) }
        let text = error.map { "\($0)" } ?? ""
        for name in [
            "CONDUCTORONE_ACCESS_TOKEN", "CONDUCTORONE_OIDC_TOKEN", "CONDUCTORONE_CLIENT_ID",
            "CONDUCTORONE_CLIENT_SECRET", "CONDUCTORONE_TENANT_DOMAIN", "CONDUCTORONE_SERVER_URL",
        ] {
            #expect(text.contains(name), "\(name)")
        }
    }

    @Test func incompleteEnvironmentSaysWhatIsMissing() {
        let cases: [([String: String], String)] = [
            (["CONDUCTORONE_OIDC_TOKEN": "oidc"], "CONDUCTORONE_CLIENT_ID is not"),
            (["CONDUCTORONE_CLIENT_ID": credentials.clientID], "CONDUCTORONE_CLIENT_SECRET is not"),
            (["CONDUCTORONE_CLIENT_SECRET": credentials.clientSecret], "CONDUCTORONE_CLIENT_ID is not"),
            (["CONDUCTORONE_ACCESS_TOKEN": "token"], "no ConductorOne server"),
        ]
        for (environment, expected) in cases {
            let error = #expect(throws: SDKError.self) { try APIClient.Configuration.conductorOne(environment: environment) }
            #expect(error.map { "\($0)" }?.contains(expected) == true, "\(environment.keys.sorted())")
        }
    }

    @Test func serverComesFromServerURLThenTenantThenClientID() throws {
        var environment = [
            "CONDUCTORONE_CLIENT_ID": credentials.clientID, "CONDUCTORONE_CLIENT_SECRET": credentials.clientSecret,
        ]
        #expect(try APIClient.Configuration.conductorOne(environment: environment).serverURL.absoluteString == "https://acme.conductor.one")
        environment["CONDUCTORONE_TENANT_DOMAIN"] = "globex"
        #expect(try APIClient.Configuration.conductorOne(environment: environment).serverURL.absoluteString == "https://globex.conductor.one")
        environment["CONDUCTORONE_SERVER_URL"] = "http://127.0.0.1:8080"
        #expect(try APIClient.Configuration.conductorOne(environment: environment).serverURL.absoluteString == "http://127.0.0.1:8080")
    }

    @Test func accessTokenWithTenant() throws {
        let configuration = try APIClient.Configuration.conductorOne(credentials: .accessToken("t"), tenant: "acme")
        #expect(configuration.serverURL.absoluteString == "https://acme.conductor.one")
        #expect(configuration.tokenProvider is BearerToken)
        #expect(configuration.userAgent == "conductorone-swift/0.1.0")
        #expect(configuration.logger.label == "conductorone.sdk")
    }

    /// The generated SDK names itself as the ConductorOne configuration does.
    @Test func generatedUserAgentIsConductorOnes() {
        #expect(ConductorOneClient.userAgent == ConductorOneInfo.userAgent)
    }
}
