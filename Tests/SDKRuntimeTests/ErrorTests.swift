import Foundation
@_spi(Generated) import SDKRuntime
import Testing

@Suite(.timeLimit(.minutes(1)))
struct ErrorTests {
    func failure(for response: CannedResponse) async throws -> SDKError {
        try await withTestServer({ _ in response }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: .disabled)
            return try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookTest(id: "missing"))
            }
        }
    }

    @Test func apiErrorBodyIsDecoded() async throws {
        let error = try await failure(
            for: .json(
                404, #"{"code":5,"message":"webhook not found","details":[{"@type":"type.googleapis.com/x"}]}"#,
                headers: ["X-Request-Id": "req-1"]))
        #expect("\(error)" == "404 Not Found: webhook not found (code 5)")
        #expect(error.localizedDescription == "404 Not Found: webhook not found (code 5)")
        guard case .http(let failure) = error else {
            Issue.record("expected an HTTP error, got \(error)")
            return
        }
        #expect(failure.status.code == 404)
        #expect(failure.headerFields[.init("X-Request-Id")!] == "req-1")
        #expect(failure.errorBody?.code == 5)
        #expect(failure.errorBody?.message == "webhook not found")
        #expect(failure.errorBody?.details == [["@type": "type.googleapis.com/x"]])
        #expect(String(decoding: failure.body, as: UTF8.self).contains("webhook not found"))
        #expect(failure.operationID == TestRequests.operationID)
    }

    @Test func errorWithoutJSONBodyShowsTheStatus() async throws {
        let error = try await failure(for: CannedResponse(status: 502, body: Data("<html>bad gateway</html>".utf8)))
        #expect("\(error)" == "502 Bad Gateway")
        guard case .http(let failure) = error else {
            Issue.record("expected an HTTP error, got \(error)")
            return
        }
        #expect(failure.errorBody == nil)
        #expect(failure.body == Data("<html>bad gateway</html>".utf8))
    }

    @Test func decodingFailureNamesTheJSONPath() async throws {
        let body = #"{"webhook":{"id":"wi-1","webhookId":"wh-1","createdAt":"yesterday"}}"#
        let error = try await failure(for: .json(200, body))
        guard case .decoding(let failure) = error else {
            Issue.record("expected a decoding error, got \(error)")
            return
        }
        #expect(failure.path == "$.webhook.createdAt")
        #expect(failure.typeName == "TestWebhookResponse")
        #expect("\(error)".hasPrefix("cannot decode TestWebhookResponse at $.webhook.createdAt: "))
    }

    @Test func missingMemberIsReportedWithItsPath() async throws {
        let error = try await failure(for: .json(200, #"{"webhook":{"id":"wi-1","createdAt":"2023-11-07T05:31:56Z"}}"#))
        guard case .decoding(let failure) = error else {
            Issue.record("expected a decoding error, got \(error)")
            return
        }
        #expect(failure.path == "$.webhook.webhookId")
    }

    @Test func unknownMembersAreIgnored() async throws {
        try await withTestServer({ _ in
            .json(200, #"{"webhook":{"id":"wi-1","webhookId":"wh-1","createdAt":"2023-11-07T05:31:56Z","new":1}}"#)
        }) { server in
            let client = APIClient(serverURL: server.url, tokenProvider: BearerToken("t"))
            let response = try await client.send(TestRequests.webhookTest(id: "wh-1"))
            #expect(response.webhook.webhookId == "wh-1")
        }
    }
}

extension ErrorTests {
    @Test func jsonBodyWithoutCodeOrMessageIsNotAnErrorBody() async throws {
        let error = try await failure(for: .json(500, #"{"unexpected":true}"#))
        guard case .http(let failure) = error else {
            Issue.record("expected an HTTP error, got \(error)")
            return
        }
        #expect(failure.errorBody == nil)
        #expect("\(error)" == "500 Internal Server Error")
    }
}

extension ErrorTests {
    /// A server message meant to forge a second log line, and far too long.
    static let forgedPrefix = "bad\r\nlevel=info msg=\"all good\"\u{2028}\u{202E}"
    static let forgedMessage = forgedPrefix + String(repeating: "x", count: 10_000)

    @Test func serverMessageIsEscapedAndCutInDescriptionsAndLogs() async throws {
        let lines = Recorder<String>()
        let body = try JSONSerialization.data(withJSONObject: ["code": 13, "message": Self.forgedMessage])
        try await withTestServer({ _ in CannedResponse(status: 500, headers: ["Content-Type": "application/json"], body: body) }) {
            server in
            var configuration = APIClient.Configuration(
                serverURL: server.url, tokenProvider: BearerToken("t"), retryPolicy: RetryPolicy(maxAttempts: 2),
                logger: .capturing(into: lines))
            configuration.clock = TestClock(skippingSleepsUpTo: RetryPolicy.default.maxBackoff)
            let client = APIClient(configuration: configuration)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            // 300 characters of the message are kept; CR LF is one character.
            let kept = String(repeating: "x", count: 300 - Self.forgedPrefix.count)
            #expect(
                "\(error)"
                    == #"500 Internal Server Error: bad\r\nlevel=info msg="all good"\u{2028}\u{202E}"# + kept + "… (code 13)")
            guard case .http(let failure) = error else { return }
            #expect(failure.errorBody?.message == Self.forgedMessage, "the body keeps what the server sent")
        }
        let retry = try #require(lines.values.first { $0.contains("retrying") })
        #expect(retry.contains(#"reason=500 Internal Server Error: bad\r\nlevel=info"#))
        for line in lines.values {
            #expect(!line.unicodeScalars.contains { [0x0A, 0x0D, 0x2028, 0x202E].contains($0.value) })
        }
    }

    @Test func tokenEndpointMessageIsEscaped() async throws {
        try await withTestServer({ request in
            .json(400, #"{"error":"invalid_client","error_description":"no\r\nX-Forged: 1"}"#)
        }) { server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            #expect("\(error)".hasSuffix(#"answered 400 Bad Request: invalid_client: no\r\nX-Forged: 1"#))
        }
    }

    /// Response values may be personal data: an error names where and what kind of
    /// problem, never the value.
    @Test func decodingFailureNeverQuotesTheValue() async throws {
        let error = try await failure(
            for: .json(200, #"{"webhook":{"id":"wi-1","webhookId":"wh-1","createdAt":"ann@example.com\r\nX-Forged: 1"}}"#))
        #expect("\(error)" == "cannot decode TestWebhookResponse at $.webhook.createdAt: expected an RFC 3339 date-time "
                + "(operation c1.api.webhooks.v1.WebhooksService.Test, status 200)")
        #expect(!"\(error)".contains("ann@") && !"\(error)".contains("Forged"))
    }

    @Test func int64InAStringNeverQuotesTheValue() throws {
        struct Counted: Decodable {
            var count: Int64
            init(from decoder: any Decoder) throws {
                count = try decoder.container(keyedBy: JSONKey.self).requiredInt64("count")
            }
        }
        let error = try #require(throws: DecodingError.self) {
            try JSONCoding.makeDecoder().decode(Counted.self, from: Data(#"{"count":"4111-1111"}"#.utf8))
        }
        let failure = DecodingFailure(error, decoding: Counted.self, operationID: "count")
        #expect("\(failure)" == "cannot decode Counted at $.count: expected a 64-bit integer in a string (operation count)")
    }

    @Test func bodyThatCannotBeEncodedIsNeverQuoted() async throws {
        let request = Request<EmptyResponse>(
            method: .post, path: "/sessions", body: ["password", "hunter2-secret"], bodyFormat: .form(arrays: .repeated),
            operationID: "createSession")
        let client = APIClient(serverURL: URL(string: "https://api.example.com")!, retryPolicy: .disabled)
        let error = try await #require(throws: SDKError.self) { try await client.send(request) }
        #expect("\(error)" == "invalid request: cannot encode the body of createSession at $: A form body must be an object.")
        #expect(!"\(error)".contains("hunter2"))
    }
}

extension ErrorTests {
    /// A large error body is kept in part and never parsed whole on each attempt.
    @Test func largeErrorBodiesAreCappedAndNotSummarized() throws {
        let message = #"{"code":5,"message":"not found"}"#
        let small = HTTPFailure(status: .notFound, headerFields: [:], body: Data(message.utf8), operationID: "get")
        #expect(small.errorBody?.message == "not found")
        #expect(!small.isBodyTruncated)

        let padded = #"{"code":5,"message":"not found","details":[""# + String(repeating: "x", count: 70 << 10) + #""]}"#
        let large = HTTPFailure(status: .notFound, headerFields: [:], body: Data(padded.utf8), operationID: "get")
        #expect(large.errorBody == nil)
        #expect("\(large)" == "404 Not Found")
        #expect(large.body.count == padded.utf8.count)

        let huge = Data(repeating: UInt8(ascii: "x"), count: HTTPFailure.maxKeptBodySize + 10)
        let kept = HTTPFailure(status: .internalServerError, headerFields: [:], body: huge, operationID: "get")
        #expect(kept.body.count == HTTPFailure.maxKeptBodySize)
        #expect(kept.body.startIndex == 0)
        #expect(kept.isBodyTruncated)
    }
}

extension ErrorTests {
    @Test func tokenTypeNamedInTheMessageIsEscapedAndCut() async throws {
        let type = "Mac\r\nX-Forged: 1" + String(repeating: "y", count: 500)
        let body = try JSONSerialization.data(withJSONObject: ["access_token": "t", "token_type": type])
        try await withTestServer({ _ in CannedResponse(status: 200, headers: ["Content-Type": "application/json"], body: body) }) {
            server in
            let provider = OAuth2TokenProvider(
                tokenURL: "/oauth/token", grant: .clientCredentials(clientID: "app", authentication: .clientSecretPost("s")))
            let client = APIClient(serverURL: server.url, tokenProvider: provider, retryPolicy: .disabled)
            let error = try await #require(throws: SDKError.self) {
                try await client.send(TestRequests.webhookGet(id: "wh-1"))
            }
            guard case .authentication(let failure) = error else {
                Issue.record("expected an authentication error, got \(error)")
                return
            }
            let shown = #"Mac\r\nX-Forged: 1"# + String(repeating: "y", count: 100 - "Mac\r\nX-Forged: 1".count) + "…"
            #expect(failure.message.hasSuffix("answered a token of type \(shown), not Bearer"))
        }
    }
}
