import ConductorOne
import Foundation
@_spi(Generated) import SDKRuntime
import Testing

@Suite(.timeLimit(.minutes(1)))
struct RequestTests {
    @Test func idWithReservedCharactersArrivesAsOneSegment() async throws {
        try await withTestServer({ _ in .json(200, sampleWebhookResponse) }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"))
            _ = try await client.send(TestRequests.webhookTest(id: "a/b c?#%"))
            #expect(server.requests.map(\.rawPath) == ["/api/v1/webhooks/a%2Fb%20c%3F%23%25/test"])
            #expect(server.requests.map(\.rawQuery) == [""])
        }
    }

    @Test func queryItemsAreEncodedInOrder() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url)
            let request = Request<JSONValue>(
                method: .get, path: "/api/v1/search",
                query: [URLQueryItem(name: "q", value: "a&b=c d+e"), URLQueryItem(name: "page_size", value: "10")],
                operationID: "search")
            _ = try await client.send(request)
            #expect(server.requests.map(\.rawQuery) == ["q=a%26b%3Dc%20d%2Be&page_size=10"])
        }
    }

    @Test func serverPathPrefixIsKept() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url.appendingPathComponent("base"))
            _ = try await client.send(Request<JSONValue>(method: .get, path: "/api/v1/x", operationID: "x"))
            #expect(server.requests.map(\.rawPath) == ["/base/api/v1/x"])
        }
    }

    @Test(arguments: ["evil\r\nX-Injected: 1", "line\nbreak", "carriage\rreturn"])
    func headerValueWithLineBreakIsRejectedBeforeSending(_ value: String) async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url)
            let request = Request<JSONValue>(
                method: .get, path: "/api/v1/x", headers: [HeaderField(name: "X-Request-Note", value: value)],
                operationID: "x")
            let error = try await #require(throws: SDKError.self) { try await client.send(request) }
            guard case .invalidRequest(let message) = error else {
                Issue.record("expected an invalid request, got \(error)")
                return
            }
            #expect(message.contains("X-Request-Note"))
            #expect(!message.contains("evil"))
            #expect(server.requests.isEmpty)
        }
    }

    @Test func userAgentWithLineBreakIsRejected() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url, userAgent: "app/1.0\r\nX-Injected: 1")
            await #expect(throws: SDKError.self) {
                try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            }
            #expect(server.requests.isEmpty)
        }
    }

    @Test func headersAndUserAgentAreSent() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url, userAgent: "my-app/2.0 sdkruntime-swift/0.1.0")
            let request = Request<JSONValue>(
                method: .get, path: "/x", headers: [HeaderField(name: "X-Trace", value: "abc 123")], operationID: "x")
            _ = try await client.send(request)
            let received = try #require(server.requests.first)
            #expect(received.header("X-Trace") == "abc 123")
            #expect(received.header("User-Agent") == "my-app/2.0 sdkruntime-swift/0.1.0")
            #expect(received.header("Accept") == "application/json")
            #expect(received.header("Authorization") == nil)
        }
    }

    @Test func emptyResponseIgnoresTheBody() async throws {
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            let client = APIClient(serverURL: server.url)
            let response = try await client.send(Request<EmptyResponse>(method: .delete, path: "/x", operationID: "x"))
            #expect(response == EmptyResponse())
        }
    }

    @Test func emptyBodyDecodesAsAnEmptyMessage() async throws {
        try await withTestServer({ _ in CannedResponse(status: 200) }) { server in
            let client = APIClient(serverURL: server.url)
            let response = try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            #expect(response == [:])
        }
    }
}

extension RequestTests {
    @Test func middlewaresRunInOrderAroundTheTransport() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(
                serverURL: server.url, middlewares: [HeaderMiddleware(value: "first"), HeaderMiddleware(value: "second")])
            _ = try await client.send(Request<JSONValue>(method: .get, path: "/x", operationID: "x"))
            #expect(server.requests.map { $0.header("X-Middlewares") } == ["first,second"])
        }
    }

    @Test(arguments: [[], [[]], [[], ["bearerAuth"]]] as [[[SecurityScheme]]])
    func operationsWithoutRequiredSecuritySendNoCredentials(_ security: [[SecurityScheme]]) async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"))
            _ = try await client.send(Request<JSONValue>(method: .get, path: "/x", security: security, operationID: "x"))
            #expect(server.requests.map { $0.header("Authorization") } == [nil])
        }
    }

    @Test func rejectedStaticTokenIsNotRetried() async throws {
        try await withTestServer({ _ in .json(401, #"{"code":16,"message":"token expired"}"#) }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("stale"), retryPolicy: fastRetries)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            #expect("\(error)" == "401 Unauthorized: token expired (code 16)")
            #expect(server.requests.count == 1)
        }
    }
}

extension RequestTests {
    @Test(arguments: ["", ".", ".."])
    func emptyOrDotPathParameterIsRejectedBeforeSending(_ id: String) async throws {
        try await withTestServer({ _ in .json(200, sampleWebhookResponse) }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"))
            // The generated builder: `..` would otherwise send POST /api/v1/test.
            let request = Webhooks.test(id: id)
            #expect(request.path == "/api/v1/webhooks/\(URLPath.invalidSegment)/test")
            let error = try await #require(throws: SDKError.self) { try await client.send(request) }
            #expect(
                "\(error)"
                    == #"invalid request: a path parameter of c1.api.webhooks.v1.WebhooksService.Test is empty, "." or "..", which would change the endpoint"#
            )
            #expect(server.requests.isEmpty)
        }
    }

    @Test(arguments: ["/a/../b", "/a/./b", "/a/%2e%2E/b", "/a/.%2e", "/.."])
    func dotSegmentInAPathIsRejectedBeforeSending(_ path: String) async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(Request<JSONValue>(method: .get, path: path, operationID: "x"))
            }
            #expect("\(error)" == #"invalid request: the path of x has a "." or ".." segment, which would change the endpoint"#)
            #expect(server.requests.isEmpty)
        }
    }

    @Test func dotsInsideASegmentAndEmptyQueryValuesAreSent() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let client = APIClient(serverURL: server.url)
            let request = Request<JSONValue>(
                method: .get, path: "/files/\(URLPath.segment("..."))/\(URLPath.segment("a.b"))",
                query: [URLQueryItem(name: "q", value: ""), URLQueryItem(name: "dot", value: ".")], operationID: "x")
            _ = try await client.send(request)
            #expect(server.requests.map(\.rawPath) == ["/files/.../a.b"])
            #expect(server.requests.map(\.rawQuery) == ["q=&dot=."])
        }
    }
}
