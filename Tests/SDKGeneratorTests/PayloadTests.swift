import Foundation
import Payloads
@_spi(Generated) import SDKRuntime
import XCTest

/// The payloads fixture's generated models (compiled as the `Payloads` module) on the
/// shapes real servers send: each value decodes as the right case or type, and encodes
/// back to the same JSON.
final class PayloadTests: XCTestCase {
    /// Collects what decoders keep without understanding.
    private final class Fallbacks: DecodingFallbackReporter, @unchecked Sendable {
        private let lock = NSLock()
        private var paths: [String] = []

        var reported: [String] { lock.withLock { paths } }

        func keptUnknown(_ value: JSONValue, of type: Any.Type, at codingPath: [any CodingKey]) {
            lock.withLock { paths.append("\(type) at \(codingPath.map(\.stringValue).joined(separator: "."))") }
        }
    }

    /// Decodes `json` as `T`, checks that it encodes back to the same JSON, and returns
    /// the value with what was reported as unknown.
    private func roundTrip<T: Codable>(
        _ type: T.Type, _ json: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> (value: T, fallbacks: [String]) {
        let fallbacks = Fallbacks()
        let decoder = JSONCoding.makeDecoder()
        decoder.userInfo[DecodingFallbacks.key] = fallbacks
        let value = try decoder.decode(T.self, from: Data(json.utf8))
        let encoded = try JSONCoding.makeEncoder().encode(value)
        let original = try JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])
        let again = try JSONSerialization.jsonObject(with: encoded, options: [.fragmentsAllowed])
        XCTAssertEqual(
            Self.canonical(original), Self.canonical(again), "\(T.self) does not encode back to what it decoded from",
            file: file, line: line)
        return (value, fallbacks.reported)
    }

    /// JSON as comparable text: keys sorted, numbers by value, `null` members left out.
    private static func canonical(_ value: Any) -> String {
        switch value {
        case let object as [String: Any]:
            let members = object.filter { !($0.value is NSNull) }.sorted { $0.key < $1.key }
            return "{" + members.map { "\($0.key):\(canonical($0.value))" }.joined(separator: ",") + "}"
        case let array as [Any]:
            return "[" + array.map(canonical).joined(separator: ",") + "]"
        case let number as NSNumber:
            return String(cString: number.objCType) == "c" ? (number.boolValue ? "true" : "false") : "\(number.doubleValue)"
        case let string as String:
            return "\"\(string)\""
        default:
            return "null"
        }
    }

    // MARK: Discriminators without a mapping

    func testDiscriminatorValuesAreTheAlternativesOwnConstants() throws {
        let message = try roundTrip(OutputItem.self, #"{"type": "message", "id": "msg_1", "content": ["Hi"]}"#)
        guard case .outputMessage(let value) = message.value else { return XCTFail("\(message.value)") }
        XCTAssertEqual(value.id, "msg_1")
        let call = try roundTrip(OutputItem.self, #"{"type": "function_call", "name": "f", "arguments": "{}"}"#)
        guard case .functionCall = call.value else { return XCTFail("\(call.value)") }
        // An alternative without a constant is selected by its schema's name.
        guard case .reasoning = try roundTrip(OutputItem.self, #"{"type": "Reasoning", "summary": "s"}"#).value else {
            return XCTFail("Reasoning")
        }
        let unknown = try roundTrip(OutputItem.self, #"{"type": "image_generation_call", "id": "x"}"#)
        guard case .undocumented = unknown.value else { return XCTFail("\(unknown.value)") }
        XCTAssertEqual(unknown.fallbacks, ["OutputItem at "], "an unknown alternative is reported")
        XCTAssertEqual(message.fallbacks + call.fallbacks, [])
    }

    func testAlternativesSharingADiscriminatorValueAreChosenByFit() throws {
        let system = try roundTrip(ConversationItem.self, #"{"type": "message", "role": "system", "text": "Be brief."}"#)
        guard case .systemMessage(let value) = system.value else { return XCTFail("\(system.value)") }
        XCTAssertEqual(value.text, "Be brief.")
        let user = try roundTrip(ConversationItem.self, #"{"type": "message", "role": "user", "text": "Hi"}"#)
        guard case .userMessage = user.value else { return XCTFail("\(user.value)") }
        let call = try roundTrip(ConversationItem.self, #"{"type": "function_call", "name": "f", "arguments": "{}"}"#)
        guard case .functionCall = call.value else { return XCTFail("\(call.value)") }
        let other = try roundTrip(ConversationItem.self, #"{"type": "message", "role": "tool", "text": "x"}"#)
        guard case .undocumented = other.value else { return XCTFail("\(other.value)") }
        XCTAssertEqual(other.fallbacks, ["ConversationItem at "])
        XCTAssertEqual(system.fallbacks + user.fallbacks + call.fallbacks, [])
    }

    // MARK: Unions chosen by fit

    func testObjectAlternativesAreChosenByConstantsAndRequiredMembers() throws {
        let mcp = try roundTrip(Tool.self, #"{"type": "mcp", "server_label": "deepwiki", "server_url": "https://x"}"#)
        guard case .mcpTool(let tool) = mcp.value else { return XCTFail("an MCP tool decoded as \(mcp.value)") }
        XCTAssertEqual(tool.serverLabel, "deepwiki")
        guard case .functionTool = try roundTrip(Tool.self, #"{"type": "function", "name": "lookup"}"#).value else {
            return XCTFail("function")
        }
        // Every member optional: chosen only by its values and the members it explains.
        guard case .webSearchTool = try roundTrip(Tool.self, #"{"type": "web_search", "search_context_size": "low"}"#).value
        else { return XCTFail("web search") }
        XCTAssertEqual(try roundTrip(Tool.self, #"{"type": "mcp", "server_label": "a"}"#).fallbacks, [])
    }

    func testScalarAlternativesAreChosenByKind() throws {
        guard case .integer(3) = try roundTrip(Amount.self, "3").value else { return XCTFail("3 is an integer") }
        guard case .number(2.5) = try roundTrip(Amount.self, "2.5").value else { return XCTFail("2.5 is a number") }
        guard case .string("3") = try roundTrip(Amount.self, #""3""#).value else { return XCTFail("\"3\" is a string") }
        guard case .array(["a", "b"]) = try roundTrip(Stop.self, #"["a", "b"]"#).value else { return XCTFail("array") }
        guard case .string("end") = try roundTrip(Stop.self, #""end""#).value else { return XCTFail("string") }
    }

    func testConstantAlternativesAreOneEnumNamedByTheirTitles() throws {
        XCTAssertEqual(try roundTrip(Priority.self, "2").value, .medium)
        let unknown = try roundTrip(Priority.self, "9")
        XCTAssertEqual(unknown.value, .undocumented(9))
        XCTAssertFalse(unknown.value.isKnown)
        XCTAssertEqual(unknown.fallbacks, ["Priority at "])
    }

    // MARK: allOf and oneOf with annotation-only members, extra properties, shared types

    func testAnnotationOnlyMembersLeaveTheReferencedType() throws {
        let json = #"""
            {"gid": "1", "assignee": {"gid": "u1", "name": "Ada"}, "follower": null, "priority": 3,
             "tools": [{"type": "mcp", "server_label": "x"}],
             "expanded": [{"@type": "type.googleapis.com/c1.api.app.v1.AppUser", "id": "au1", "displayName": "Ada", "roles": ["admin"]}]}
            """#
        let (task, fallbacks) = try roundTrip(TaskModel.self, json)
        XCTAssertEqual(task.assignee?.name, "Ada")
        XCTAssertNil(task.follower)
        XCTAssertEqual(task.priority, .high)
        XCTAssertEqual(fallbacks, [])
        // The expanded object keeps every member, and can be read as another model.
        let expanded = try XCTUnwrap(task.expanded?.first)
        XCTAssertEqual(expanded.type, "type.googleapis.com/c1.api.app.v1.AppUser")
        XCTAssertEqual(expanded.additionalProperties["displayName"], "Ada")
        XCTAssertEqual(expanded.additionalProperties["roles"], ["admin"])
        let user = ExpandedItem(type: "example.User", additionalProperties: ["gid": "u2", "name": "Bob"])
        XCTAssertEqual(try user.additionalProperties.decode(as: User.self), User(gid: "u2", name: "Bob"))
    }

    func testIdenticalInlineSchemasAreOneType() throws {
        let list = try roundTrip(ItemList.self, #"{"list": [], "expanded": [{"@type": "t", "a": 1}]}"#).value
        let task = TaskModel(expanded: list.expanded, gid: "1")
        XCTAssertEqual(task.expanded, list.expanded, "TaskModel and ItemList share ExpandedItem")
    }

    func testTypedExtraPropertiesAreKept() throws {
        let counts = try roundTrip(Counts.self, #"{"total": 3, "open": 2, "closed": 1}"#).value
        XCTAssertEqual(counts.total, 3)
        XCTAssertEqual(counts.additionalProperties, ["open": 2, "closed": 1])
    }

    // MARK: Recursion through unions

    func testExpandableFieldsDecodeAsIdsOrObjects() throws {
        let json = #"""
            {"id": "cus_1", "default_source": {"id": "src_1", "customer": "cus_1"},
             "parent": {"id": "cus_0", "parent": "cus_root"}}
            """#
        let customer = try roundTrip(Customer.self, json).value
        guard case .source(let source) = customer.defaultSource, case .string("cus_1") = source.customer else {
            return XCTFail("\(String(describing: customer.defaultSource))")
        }
        guard case .customer(let parent) = customer.parent, case .string("cus_root") = parent.parent else {
            return XCTFail("\(String(describing: customer.parent))")
        }
        let charge = try roundTrip(Charge.self, #"{"id": "ch_1", "customer": {"id": "cus_1"}}"#).value
        guard case .customer(let owner) = charge.customer else { return XCTFail("\(String(describing: charge.customer))") }
        XCTAssertEqual(owner.id, "cus_1")
    }

    // MARK: Defaults

    func testSpecDefaultsAreTheInitializersDefaults() throws {
        let settings = Settings()
        XCTAssertEqual(settings.retries, 3)
        XCTAssertEqual(settings.mode, .slow)
        XCTAssertEqual(settings.verbose, false)
        XCTAssertNil(settings.label, "optional properties are left for the server to default")
    }
}
