import FlyingFox
import Foundation

/// A request as the test server received it.
struct ReceivedRequest: Sendable {
    var method: String
    /// The path exactly as it came on the request line, still percent-encoded.
    var rawPath: String
    var rawQuery: String
    var headers: [String: String]
    var body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }
}

/// What the test server answers.
struct CannedResponse: Sendable {
    var status: Int
    var headers: [String: String] = [:]
    var body: Data = Data()
    /// When set, sent instead of `body`.
    var stalling: StallingBody?
    /// When set, sent instead of `body`, part by part.
    var scripted: ScriptedBody?

    static func json(_ status: Int, _ text: String, headers: [String: String] = [:]) -> CannedResponse {
        CannedResponse(
            status: status, headers: headers.merging(["Content-Type": "application/json"]) { $1 },
            body: Data(text.utf8))
    }
}

/// A real HTTP server on 127.0.0.1 and an ephemeral port, answering through one handler
/// and recording every request.
final class TestServer: Sendable {
    typealias Handler = @Sendable (ReceivedRequest) async throws -> CannedResponse

    let url: URL
    private let server: HTTPServer
    private let task: Task<Void, any Error>
    private let log: Recorder<ReceivedRequest>

    private init(url: URL, server: HTTPServer, task: Task<Void, any Error>, log: Recorder<ReceivedRequest>) {
        self.url = url
        self.server = server
        self.task = task
        self.log = log
    }

    /// Starts a server answering every request with `handler`.
    static func start(_ handler: @escaping Handler) async throws -> TestServer {
        let log = Recorder<ReceivedRequest>()
        let server = HTTPServer(
            address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 10, logger: .disabled,
            handler: ClosureHTTPHandler { request in
                let received = ReceivedRequest(
                    method: request.method.rawValue, rawPath: request.target.path(),
                    rawQuery: request.target.query(),
                    headers: Dictionary(request.headers.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: { a, _ in a }),
                    body: try await request.bodyData)
                log.append(received)
                let answer = try await handler(received)
                var headers = HTTPHeaders()
                for (name, value) in answer.headers { headers[HTTPHeader(name)] = value }
                let status = HTTPStatusCode(answer.status, phrase: "")
                if let scripted = answer.scripted {
                    let bytes = ScriptedBytes(parts: scripted.parts)
                    let body =
                        scripted.announcedLength.map { HTTPBodySequence(from: bytes, count: $0, suggestedBufferSize: 64 << 10) }
                        ?? HTTPBodySequence(from: bytes)
                    return HTTPResponse(statusCode: status, headers: headers, body: body)
                }
                guard let stalling = answer.stalling else {
                    return HTTPResponse(statusCode: status, headers: headers, body: answer.body)
                }
                let bytes = StallingBytes(prefix: Array(stalling.prefix))
                let body =
                    stalling.announcedLength.map { HTTPBodySequence(from: bytes, count: $0) } ?? HTTPBodySequence(from: bytes)
                return HTTPResponse(statusCode: status, headers: headers, body: body)
            })
        let task = Task { try await server.run() }
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else {
            task.cancel()
            throw URLError(.cannotConnectToHost)
        }
        return TestServer(url: URL(string: "http://127.0.0.1:\(port)")!, server: server, task: task, log: log)
    }

    /// Every request received so far, in order.
    var requests: [ReceivedRequest] { log.values }

    /// Stops the server; pending handlers are cancelled.
    func stop() async {
        await server.stop(timeout: 0)
        task.cancel()
    }
}

/// Runs `body` with a started server, always stopping it afterwards.
func withTestServer<T>(
    _ handler: @escaping TestServer.Handler, _ body: (TestServer) async throws -> T
) async throws -> T {
    let server = try await TestServer.start(handler)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}
