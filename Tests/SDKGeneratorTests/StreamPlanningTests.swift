import Foundation
@testable import SDKGenerator
import XCTest

/// Which operations get a stream method, its name, its events and the media type the
/// plain method reads.
final class StreamPlanningTests: XCTestCase {
    private func fixturePlan() throws -> SDKPlan {
        let spec = TestPaths.fixtures.appendingPathComponent("streams/spec.yaml")
        return try PlanTestSupport.plan(try String(contentsOf: spec, encoding: .utf8), options: GeneratorOptions(moduleName: "Streams")).plan
    }

    private func operation(_ operationID: String) throws -> PlannedOperation {
        try XCTUnwrap(try fixturePlan().groups.flatMap(\.operations).first { $0.operationID == operationID }, "no operation \(operationID)")
    }

    func testJSONOrEventsKeepsThePlainMethodAndAddsAStreamOne() throws {
        let operation = try operation("createChatCompletion")
        XCTAssertEqual(operation.response, .named("CreateChatCompletionResponse"))
        XCTAssertEqual(operation.responseFormat, .json)
        let streaming = try XCTUnwrap(operation.streaming)
        XCTAssertEqual(streaming.name, "createChatCompletionStream")
        XCTAssertEqual(streaming.format, .serverSentEvents)
        XCTAssertEqual(streaming.event, .named("CreateChatCompletionStreamResponse"))
        XCTAssertFalse(streaming.replacesSender)
        XCTAssertEqual(streaming.streamFlag?.swiftName, "stream")
    }

    /// Binary audio beside `text/event-stream` is `Data`: the stream never wins the plain method.
    func testBinaryBesideEventsIsData() throws {
        let operation = try operation("createSpeech")
        XCTAssertEqual(operation.response, .builtin(.data))
        XCTAssertEqual(operation.responseFormat, .binary)
        XCTAssertEqual(operation.streaming?.name, "createSpeechStream")
        XCTAssertNil(operation.streaming?.streamFlag, "the body has no Boolean `stream`")
    }

    func testStreamOnlyOperationTakesItsOwnName() throws {
        let events = try XCTUnwrap(try operation("listEvents").streaming)
        XCTAssertEqual(events.name, "listEvents")
        XCTAssertTrue(events.replacesSender)
        XCTAssertNil(events.event, "no schema: raw ServerSentEvent values")
        let logs = try XCTUnwrap(try operation("exportLogs").streaming)
        XCTAssertEqual(logs.format, .jsonLines)
        XCTAssertEqual(logs.event, .named("LogLine"))
    }

    func testStreamNameDoesNotTakeAnotherOperationsName() throws {
        let yaml = PlanTestSupport.document(paths: """
            /a:
              get:
                operationId: watch
                tags: [Feed]
                responses:
                  "200":
                    description: OK
                    content:
                      application/json: {schema: {type: object, properties: {n: {type: integer}}}}
                      text/event-stream: {}
            /b:
              get:
                operationId: watchStream
                tags: [Feed]
                responses:
                  "204": {description: none}
            /c:
              get:
                operationId: ping
                tags: [Health]
                responses:
                  "204": {description: none}
            """)
        let operations = try PlanTestSupport.plan(yaml).plan.groups.flatMap(\.operations)
        let watch = try XCTUnwrap(operations.first { $0.operationID == "watch" })
        let other = try XCTUnwrap(operations.first { $0.operationID == "watchStream" })
        let name = try XCTUnwrap(watch.streaming?.name)
        XCTAssertTrue(name.hasPrefix(watch.swiftName + "Stream"), name)
        XCTAssertNotEqual(name, other.swiftName)
        XCTAssertEqual(other.swiftName, watch.swiftName + "Stream", "the names collide without the scope")
    }

    func testMediaKinds() {
        XCTAssertEqual(MediaKind("text/event-stream; charset=utf-8"), .eventStream)
        XCTAssertEqual(MediaKind("application/x-ndjson"), .jsonLines)
        XCTAssertEqual(MediaKind("application/json-seq"), .jsonSequence)
        XCTAssertEqual(MediaKind("audio/mpeg"), .binary)
    }
}
