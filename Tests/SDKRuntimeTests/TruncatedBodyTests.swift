import FlyingFox
import FlyingSocks
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

@_spi(Generated) @testable import SDKRuntime

/// A body cut short is never a success: not when the connection closes before
/// `Content-Length` bytes came, and not when the task is cancelled halfway.
@Suite(.timeLimit(.minutes(1)))
struct TruncatedBodyTests {
    static let download = Request<Data>(method: .get, path: "/download", responseFormat: .binary, operationID: "download")

    /// `Content-Length: 1000`, 500 bytes, then the server closes the connection.
    @Test func bodyEndingBeforeItsContentLengthFails() async throws {
        try await withCutShortServer(sending: 500, of: 1000) { url in
            let client = APIClient(serverURL: url, retryPolicy: .disabled, timeout: .seconds(10))
            let error = await expectFailure(within: .seconds(5)) { _ = try await client.send(Self.download) }
            guard case .transport(let failure)? = error as? SDKError else {
                Issue.record("expected a transport failure, got \(String(describing: error))")
                return
            }
            #expect(!failure.isConnectFailure)
            print("TRUNCATED \(failure)")
        }
    }

    /// The same body read as a stream and as a download: the last read throws, and the
    /// download leaves no file.
    @Test func streamedBodyEndingBeforeItsContentLengthFails() async throws {
        try await withCutShortServer(sending: 500, of: 1000) { url in
            let client = APIClient(serverURL: url, retryPolicy: .disabled, timeout: .seconds(10))
            let received = Locked(0)
            let error = await expectFailure(within: .seconds(5)) {
                for try await chunk in client.bytes(Self.download) { received.withLock { $0 += chunk.count } }
            }
            #expect(error is SDKError, "got \(String(describing: error))")
            #expect(received.withLock { $0 } <= 500)

            let file = FileManager.default.temporaryDirectory.appendingPathComponent("cut-\(UUID().uuidString).bin")
            defer { try? FileManager.default.removeItem(at: file) }
            let downloadError = await expectFailure(within: .seconds(5)) { try await client.download(Self.download, to: file) }
            #expect(downloadError is SDKError, "got \(String(describing: downloadError))")
            #expect(!FileManager.default.fileExists(atPath: file.path))
        }
    }

    /// Cancelled once the first half of the body came: the call throws `CancellationError`
    /// rather than returning those 500 bytes.
    @Test func cancelledCallDoesNotReturnATruncatedBody() async throws {
        let response = CannedResponse(status: 200, stalling: StallingBody(prefix: Data(count: 500), announcedLength: 1000))
        try await withTestServer({ _ in response }) { server in
            let firstChunk = Gate()
            let client = APIClient(
                serverURL: server.url, middlewares: [FirstChunkSignal(gate: firstChunk)], retryPolicy: .disabled,
                timeout: .seconds(10))
            let call = Task { try await client.send(Self.download) }
            try await firstChunk.pass()
            call.cancel()
            switch await call.result {
            case .success(let data): Issue.record("the cancelled call returned \(data.count) bytes as a success")
            case .failure(let error): #expect(error is CancellationError, "got \(error)")
            }
        }
    }

    /// A whole body, with its `Content-Length`, and a HEAD response announcing a length
    /// with no body, both still succeed.
    @Test func completeBodiesAndHeadResponsesSucceed() async throws {
        let body = Data((0..<1000).map { UInt8($0 % 251) })
        try await withTestServer({ _ in CannedResponse(status: 200, body: body) }) { server in
            let client = APIClient(serverURL: server.url, retryPolicy: .disabled, timeout: .seconds(10))
            #expect(try await client.send(Self.download) == body)
            var received = Data()
            for try await chunk in client.bytes(Self.download) { received.append(contentsOf: chunk) }
            #expect(received == body)
            let head = try await client.sendWithResponse(
                Request<Data>(method: .head, path: "/download", responseFormat: .binary, operationID: "head"))
            #expect(head.body.isEmpty)
            #expect(head.headerFields[.contentLength] == "1000")
        }
    }
}

/// Opens `gate` when the first chunk of a response body passes, so a test can act once the
/// body has started to come.
struct FirstChunkSignal: ClientMiddleware {
    let gate: Gate

    func intercept(
        _ request: HTTPTypes.HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPTypes.HTTPRequest, HTTPBody?, URL) async throws -> (HTTPTypes.HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPTypes.HTTPResponse, HTTPBody?) {
        let (response, responseBody) = try await next(request, body, baseURL)
        guard let responseBody else { return (response, nil) }
        let gate = gate
        let signalling = responseBody.map { chunk in
            gate.open()
            return chunk
        }
        return (response, HTTPBody(signalling, length: responseBody.length, iterationBehavior: .single))
    }
}

/// Runs `body` with a server on 127.0.0.1 that answers every request with a
/// `Content-Length` of `announced` bytes, sends `sent` of them and closes the connection.
func withCutShortServer<T>(sending sent: Int, of announced: Int, _ body: (URL) async throws -> T) async throws -> T {
    let server = HTTPServer(
        address: try .inet(ip4: "127.0.0.1", port: 0), timeout: 10, logger: .disabled,
        handler: ClosureHTTPHandler { _ in
            FlyingFox.HTTPResponse(
                statusCode: .ok, headers: [.contentType: "application/octet-stream"],
                body: HTTPBodySequence(from: CutShortBytes(remaining: sent), count: announced))
        })
    let task = Task { try await server.run() }
    do {
        try await server.waitUntilListening(timeout: 10)
        guard case .ip4(_, let port)? = await server.listeningAddress else { throw URLError(.cannotConnectToHost) }
        let result = try await body(URL(string: "http://127.0.0.1:\(port)")!)
        await server.stop(timeout: 0)
        task.cancel()
        return result
    } catch {
        await server.stop(timeout: 0)
        task.cancel()
        throw error
    }
}

/// `remaining` bytes, then an error, on which the server closes the connection.
struct CutShortBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let remaining: Int

    struct ConnectionDropped: Error {}

    func makeAsyncIterator() -> Iterator {
        Iterator(remaining: remaining)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var remaining: Int

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            guard remaining > 0 else { throw ConnectionDropped() }
            let size = Swift.min(Swift.max(count, 1), remaining)
            remaining -= size
            return ArraySlice(repeating: 7, count: size)
        }
    }
}
