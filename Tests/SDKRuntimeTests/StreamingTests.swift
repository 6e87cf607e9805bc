import Foundation
@_spi(Generated) import SDKRuntime
import Streams
import Testing

/// Streamed responses of the streams fixture's generated code, against a real server:
/// events delivered as they come, a recorded OpenAI-style chat stream, JSON Lines, binary
/// bodies and a large download read with flat memory.
@Suite(.timeLimit(.minutes(2)))
struct StreamingTests {
    func client(_ server: TestServer, configure: (inout APIClient.Configuration) -> Void = { _ in }) -> StreamsClient {
        var configuration = APIClient.Configuration(serverURL: server.url, retryPolicy: fastRetries, timeout: .seconds(10))
        configure(&configuration)
        return StreamsClient(client: APIClient(configuration: configuration))
    }

    static let chatRequest = CreateChatCompletionRequest(
        messages: [ChatMessage(content: "Hello", role: "user")], model: "gpt-4o-mini")

    static func eventStream(_ body: ScriptedBody) -> CannedResponse {
        CannedResponse(status: 200, headers: ["Content-Type": "text/event-stream"], scripted: body)
    }

    /// A chat completion chunk carrying `content`, as OpenAI sends them.
    static func chunk(_ content: String) -> String {
        #"data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"\#(content)"},"finish_reason":null}]}"#
            + "\n\n"
    }

    /// The server sends the second event only once the client has read the first: a client
    /// that waited for the end of the body would wait forever.
    @Test func serverSentEventsArriveBeforeTheStreamEnds() async throws {
        let gate = Gate()
        let body = ScriptedBody(parts: [
            ScriptedBody.text(Self.chunk("Hel")), .wait(gate), ScriptedBody.text(Self.chunk("lo") + "data: [DONE]\n\n"),
        ])
        try await withTestServer({ _ in Self.eventStream(body) }) { server in
            var contents: [String] = []
            for try await chunk in client(server).chat.createChatCompletionStream(body: Self.chatRequest) {
                contents.append(chunk.choices.first?.delta.content ?? "")
                gate.open()
            }
            #expect(contents == ["Hel", "lo"])
            let request = try #require(server.requests.first)
            #expect(request.header("Accept") == "text/event-stream")
            #expect(TestEncoding.jsonObject(request.body)?["stream"] as? Bool == true, "the stream method asks for the stream")
        }
    }

    /// A recorded OpenAI chat completion stream, with a comment and a role-only first
    /// chunk, decodes through the generated types; `[DONE]` ends it.
    @Test func recordedChatCompletionStreamDecodes() async throws {
        let recorded = Array(recordedChatCompletionStream.utf8)
        // Split into small chunks, so events straddle chunk boundaries.
        let parts = stride(from: 0, to: recorded.count, by: 7).map {
            ScriptedBody.Part.bytes(Array(recorded[$0..<min($0 + 7, recorded.count)]))
        }
        try await withTestServer({ _ in Self.eventStream(ScriptedBody(parts: parts)) }) { server in
            var text = ""
            var roles: [String] = []
            var finishReasons: [String] = []
            var count = 0
            for try await chunk in client(server).chat.createChatCompletionStream(body: Self.chatRequest) {
                count += 1
                #expect(chunk.object == "chat.completion.chunk")
                #expect(chunk.id == "chatcmpl-BxQ3ZkR1n8CwVZgmG7cSxT0Ll5Pp9")
                for choice in chunk.choices {
                    text += choice.delta.content ?? ""
                    if let role = choice.delta.role { roles.append(role) }
                    if let reason = choice.finishReason { finishReasons.append(reason) }
                }
            }
            #expect(count == 8)
            #expect(text == "Hello! How can I help you today?")
            #expect(roles == ["assistant"])
            #expect(finishReasons == ["stop"])
        }
    }

    /// The same operation still answers whole, as JSON, through its plain method.
    @Test func plainMethodStaysForTheSameOperation() async throws {
        let json = #"{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"Hi"},"finish_reason":"stop"}]}"#
        try await withTestServer({ _ in .json(200, json) }) { server in
            let response = try await client(server).chat.createChatCompletion(body: Self.chatRequest)
            #expect(response.choices.first?.message.content == "Hi")
            let request = try #require(server.requests.first)
            #expect(request.header("Accept") == "application/json")
            #expect(TestEncoding.jsonObject(request.body)?["stream"] == nil, "the plain method leaves `stream` as given")
        }
    }

