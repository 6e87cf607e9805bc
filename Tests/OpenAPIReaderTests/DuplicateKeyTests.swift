import Foundation
import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// A key written twice in one mapping is an error naming both places, in YAML and in JSON:
/// reading either value silently would lose the other.
final class DuplicateKeyTests: XCTestCase {
    // MARK: YAML

    private func yamlErrors(_ text: String, path: String = "twice.yaml") -> [String] {
        expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: path, parallelism: .serial)
        }.map(\.description)
    }

    func testDuplicateKeyInABlockMapping() {
        XCTAssertEqual(yamlErrors("a: 1\nb: 2\na: 3\n"), ["twice.yaml:3:1: error: duplicate key 'a'; first at line 1"])
    }

    func testDuplicateKeyInAFlowMapping() {
        XCTAssertEqual(yamlErrors("root: {x: 1,\n  y: 2, x: 3}\n"), ["twice.yaml:2:9: error: duplicate key 'x'; first at line 1"])
    }

    func testDuplicateKeyInALargeMapping() {
        // Past the keys searched one by one: found through the mapping's index.
        let text = "m:\n" + (0..<40).map { "  k\($0): v\n" }.joined() + "  k3: again\n"
        XCTAssertEqual(yamlErrors(text), ["twice.yaml:42:3: error: duplicate key 'k3'; first at line 5"])
        let late = "m:\n" + (0..<40).map { "  k\($0): v\n" }.joined() + "  k39: again\n"
        XCTAssertEqual(yamlErrors(late), ["twice.yaml:42:3: error: duplicate key 'k39'; first at line 41"])
    }

    func testKeysAreComparedByTheirText() throws {
        // Quoted or not, `200` reads as the same key; so do canonically equivalent spellings.
        XCTAssertEqual(yamlErrors("'200': a\n200: b\n"), ["twice.yaml:2:1: error: duplicate key '200'; first at line 1"])
        XCTAssertEqual(yamlErrors("caf\u{E9}: 1\ncafe\u{301}: 2\n").count, 1)
        XCTAssertEqual(try readYAML("k: &a x\n*a : y\n").entries?.count, 2, "an alias to a value is not the key `k`")
        XCTAssertEqual(yamlErrors("&k x: 1\n*k : 2\n"), ["twice.yaml:2:1: error: duplicate key 'x'; first at line 1"])
    }

    func testTheSameKeyInDifferentMappingsIsFine() throws {
        let root = try readYAML("a: {name: 1}\nb: {name: 2}\nlist: [{name: 1}, {name: 2}]\nName: 3\nname: 4\n")
        XCTAssertEqual(root["b"]?["name"]?.scalar?.int, 2)
        XCTAssertEqual(root.entries?.count, 5)
    }

    func testALongKeyIsShortenedInTheMessage() {
        let key = String(repeating: "k", count: 500)
        let errors = yamlErrors("\(key): 1\n\(key): 2\n")
        XCTAssertEqual(errors, ["twice.yaml:2:1: error: duplicate key '\(String(repeating: "k", count: 77))...'; first at line 1"])
    }

    func testDuplicatePathInASpec() {
        let text = spec(
            """
            paths:
              /pets:
                get: {responses: {}}
              /pets:
                post: {responses: {}}
            """)
        XCTAssertEqual(parseErrors(text, path: "paths.yaml").map(\.description), ["paths.yaml:8:3: error: duplicate key '/pets'; first at line 6"])
    }

    // MARK: JSON

    private func jsonErrors(_ text: String, path: String = "twice.json") -> [String] {
        expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array(text.utf8), path: path)
        }.map(\.description)
    }

    func testDuplicateKeyInJSON() {
        let text = """
            {
              "a": 1,
              "b": {"c": [1, {"d": 2, "e": 3}]},
              "a": 4
            }
            """
        XCTAssertEqual(jsonErrors(text), ["twice.json:4:3: error: duplicate key 'a'; first at line 2"])
    }

    func testDuplicateKeyDeepInJSON() {
        let text = #"{"a": {"list": [{"x": 1, "y": "x:", "x": 2}]}}"#
        XCTAssertEqual(jsonErrors(text), ["twice.json:1:37: error: duplicate key 'x'; first at line 1"])
    }

    func testEscapedSpellingsOfOneJSONKey() {
        XCTAssertEqual(jsonErrors(#"{"ab": 1, "\u0061b": 2}"#), [#"twice.json:1:11: error: duplicate key 'ab'; first at line 1"#])
        XCTAssertEqual(jsonErrors(#"{"a\"": 1, "a\u0022": 2}"#), [#"twice.json:1:12: error: duplicate key 'a"'; first at line 1"#])
        XCTAssertEqual(jsonErrors(#"{"\ud83d\ude00": 1, "😀": 2}"#), [#"twice.json:1:21: error: duplicate key '😀'; first at line 1"#])
        XCTAssertEqual(jsonErrors(#"{"caf\u00e9": 1, "cafe\u0301": 2}"#).count, 1)
    }

    func testBackslashesBeforeAQuoteAreCounted() {
        // `"\\"` ends at its second quote; `"\\\":"` holds an escaped quote and a colon.
        XCTAssertEqual(jsonErrors(#"{"x": "\\", "y": "\\\":", "x": 1}"#), [#"twice.json:1:27: error: duplicate key 'x'; first at line 1"#])
        XCTAssertNoThrow(try JSONReader.read(Array(#"{"x": "\\", "y": "\\\":", "z": ":\\\\"}"#.utf8), path: "ok.json"))
    }

    func testJSONWithoutDuplicatesIsRead() throws {
        // Colons and quotes inside strings, escaped quotes, and keys repeated in other objects.
        let (root, _) = try readJSON(#"{"a:b": "c:d", "q\"": {"a:b": [":", "\\"]}, "e": [{"k": 1}, {"k": 2}]}"#)
        XCTAssertEqual(root.entries?.count, 3)
        XCTAssertEqual(root["q\""]?["a:b"]?.items?.count, 2)
    }

    func testSharedJSONSpecsHaveNoDuplicateKeys() throws {
        for name in ["real-world/rw-twilio-api-v2010.json", "oai/oai-v3.0-uspto.json", "oai/oai-learn-v3.1-tictactoe.json"] {
            let path = try sharedSpec(name).path
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            XCTAssertNoThrow(try JSONReader.read(bytes, path: path), name)
            XCTAssertNil(JSONDuplicateKeys.first(in: bytes), name)
        }
    }
}
