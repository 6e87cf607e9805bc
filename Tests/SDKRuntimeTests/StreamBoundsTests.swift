import Foundation
import Testing

@_spi(Generated) @testable import SDKRuntime

/// Streamed bodies held to bounded memory and bounded silence, against a real server: a
/// reader that falls behind suspends the transfer instead of buffering the body, and a
/// server that goes quiet fails the read after the idle timeout.
@Suite(.timeLimit(.minutes(1)))
struct StreamBoundsTests {
    static let download = Request<Data>(method: .get, path: "/download", responseFormat: .binary, operationID: "download")

    static func octets(_ body: ScriptedBody) -> CannedResponse {
        CannedResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], scripted: body)
    }

    /// A client of `server` on `clock`, with `idleTimeout` when given.
    static func client(_ server: TestServer, clock: TestClock, idleTimeout: Duration? = nil) -> APIClient {
        var configuration = APIClient.Configuration(serverURL: server.url, retryPolicy: .disabled, timeout: .seconds(10))
        configuration.clock = clock
        if let idleTimeout { configuration.idleTimeout = idleTimeout }
        return APIClient(configuration: configuration)
    }

    /// 64 MiB sent as fast as the server can, to a reader that stops for half a second
    /// after the first chunk: without a bound the transport buffers most of the body
    /// meanwhile. Where the transfer can be suspended (Apple platforms) it holds a little
    /// over the high-water mark and reading on to the end shows the transfer resumes; where
    /// it cannot (swift-corelibs-foundation), the body fails once the reader is more than
    /// the limit behind, having held little more than the limit.
    @Test func slowReaderIsBounded() async throws {
        let size = 64 << 20
        let limits = BufferLimits(high: 256 << 10, low: 64 << 10, limit: 8 << 20)
        try await withTestServer({ _ in Self.octets(ScriptedBody(parts: [.zeros(count: size)], announcedLength: size)) }) {
            server in
            let transport = DefaultTransport(bufferLimits: limits)
            let client = APIClient(serverURL: server.url, transport: transport, retryPolicy: .disabled, timeout: .seconds(10))
            var received = 0
            var paused = false
            func read() async throws {
                for try await chunk in client.bytes(Self.download) {
                    received += chunk.count
                    if !paused {
                        paused = true
                        try await Task.sleep(for: .milliseconds(500))
                    }
                }
            }
            let peak = { transport.peakBufferedBytes.withLock { $0 } }
            // What URLSession had already read when the task was suspended or cancelled still comes.
            let slack = 1 << 20
            if BufferLimits.canSuspend {
                try await read()
                #expect(received == size)
                #expect(peak() <= limits.high + slack, "buffered up to \(peak() >> 10) KiB")
            } else {
                let error = try await #require(throws: SDKError.self) { try await read() }
                guard case .transport(let failure) = error else {
                    Issue.record("expected a transport failure, got \(error)")
                    return
                }
                #expect(failure.underlying is ReaderFellBehind)
                #expect(received < size)
                #expect(peak() <= limits.limit + slack, "buffered up to \(peak() >> 10) KiB")
            }
        }
    }

    /// The head and one chunk, then silence: the read fails with the idle timeout, not
    /// when the server gives up.
    @Test func stalledStreamFailsAfterTheIdleTimeout() async throws {
        let response = CannedResponse(status: 200, stalling: StallingBody(prefix: Data(count: 100)))
        try await withTestServer({ _ in response }) { server in
            let clock = TestClock()
            let client = Self.client(server, clock: clock)
            let received = Locked(0)
            let error = await expectFailure(within: .seconds(5)) {
                for try await chunk in client.bytes(Self.download, options: RequestOptions(idleTimeout: .milliseconds(300))) {
                    // After the prefix, the next read waits: let its idle timeout pass.
                    if received.withLock({ $0 += chunk.count; return $0 }) == 100 {
                        Task { try await clock.advance(pastSleepOf: .milliseconds(300)) }
                    }
                }
            }
            guard case .timedOut(let after)? = error as? SDKError else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
            #expect(after == .milliseconds(300))
            #expect(received.withLock { $0 } == 100)
            #expect(clock.elapsed == .milliseconds(300))
        }
    }

    /// The client's idle timeout applies to event streams when the call sets none.
    @Test func stalledEventStreamFailsAfterTheClientsIdleTimeout() async throws {
        let response = CannedResponse(
            status: 200, headers: ["Content-Type": "text/event-stream"],
            stalling: StallingBody(prefix: Data("data: first\n\n".utf8)))
        try await withTestServer({ _ in response }) { server in
            let clock = TestClock()
            let client = Self.client(server, clock: clock, idleTimeout: .milliseconds(300))
            let events = Recorder<String>()
            let error = await expectFailure(within: .seconds(5)) {
                let request = Request<Data>(method: .get, path: "/events", operationID: "events")
                for try await event in EventStream(client: client, request: request) {
                    events.append(event.data)
                    Task { try await clock.advance(pastSleepOf: .milliseconds(300)) }
                }
            }
            guard case .timedOut(.milliseconds(300))? = error as? SDKError else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
            #expect(events.values == ["first"])
        }
    }

    /// A download that stalls fails and leaves no partial file.
    @Test func stalledDownloadFailsAfterTheIdleTimeout() async throws {
        let response = CannedResponse(status: 200, stalling: StallingBody(prefix: Data(count: 100), announcedLength: 1000))
        try await withTestServer({ _ in response }) { server in
            let clock = TestClock()
            let client = Self.client(server, clock: clock)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("stall-\(UUID().uuidString).bin")
            defer { try? FileManager.default.removeItem(at: file) }
            // Each read's idle timeout passes as soon as it is under way: the prefix's, when
            // it comes before the bytes do, then the stall's.
            let idle = Task {
                while true { try await clock.advance(pastSleepOf: .milliseconds(300)) }
            }
            defer { idle.cancel() }
            let error = await expectFailure(within: .seconds(5)) {
                try await client.download(Self.download, to: file, options: RequestOptions(idleTimeout: .milliseconds(300)))
            }
            guard case .timedOut? = error as? SDKError else {
                Issue.record("expected a timeout, got \(String(describing: error))")
                return
            }
            #expect(!FileManager.default.fileExists(atPath: file.path))
        }
    }

    /// The idle timeout measures the server's silence, not the reader's: a reader pausing
    /// longer than it between chunks of a body that keeps coming is not cut off.
    @Test func readerPausesDoNotCountAsIdle() async throws {
        let size = 4 << 20
        try await withTestServer({ _ in Self.octets(ScriptedBody(parts: [.zeros(count: size)], announcedLength: size)) }) {
            server in
            let transport = DefaultTransport(bufferLimits: BufferLimits(high: 256 << 10, low: 64 << 10, limit: 64 << 20))
            let clock = TestClock()
            var configuration = APIClient.Configuration(
                serverURL: server.url, transport: transport, retryPolicy: .disabled, timeout: .seconds(10))
            configuration.clock = clock
            let client = APIClient(configuration: configuration)
            var received = 0
            var pauses = 0
            for try await chunk in client.bytes(Self.download, options: RequestOptions(idleTimeout: .milliseconds(200))) {
                received += chunk.count
                if pauses < 2 {
                    // The reader pauses for twice the idle timeout.
                    pauses += 1
                    clock.advance(by: .milliseconds(400))
                }
            }
            #expect(received == size)
            #expect(clock.elapsed == .milliseconds(800))
        }
    }

    @Test func defaultIdleTimeoutIsFiveMinutes() {
        let configuration = APIClient.Configuration(serverURL: URL(string: "https://api.example.com")!)
        #expect(configuration.idleTimeout == .seconds(300))
        #expect(RequestOptions().idleTimeout == nil)
    }
}

/// Runs `body`, which must fail within `limit`; returns its error, or records an issue and
/// returns `nil` when it succeeds or is still running at the limit (it is then cancelled).
func expectFailure(
    within limit: Duration, sourceLocation: SourceLocation = #_sourceLocation, _ body: @escaping @Sendable () async throws -> Void
) async -> (any Error)? {
    enum Outcome: Sendable {
        case failed(any Error)
        case succeeded
        case stillRunning
    }
    let outcome = await withTaskGroup(of: Outcome.self) { group in
        group.addTask {
            do {
                try await body()
                return .succeeded
            } catch {
                return .failed(error)
            }
        }
        group.addTask {
            try? await Task.sleep(for: limit)
            return .stillRunning
        }
        let first = await group.next() ?? .stillRunning
        group.cancelAll()
        return first
    }
    switch outcome {
    case .failed(let error):
        return error
    case .succeeded:
        Issue.record("expected a failure, the call succeeded", sourceLocation: sourceLocation)
    case .stillRunning:
        Issue.record("expected a failure within \(limit), the call was still running", sourceLocation: sourceLocation)
    }
    return nil
}
