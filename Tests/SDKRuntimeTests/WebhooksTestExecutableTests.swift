import ConductorOneAuth
import Foundation
import Logging
import SDKRuntime
import Testing

/// The `webhooks-test` example, run as a user would run it, against a loopback server that
/// checks every request as ConductorOne would.
@Suite(.timeLimit(.minutes(2)))
struct WebhooksTestExecutableTests {
    let credentials = TestCredentials()
    static let oidcToken = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJodHRwczovL2NpLmV4YW1wbGUifQ.c2lnbmF0dXJl"

    /// A tenant with the webhooks `known`; the test route answers 404 for any other id.
    func tenant(
        known: Set<String> = ["wh-1"], failFirst: CannedResponse? = nil, answerHeaders: [String: String] = [:]
    ) -> FakeConductorOne {
        let failures = Counter()
        return FakeConductorOne(
            .init(clientID: credentials.clientID, publicKey: credentials.key.publicKey, oidcToken: Self.oidcToken)
        ) { request in
            let segments = request.rawPath.split(separator: "/", omittingEmptySubsequences: false)
            guard request.method == "POST", segments.count == 6, segments[1...3] == ["api", "v1", "webhooks"],
                segments[5] == "test", let id = segments[4].removingPercentEncoding
            else { return .json(404, #"{"code":5,"message":"no such route"}"#) }
            guard request.header("Content-Type") == "application/json", request.body == Data("{}".utf8) else {
                return .json(400, #"{"code":3,"message":"expected a JSON body"}"#)
            }
            if let failFirst, failures.next() == 1 { return failFirst }
            guard known.contains(id) else { return .json(404, #"{"code":5,"message":"webhook not found"}"#) }
            return .json(200, sampleWebhookResponse, headers: answerHeaders)
        }
    }

    func run(_ arguments: [String], _ environment: [String: String]) async throws -> ProcessResult {
        try await ExecutableRunner.run(
            "webhooks-test", arguments, environment: environment.merging(["PATH": "/usr/bin:/bin"]) { $1 })
    }

    func clientCredentialsEnvironment(_ server: TestServer) -> [String: String] {
        [
            "CONDUCTORONE_CLIENT_ID": credentials.clientID, "CONDUCTORONE_CLIENT_SECRET": credentials.clientSecret,
            "CONDUCTORONE_SERVER_URL": server.url.absoluteString,
        ]
    }

    func expectWebhookPrinted(_ result: ProcessResult) throws {
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr == "")
        let json = try #require(TestEncoding.jsonObject(Data(result.stdout.utf8)), "stdout: \(result.stdout)")
        let webhook = try #require(json["webhook"] as? [String: Any])
        #expect(webhook["webhookId"] as? String == "wh-1")
        #expect(webhook["attempts"] as? Int == 123)
        #expect(webhook["state"] as? String == "WEBHOOK_STATE_SUCCESS")
        // Pretty-printed with sorted keys.
        #expect(result.stdout.hasPrefix("{\n  \"webhook\" : {\n    \"attempts\" : 123,\n    \"completedAt\""))
        let keys = ["attempts", "completedAt", "createdAt", "id", "source", "spec", "state", "updatedAt", "webhookId"]
        let positions = keys.compactMap { result.stdout.range(of: "\"\($0)\" :")?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
    }

    @Test func clientCredentials() async throws {
        let fake = tenant()
        try await withTestServer(fake.handle) { server in
            try expectWebhookPrinted(try await run(["wh-1"], clientCredentialsEnvironment(server)))
        }
        #expect(fake.problems.values == [])
        #expect(fake.tokenRequests.current == 1)
        #expect(fake.apiRequests.values.map(\.rawPath) == ["/api/v1/webhooks/wh-1/test"])
        #expect(fake.apiRequests.values.first?.header("User-Agent") == "conductorone-swift/0.1.0")
    }

    @Test func accessToken() async throws {
        let fake = tenant()
        try await withTestServer(fake.handle) { server in
            // Get a live token the way another tool would, then hand it over.
            let token = try await issueToken(server)
            try expectWebhookPrinted(
                try await run(
                    ["wh-1"],
                    ["CONDUCTORONE_ACCESS_TOKEN": token, "CONDUCTORONE_SERVER_URL": server.url.absoluteString]))
        }
        #expect(fake.tokenRequests.current == 1)
        #expect(fake.apiRequests.values.count == 1)
    }

    @Test func oidcTokenExchange() async throws {
        let fake = tenant()
        try await withTestServer(fake.handle) { server in
            try expectWebhookPrinted(
                try await run(
                    ["wh-1"],
                    [
                        "CONDUCTORONE_OIDC_TOKEN": Self.oidcToken, "CONDUCTORONE_CLIENT_ID": credentials.clientID,
                        "CONDUCTORONE_SERVER_URL": server.url.absoluteString,
                    ]))
        }
        #expect(fake.problems.values == [])
        #expect(fake.tokenRequests.current == 1)
    }

    @Test func serviceUnavailableWithRetryAfterIsRetried() async throws {
        let unavailable = CannedResponse.json(
            503, #"{"code":14,"message":"unavailable"}"#, headers: ["Retry-After": "0"])
        let fake = tenant(failFirst: unavailable)
        try await withTestServer(fake.handle) { server in
            try expectWebhookPrinted(try await run(["wh-1"], clientCredentialsEnvironment(server)))
        }
        #expect(fake.apiRequests.values.count == 2)
    }

    @Test func idIsSentAsOneEscapedSegment() async throws {
        let fake = tenant(known: ["team/a b"])
        try await withTestServer(fake.handle) { server in
            let result = try await run(["team/a b"], clientCredentialsEnvironment(server))
            #expect(result.status == 0, "stderr: \(result.stderr)")
        }
        #expect(fake.apiRequests.values.map(\.rawPath) == ["/api/v1/webhooks/team%2Fa%20b/test"])
    }

    @Test func notFoundExitsWithStatusAndMessage() async throws {
        let fake = tenant()
        try await withTestServer(fake.handle) { server in
            let result = try await run(["wh-404"], clientCredentialsEnvironment(server))
            #expect(result.status == 1)
            #expect(result.stdout == "")
            #expect(result.stderr == "webhooks-test: 404 Not Found: webhook not found (code 5)\n")
            #expect(!result.stderr.contains(credentials.clientSecret))
        }
    }

    @Test func missingCredentialsNameTheVariables() async throws {
        let result = try await run(["wh-1"], [:])
        #expect(result.status == 1)
        for name in [
            "CONDUCTORONE_ACCESS_TOKEN", "CONDUCTORONE_OIDC_TOKEN", "CONDUCTORONE_CLIENT_ID",
            "CONDUCTORONE_CLIENT_SECRET",
        ] {
            #expect(result.stderr.contains(name))
        }
    }

    @Test(arguments: [[], ["a", "b"], ["--show-headers"], ["--show-headers", "a", "b"], ["--other", "a"]])
    func usageErrorExitsWithTwo(_ arguments: [String]) async throws {
        let result = try await run(arguments, [:])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("usage: webhooks-test [--show-headers] <webhook-id>"))
    }

    @Test func showHeadersPrintsTheStatusAndFieldsWithoutSecrets() async throws {
        let fake = tenant(answerHeaders: [
            "X-Request-Id": "req-42", "X-RateLimit-Remaining": "99", "Set-Cookie": "session=s3cr3t",
            "X-Odd": "a\u{202E}b",
        ])
        try await withTestServer(fake.handle) { server in
            let result = try await run(["--show-headers", "wh-1"], clientCredentialsEnvironment(server))
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(result.stderr.hasPrefix("200 "))
            let lines = Set(result.stderr.split(separator: "\n").map(String.init))
            #expect(lines.isSuperset(of: ["X-Request-Id: req-42", "X-RateLimit-Remaining: 99", "Set-Cookie: <redacted>"]))
            #expect(lines.contains(#"X-Odd: a\u{202e}b"#), "stderr: \(result.stderr)")
            #expect(!result.stderr.contains("s3cr3t"))
            #expect(!result.stderr.contains(credentials.clientSecret))
            let json = try #require(TestEncoding.jsonObject(Data(result.stdout.utf8)), "stdout: \(result.stdout)")
            #expect((json["webhook"] as? [String: Any])?["webhookId"] as? String == "wh-1")
        }
    }

    /// A token from the tenant's token endpoint, fetched with the test's client credentials.
    private func issueToken(_ server: TestServer) async throws -> String {
        let provider = try ConductorOneCredentials.clientCredentials(
            clientID: credentials.clientID, clientSecret: credentials.clientSecret
        ).tokenProvider()
        return try await provider.token(
            in: TokenContext(
                serverURL: server.url, transport: DefaultTransport.shared, userAgent: "tests", timeout: .seconds(10),
                logger: Logger(label: "tests")))
    }
}