    /// Events without a schema come as the server framed them: multi-line data, types,
    /// IDs and retry hints.
    @Test func rawEventsKeepTheirFields() async throws {
        let stream = ": connected\r\nretry: 3000\r\nid: 1\r\nevent: created\r\ndata: first\r\ndata: second\r\n\r\n"
            + "data: third\n\nevent: ignored\n\nid: 2\ndata: {\"n\":4}\n\n"
        try await withTestServer({ _ in Self.eventStream(ScriptedBody(parts: [ScriptedBody.text(stream)])) }) { server in
            var events: [ServerSentEvent] = []
            for try await event in client(server).events.listEvents() { events.append(event) }
            #expect(
                events == [
                    ServerSentEvent(event: "created", data: "first\nsecond", id: "1", retry: .seconds(3)),
                    ServerSentEvent(data: "third", id: "1", retry: .seconds(3)),
                    ServerSentEvent(data: #"{"n":4}"#, id: "2", retry: .seconds(3)),
                ])
            #expect(try events[2].decodeData(as: [String: Int].self) == ["n": 4])
        }
    }

    @Test func jsonLinesDecodeLineByLine() async throws {
        let lines = #"{"level":"info","message":"started"}"# + "\n\n" + #"{"level":"warn","message":"slow"}"# + "\r\n"
            + #"{"level":"info","message":"done"}"#
        let response = CannedResponse(
            status: 200, headers: ["Content-Type": "application/jsonl"], scripted: ScriptedBody(parts: [ScriptedBody.text(lines)]))
        try await withTestServer({ _ in response }) { server in
            var messages: [String] = []
            for try await line in client(server).logs.exportLogs(since: "today") { messages.append(line.message) }
            #expect(messages == ["started", "slow", "done"])
        }
    }

    @Test func jsonSequenceDecodesRecordByRecord() async throws {
        let records = "\u{1E}{\"level\":\"info\",\"message\":\"a\"}\n\u{1E}{\"level\":\"info\",\"message\":\"b\"}\n"
        let response = CannedResponse(status: 200, scripted: ScriptedBody(parts: [ScriptedBody.text(records)]))
        try await withTestServer({ _ in response }) { server in
            let apiClient = APIClient(serverURL: server.url, retryPolicy: fastRetries)
            let stream = EventStream<LogLine>(
                client: apiClient, request: Request<Data>(method: .get, path: "/logs", operationID: "logs"), format: .jsonSequence)
            var messages: [String] = []
            for try await line in stream { messages.append(line.message) }
            #expect(messages == ["a", "b"])
            #expect(server.requests.first?.header("Accept") == "application/json-seq")
        }
    }

