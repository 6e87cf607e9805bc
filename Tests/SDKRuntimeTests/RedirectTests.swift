import Foundation
import HTTPTypes
@_spi(Generated) import SDKRuntime
@_spi(Generated) @testable import SDKRuntime
import Testing

/// The redirect policy on the wire: same-origin GET and HEAD followed with credentials,
/// downloads followed anywhere without them, everything else refused.
@Suite(.timeLimit(.minutes(1)))
struct RedirectTests {
    private func client(_ server: TestServer) -> APIClient {
        APIClient(serverURL: server.url, tokenProvider: BearerToken("secret-token"), retryPolicy: .disabled)
    }

    private static func redirect(_ status: Int, to location: String) -> CannedResponse {
        CannedResponse(status: status, headers: ["Location": location])
    }

    @Test func sameOriginGetIsFollowedWithItsCredentials() async throws {
        try await withTestServer({ request in
            request.rawPath == "/api/v1/webhooks/old" ? Self.redirect(301, to: "/api/v1/webhooks/new?moved=1") : .json(200, #"{"id":"new"}"#)
        }) { server in
            let answer = try await client(server).send(TestRequests.webhookGet(id: "old"))
            #expect(answer["id"] == "new")
            #expect(server.requests.map { "\($0.method) \($0.rawPath)?\($0.rawQuery)" } == ["GET /api/v1/webhooks/old?", "GET /api/v1/webhooks/new?moved=1"])
            #expect(server.requests.allSatisfy { $0.header("Authorization") == "Bearer secret-token" })
        }
    }

    @Test func crossOriginGetIsRefusedAndNothingReachesTheOtherServer() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { elsewhere in
            try await withTestServer({ _ in Self.redirect(302, to: elsewhere.url.absoluteString + "/stolen") }) { server in
                let error = await #expect(throws: SDKError.self) { _ = try await client(server).send(TestRequests.webhookGet(id: "wh-1")) }
                #expect(error?.status == 302)
                #expect(elsewhere.requests.isEmpty)
            }
        }
    }

    @Test func postIsNeverRedirected() async throws {
        try await withTestServer({ request in
            request.rawPath.hasSuffix("/test") ? Self.redirect(307, to: "/api/v1/other") : .json(200, "{}")
        }) { server in
            let error = await #expect(throws: SDKError.self) { _ = try await client(server).send(TestRequests.webhookTest(id: "wh-1")) }
            #expect(error?.status == 307)
            #expect(server.requests.count == 1)
        }
    }

    /// A download (here `bytes` of a JSON operation, and a binary response) follows a
    /// redirect to a storage host, without `Authorization`, `Cookie` or the API key field.
    @Test func downloadsFollowRedirectsAcrossOriginsWithoutCredentials() async throws {
        try await withTestServer({ _ in CannedResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: Data("file".utf8)) }) {
            storage in
            try await withTestServer({ _ in Self.redirect(302, to: storage.url.absoluteString + "/blob/1?sig=abc") }) { server in
                var configuration = APIClient.Configuration(serverURL: server.url)
                configuration.tokenProvider = BearerToken("secret-token")
                configuration.credentials["key"] = APIKey("k-123")
                configuration.retryPolicy = .disabled
                let client = APIClient(configuration: configuration)
                let request = Request<Data>(
                    method: .get, path: "/files/1/content", headers: [HeaderField(name: "Cookie", value: "session=s1")], responseFormat: .binary,
                    security: [["bearerAuth", .apiKey("key", header: "X-API-Key")]], operationID: "download")
                let options = RequestOptions(headerFields: ["X-Session-Secret": "opt-1", "Proxy-Authorization": "Basic cHJveHk="])
                let data = try await client.send(request, options: options)
                #expect(data == Data("file".utf8))
                var streamed = Data()
                for try await chunk in client.bytes(TestRequests.webhookGet(id: "wh-1")) { streamed.append(contentsOf: chunk) }
                #expect(streamed == Data("file".utf8))

                #expect(server.requests.first?.header("Authorization") == "Bearer secret-token")
                #expect(server.requests.first?.header("X-API-Key") == "k-123")
                #expect(server.requests.first?.header("X-Session-Secret") == "opt-1")
                #expect(storage.requests.map { "\($0.rawPath)?\($0.rawQuery)" } == ["/blob/1?sig=abc", "/blob/1?sig=abc"])
                for request in storage.requests {
                    #expect(request.header("Authorization") == nil)
                    #expect(request.header("X-API-Key") == nil)
                    #expect(request.header("Cookie") == nil)
                    #expect(request.header("X-Session-Secret") == nil)
                    #expect(request.header("Proxy-Authorization") == nil)
                }
            }
        }
    }

    @Test func aLoopOfRedirectsEndsAfterTheLimit() async throws {
        try await withTestServer({ request in Self.redirect(302, to: request.rawPath) }) { server in
            let error = await #expect(throws: SDKError.self) { _ = try await client(server).send(TestRequests.webhookGet(id: "wh-1")) }
            #expect(error?.status == 302)
            #expect(server.requests.count == Redirects.limit + 1)
        }
    }

    /// What the policy decides, without a server: never from https down to http, never a
    /// scheme but http and https, relative locations resolved against the request's URL.
    @Test func thePolicyOnURLs() throws {
        let origin = URL(string: "https://api.example.com/v1")!
        let head = HTTPRequest(method: .get, scheme: nil, authority: nil, path: "/files/1?x=1")
        func next(_ location: String, download: Bool = false) -> String? {
            let response = HTTPResponse(status: .found, headerFields: [.location: location])
            return Redirects.next(after: response, to: head, at: origin, origin: origin, acrossOrigins: download, redactedFields: [])
                .map { "\($0.serverURL.absoluteString) \($0.head.path ?? "")" }
        }
        #expect(next("/v1/files/2") == "https://api.example.com /v1/files/2")
        #expect(next("2") == "https://api.example.com /v1/files/2")
        #expect(next("https://API.example.com:443/v1/x") == "https://API.example.com:443 /v1/x")
        #expect(next("http://api.example.com/v1/x", download: true) == nil)
        #expect(next("ftp://api.example.com/x", download: true) == nil)
        #expect(next("https://cdn.example.com/x") == nil)
        #expect(next("https://cdn.example.com/x", download: true) == "https://cdn.example.com /x")
    }
}
