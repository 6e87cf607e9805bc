import Foundation
import Outcomes
@testable import SDKRuntime
import Testing

/// The Outcomes fixture against a real loopback server: typed error bodies, several
/// success responses, per-call header fields and query items, and idempotency keys.
@Suite(.timeLimit(.minutes(1)))
struct OutcomesTests {
    private func outcomes(_ server: TestServer, retryPolicy: RetryPolicy = fastRetries) -> OutcomesClient {
        OutcomesClient(client: APIClient(serverURL: server.url, retryPolicy: retryPolicy))
    }

    private func failure(_ answer: CannedResponse, _ call: @Sendable (OutcomesClient) async throws -> Void) async throws
        -> SDKError
    {
        try await withTestServer({ _ in answer }) { server in
            let client = outcomes(server, retryPolicy: .disabled)
            return try await #require(throws: SDKError.self) { try await call(client) }
        }
    }

    // MARK: Typed error bodies

    @Test func statusOfItsOwnDecodesAsItsType() async throws {
        let error = try await failure(.json(404, #"{"resource":"widget","message":"no widget w-1"}"#)) {
            _ = try await $0.widgets.retrieve(id: "w-1")
        }
        #expect(error.decodedBody(as: NotFound.self) == NotFound(message: "no widget w-1", resource: "widget"))
        #expect(error.decodedBody(as: Problem.self) == nil)
        #expect("\(error)" == "404 Not Found: no widget w-1")
        guard case .http(let failure) = error else { throw SDKError.configuration("expected an HTTP failure") }
        #expect(failure.decodedBody(as: NotFound.self)?.resource == "widget")
        #expect(String(decoding: failure.body, as: UTF8.self) == #"{"resource":"widget","message":"no widget w-1"}"#)
    }

    @Test func classOfStatusesDecodesAsItsType() async throws {
        let error = try await failure(.json(422, #"{"title":"Invalid","detail":"name is empty"}"#)) {
            _ = try await $0.widgets.retrieve(id: "w-1")
        }
        #expect(error.decodedBody(as: Problem.self) == Problem(detail: "name is empty", title: "Invalid"))
        #expect("\(error)" == "422 Unprocessable Content: Invalid: name is empty" || "\(error)".hasSuffix(": Invalid: name is empty"))
    }

    @Test func defaultCoversOtherStatuses() async throws {
        let body = #"{"error":{"message":"disk full","type":"server_error","code":"storage"}}"#
        let error = try await failure(.json(507, body)) { _ = try await $0.widgets.retrieve(id: "w-1") }
        let decoded = try #require(error.decodedBody(as: ServerError.self))
        #expect(decoded.error?.message == "disk full")
        #expect("\(error)".hasSuffix(": disk full (code storage)"))
    }

    @Test func oneSharedTypeCoversEveryDocumentedStatus() async throws {
        let error = try await failure(.json(409, #"{"title":"In use"}"#)) { try await $0.widgets.delete(id: "w-1") }
        #expect(error.decodedBody(as: Problem.self)?.title == "In use")
    }

    @Test func bodyOfAnotherShapeKeepsOnlyTheRawBytes() async throws {
        let error = try await failure(.json(404, #"["not", "an", "object"]"#)) {
            _ = try await $0.widgets.retrieve(id: "w-1")
        }
        #expect(error.decodedBody(as: NotFound.self) == nil)
        guard case .http(let failure) = error else { throw SDKError.configuration("expected an HTTP failure") }
        #expect(failure.decodedBody == nil)
        #expect(failure.body == Data(#"["not", "an", "object"]"#.utf8))
        #expect("\(error)" == "404 Not Found")
    }

    @Test func commonErrorShapesAreRead() throws {
        func read(_ json: String) throws -> APIErrorBody {
            try JSONDecoder().decode(APIErrorBody.self, from: Data(json.utf8))
        }
        let openAI = try read(
            #"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","param":null,"code":"invalid_api_key"}}"#)
        #expect(openAI == APIErrorBody(codeName: "invalid_api_key", type: "invalid_request_error", message: "Incorrect API key provided"))
        #expect(openAI.summary == "Incorrect API key provided (code invalid_api_key)")
        #expect(try read(#"{"error":{"message":"slow down","type":"rate_limit"}}"#).summary == "slow down (rate_limit)")
        #expect(try read(#"{"error":"unauthorized"}"#).message == "unauthorized")
        #expect(try read(#"{"code":5,"message":"webhook not found"}"#).summary == "webhook not found (code 5)")
        #expect(try read(#"{"detail":"Not found."}"#).message == "Not found.")
        #expect(try read(#"{"detail":[{"loc":["body","name"],"msg":"field required"}]}"#).message == "field required")
        #expect(try read(#"{"title":"Bad","detail":"no name"}"#).message == "Bad: no name")
        #expect(try read(#"{"errors":[{"message":"a"},{"message":"b"}]}"#).message == "a; b")
        #expect(try read(#"{"code":"E42"}"#).summary == "code E42")
        #expect(try read(#"[1, 2]"#) == APIErrorBody())
    }

    // MARK: Several success responses

    @Test func statusSelectsTheCase() async throws {
        let handler: TestServer.Handler = { request in
            switch request.header("X-Answer") {
            case "200": .json(200, #"{"id":"w-0","name":"old"}"#)
            case "201": .json(201, #"{"id":"w-1","name":"new"}"#)
            case "202": .json(202, #"{"jobId":"j-1"}"#)
            case "204": CannedResponse(status: 204)
            default: .json(299, #"{"id":"w-9","name":"odd"}"#)
            }
        }
        try await withTestServer(handler) { server in
            let client = outcomes(server)
            func create(_ answer: String) async throws -> CreateWidgetResponse {
                try await client.widgets.create(body: Widget(name: "gear"), options: RequestOptions(headerFields: ["X-Answer": answer]))
            }
            guard case .ok(let existing) = try await create("200") else { throw SDKError.configuration("expected ok") }
            #expect(existing.id == "w-0")
            guard case .created(let created) = try await create("201") else { throw SDKError.configuration("expected created") }
            #expect(created.id == "w-1")
            guard case .accepted(let job) = try await create("202") else { throw SDKError.configuration("expected accepted") }
            #expect(job.jobID == "j-1")
            guard case .noContent = try await create("204") else { throw SDKError.configuration("expected noContent") }
            guard case .ok(let odd) = try await create("299") else { throw SDKError.configuration("expected the first case") }
            #expect(odd.name == "odd")
        }
    }

    @Test func successesSharingASchemaKeepThePlainType() async throws {
        try await withTestServer({ _ in .json(201, #"{"id":"w-2","name":"copy"}"#) }) { server in
            let copy: Widget = try await outcomes(server).widgets.createCopy(id: "w-1")
            #expect(copy.id == "w-2")
        }
    }

    // MARK: Header fields, query items and idempotency keys

    @Test func optionsAddHeaderFieldsAndQueryItems() async throws {
        try await withTestServer({ _ in .json(200, #"{"name":"gear"}"#) }) { server in
            let options = RequestOptions(
                headerFields: ["X-Trace-Id": "trace-1", "User-Agent": "custom/1"],
                queryItems: [URLQueryItem(name: "debug", value: "1"), URLQueryItem(name: "a b", value: "c&d")])
            _ = try await outcomes(server).widgets.retrieve(id: "w-1", options: options)
            let request = try #require(server.requests.first)
            #expect(request.header("X-Trace-Id") == "trace-1")
            #expect(request.header("User-Agent") == "custom/1")
            #expect(request.rawPath == "/widgets/w-1")
            #expect(request.rawQuery == "debug=1&a%20b=c%26d")
        }
    }

    @Test func optionHeaderFieldValuesAreNeverLogged() async throws {
        let lines = Recorder<String>()
        try await withTestServer({ _ in .json(200, #"{"name":"gear"}"#) }) { server in
            let client = OutcomesClient(
                client: APIClient(serverURL: server.url, retryPolicy: .disabled, logger: .capturing(into: lines)))
            _ = try await client.widgets.retrieve(id: "w-1", options: RequestOptions(headerFields: ["X-Api-Secret": "s3cr3t-value"]))
            #expect(server.requests.first?.header("X-Api-Secret") == "s3cr3t-value")
        }
        #expect(lines.values.contains { $0.lowercased().contains("x-api-secret: <redacted>") })
        #expect(!lines.values.contains { $0.contains("s3cr3t-value") })
    }

    @Test func optionHeaderFieldWithLineBreakIsRefused() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let error = await #expect(throws: SDKError.self) {
                _ = try await outcomes(server).widgets.retrieve(id: "w-1", options: RequestOptions(headerFields: ["X-A": "a\r\nB: c"]))
            }
            guard case .invalidRequest? = error else { throw SDKError.configuration("expected an invalid request") }
            #expect(server.requests.isEmpty)
        }
    }

    @Test func idempotencyKeyIsTheSameOnEveryRetry() async throws {
        let attempts = Counter()
        let handler: TestServer.Handler = { _ in
            attempts.next() < 3 ? .json(500, #"{"error":{"message":"try again"}}"#) : .json(201, #"{"id":"w-1","name":"gear"}"#)
        }
        try await withTestServer(handler) { server in
            let client = outcomes(server)
            guard case .created = try await client.widgets.create(body: Widget(name: "gear")) else {
                throw SDKError.configuration("expected created")
            }
            let keys = server.requests.map { $0.header("Idempotency-Key") }
            #expect(keys.count == 3, "a POST with an idempotency key is retried on 500")
            let key = try #require(keys.first ?? nil)
            #expect(UUID(uuidString: key) != nil)
            #expect(keys.allSatisfy { $0 == key })

            _ = try await client.widgets.create(body: Widget(name: "gear"))
            #expect(server.requests.last?.header("Idempotency-Key") != key, "each call has a key of its own")
            _ = try await client.widgets.create(body: Widget(name: "gear"), idempotencyKey: "mine-1")
            #expect(server.requests.last?.header("Idempotency-Key") == "mine-1")
            // The overload taking the body's properties passes the key on, and makes one when given none.
            _ = try await client.widgets.create(name: "gear", idempotencyKey: "mine-2")
            #expect(server.requests.last?.header("Idempotency-Key") == "mine-2")
            #expect(server.requests.last.map { String(decoding: $0.body, as: UTF8.self) } == #"{"name":"gear"}"#)
            _ = try await client.widgets.create(name: "gear")
            #expect(UUID(uuidString: server.requests.last?.header("Idempotency-Key") ?? "") != nil)
        }
    }

    @Test func postWithoutKeyIsNotRetriedOn500ButIsWithOneFromOptions() async throws {
        let attempts = Counter()
        let handler: TestServer.Handler = { request in
            if request.header("Idempotency-Key") == nil { return .json(500, "{}") }
            return attempts.next() == 1 ? .json(502, "{}") : .json(200, #"{"name":"copy"}"#)
        }
        try await withTestServer(handler) { server in
            let client = outcomes(server)
            let error = await #expect(throws: SDKError.self) { _ = try await client.widgets.createCopy(id: "w-1") }
            #expect(error?.status == 500)
            #expect(server.requests.count == 1)

            let copy = try await client.widgets.createCopy(id: "w-1", options: RequestOptions(headerFields: ["idempotency-key": "k-7"]))
            #expect(copy.name == "copy")
            #expect(server.requests.dropFirst().map { $0.header("Idempotency-Key") } == ["k-7", "k-7"])
        }
    }
}