    /// Audio offered as bytes or events is `Data` from the plain method, never text.
    @Test func binaryResponseDecodesAsData() async throws {
        let audio = Data([0xFF, 0xFB, 0x90, 0x00, 0xC3, 0x28, 0x80])  // not UTF-8
        let response = CannedResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], body: audio)
        try await withTestServer({ _ in response }) { server in
            let data: Data = try await client(server).audio.createSpeech(body: CreateSpeechRequest(input: "Hi", voice: "alloy"))
            #expect(data == audio)
        }
    }

    /// One event over the limit fails as it arrives; a stream longer than the limit is fine.
    @Test func eventLimitAppliesToEachEventNotTheStream() async throws {
        let small = ScriptedBody(parts: Array(repeating: ScriptedBody.text("data: " + String(repeating: "x", count: 100) + "\n\n"), count: 50))
        let large = ScriptedBody(parts: [ScriptedBody.text("data: " + String(repeating: "x", count: 5000))])
        try await withTestServer({ request in Self.eventStream(request.rawQuery.isEmpty ? small : large) }) { server in
            let apiClient = APIClient(
                configuration: APIClient.Configuration(serverURL: server.url, retryPolicy: fastRetries, maxResponseBodySize: 1000))
            var count = 0
            for try await _ in EventStream(client: apiClient, request: Events.listEvents()) { count += 1 }
            #expect(count == 50)
            var tooLarge = Events.listEvents()
            tooLarge.query = [URLQueryItem(name: "large", value: "1")]
            let error = await #expect(throws: SDKError.self) {
                for try await _ in EventStream(client: apiClient, request: tooLarge) {}
            }
            guard case .responseTooLarge(1000)? = error else {
                Issue.record("expected responseTooLarge, got \(String(describing: error))")
                return
            }
        }
    }

    @Test func failedStreamThrowsTheHTTPError() async throws {
        try await withTestServer({ _ in .json(400, #"{"error":{"message":"bad model"}}"#) }) { server in
            let error = await #expect(throws: SDKError.self) {
                for try await _ in client(server).chat.createChatCompletionStream(body: Self.chatRequest) {}
            }
            #expect(error?.status == 400)
        }
    }

    /// A body larger than the buffered limit, read through `bytes` and written by `download`.
    @Test func downloadsAreNotLimitedLikeBufferedBodies() async throws {
        let size = 4 << 20
        let body = ScriptedBody(parts: [.zeros(count: size)], announcedLength: size)
        let response = CannedResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], scripted: body)
        try await withTestServer({ _ in response }) { server in
            let apiClient = client(server) { $0.maxResponseBodySize = 1 << 20 }.client
            var received = 0
            for try await chunk in apiClient.bytes(Files.downloadFile(fileID: "big")) { received += chunk.count }
            #expect(received == size)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("streams-\(UUID().uuidString).bin")
            defer { try? FileManager.default.removeItem(at: file) }
            try await apiClient.download(Files.downloadFile(fileID: "big"), to: file)
            #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) == size)
            await #expect(throws: SDKError.self) { try await apiClient.send(Files.downloadFile(fileID: "big")) }
        }
    }

    /// 200 MB read through `bytes` and written by `download`, with the process's memory
    /// growing by far less than the body. Resident memory is the whole process's, and this
    /// test keeps both cores busy, so it runs alone: `SDKGEN_LARGE_DOWNLOAD=1 swift test
    /// --filter largeDownloadStreamsWithFlatMemory`.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SDKGEN_LARGE_DOWNLOAD"] == "1"))
    func largeDownloadStreamsWithFlatMemory() async throws {
        let size = 200 << 20
        let body = ScriptedBody(parts: [.zeros(count: size)], announcedLength: size)
        let response = CannedResponse(status: 200, headers: ["Content-Type": "application/octet-stream"], scripted: body)
        try await withTestServer({ _ in response }) { server in
            let files = client(server).client
            let before = ResidentMemory.current
            var peak = before
            var received = 0
            var chunks = 0
            for try await chunk in files.bytes(Files.downloadFile(fileID: "big")) {
                received += chunk.count
                chunks += 1
                if chunks % 64 == 0 { peak = max(peak, ResidentMemory.current) }
            }
            #expect(received == size)
            let growth = peak - before
            print("bytes: 200 MB in \(chunks) chunks, resident memory grew by \(growth >> 20) MB")
            #expect(growth < 64 << 20, "memory grew by \(growth >> 20) MB")

            let file = FileManager.default.temporaryDirectory.appendingPathComponent("streams-\(UUID().uuidString).bin")
            defer { try? FileManager.default.removeItem(at: file) }
            let downloaded = try await files.download(Files.downloadFile(fileID: "big"), to: file)
            #expect(downloaded.body == file)
            let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
            #expect((attributes[.size] as? Int) == size)
            let afterDownload = ResidentMemory.current - before
            print("download: 200 MB to a file, resident memory grew by \(afterDownload >> 20) MB")
            #expect(afterDownload < 64 << 20)
        }
    }
}

/// The process's resident memory, from `/proc/self/statm` (Linux) or Mach (Apple).
enum ResidentMemory {
    static var current: Int {
        #if os(Linux)
            guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
            let fields = text.split(separator: " ")
            guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
            return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
            var info = mach_task_basic_info()
            var count = mach_msg_type_number_t(MemoryLayout<mach_task_basic_info>.size / MemoryLayout<natural_t>.size)
            let result = withUnsafeMutablePointer(to: &info) {
                $0.withMemoryRebound(to: integer_t.self, capacity: Int(count)) {
                    task_info(mach_task_self_, task_flavor_t(MACH_TASK_BASIC_INFO), $0, &count)
                }
            }
            return result == KERN_SUCCESS ? Int(info.resident_size) : 0
        #endif
    }
}
