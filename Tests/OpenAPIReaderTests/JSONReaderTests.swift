import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

final class JSONReaderTests: XCTestCase {
    func testJSONAndYAMLGiveTheSameTree() throws {
        let yaml = try readYAML(
            """
            openapi: 3.1.0
            info:
              title: Pets
              version: '1'
            servers:
              - url: https://example.com
                variables:
                  port:
                    default: '443'
                    enum: [8443, '443']
            flags: [true, false, null]
            count: 12
            """)
        let (json, _) = try readJSON(
            """
            {
              "openapi": "3.1.0",
              "info": {"title": "Pets", "version": "1"},
              "servers": [
                {"url": "https://example.com",
                 "variables": {"port": {"default": "443", "enum": [8443, "443"]}}}
              ],
              "flags": [true, false, null],
              "count": 12
            }
            """)
        XCTAssertEqual(canonical(json), canonical(yaml))
        // The comparison must see types, not only text.
        XCTAssertTrue(canonical(json).contains("enum: [int(8443), str(443)]"), canonical(json))
        XCTAssertTrue(canonical(json).contains("flags: [true, false, null]"), canonical(json))
    }

    func testJSONScalarsAreTyped() throws {
        let (root, _) = try readJSON(#"{"s": "8443", "n": 8443, "t": true, "f": false, "z": null, "v": "1.0"}"#)
        XCTAssertEqual(root["s"]?.scalar?.text, "8443")
        XCTAssertNil(root["s"]?.scalar?.int, "a JSON string is never a number")
        XCTAssertEqual(root["n"]?.scalar?.int, 8443)
        XCTAssertEqual(root["t"]?.scalar?.bool, true)
        XCTAssertEqual(root["f"]?.scalar?.bool, false)
        XCTAssertNil(root["n"]?.scalar?.bool, "numbers are not booleans")
        XCTAssertEqual(root["z"]?.scalar?.isNull, true)
        XCTAssertEqual(root["v"]?.scalar?.text, "1.0")
    }

    func testSyntaxErrorHasItsLineAndColumn() {
        let text = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Pets",, "version": "1"}
            }
            """
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array(text.utf8), path: "bad.json")
        }
        let first = diagnostics.first
        XCTAssertEqual(first?.severity, .error)
        XCTAssertEqual(first?.location?.line, 3, "\(diagnostics)")
        XCTAssertTrue((first?.location?.column ?? 0) > 1, "\(diagnostics)")
        XCTAssertTrue(first?.description.hasPrefix("bad.json:3:") == true, "\(diagnostics)")
        XCTAssertTrue(first?.message.hasPrefix("invalid JSON") == true, "\(diagnostics)")
    }

    func testUnterminatedJSONIsAnError() {
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array("{\n  \"a\": [1, 2\n".utf8), path: "cut.json")
        }
        XCTAssertTrue(diagnostics.first?.description.hasPrefix("cut.json:") == true, "\(diagnostics)")
    }

    func testSurrogatePairEscapesAreRead() throws {
        let (root, _) = try readJSON(#"{"face": "\ud83d\ude00", "e": "caf\u00e9"}"#)
        XCTAssertEqual(root["face"]?.scalar?.text, "😀")
        XCTAssertEqual(root["e"]?.scalar?.text, "café")
    }

    func testDocumentReaderSendsSurrogatePairsToTheJSONReader() throws {
        let parsed = try DocumentReader.read(Array("  \n{\"face\": \"\\ud83d\\ude00\"}".utf8), path: "doc.json")
        let (root, source) = (parsed.root, parsed.source)
        XCTAssertEqual(root["face"]?.scalar?.text, "😀")
        XCTAssertEqual(source.jsonPointer(of: try XCTUnwrap(root["face"]).mark), "/face")
    }

    func testDocumentReaderReadsYAMLWhenTheTextDoesNotOpenWithABrace() throws {
        let parsed = try DocumentReader.read(Array("a: [1]\n".utf8), path: "doc.yaml")
        let (root, source) = (parsed.root, parsed.source)
        XCTAssertEqual(root["a"]?.items?.first?.scalar?.int, 1)
        XCTAssertNil(source.jsonPointer(of: root.mark))
        XCTAssertEqual(root["a"]?.mark, Mark.position(line: 1, column: 4))
    }

    func testNodeLocationsComeFromTheSourceMap() throws {
        let text = """
            {
              "info": {
                "title": "Pets"
              },
              "a/b": {"x~y": [10, {"deep": "here"}]}
            }
            """
        let (root, source) = try readJSON(text, path: "map.json")
        let title = try XCTUnwrap(root["info"]?["title"])
        XCTAssertEqual(source.location(of: title.mark), SourceLocation(file: "map.json", line: 3, column: 14))
        XCTAssertEqual(source.location(of: try XCTUnwrap(root["info"]).mark).line, 2)
        XCTAssertEqual(source.location(of: root.mark), SourceLocation(file: "map.json", line: 1, column: 1))
        let deep = try XCTUnwrap(root["a/b"]?["x~y"]?.items?[1]["deep"])
        XCTAssertEqual(source.location(of: deep.mark), SourceLocation(file: "map.json", line: 5, column: 32))
        XCTAssertEqual(source.jsonPointer(of: deep.mark), "/a~1b/x~0y/1/deep")
    }

    func testSourceMapSkipsStringsHoldingBracketsAndEscapedQuotes() throws {
        let text = """
            {"a": "}]{[\\"", "b\\"c": [",", {"d": 1}],
             "e": true}
            """
        let (root, source) = try readJSON(text)
        let d = try XCTUnwrap(root["b\"c"]?.items?[1]["d"])
        XCTAssertEqual(source.location(of: d.mark), SourceLocation(file: "test.json", line: 1, column: 37))
        XCTAssertEqual(source.location(of: try XCTUnwrap(root["e"]).mark), SourceLocation(file: "test.json", line: 2, column: 7))
    }

    func testNestingDeeperThanTheLimitIsAnError() {
        let depth = ReaderLimits.maxDepth + 2
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array(text.utf8), path: "deep.json")
        }
        XCTAssertTrue(diagnostics.contains { $0.message.contains("nesting") || $0.message.contains("invalid JSON") }, "\(diagnostics)")
    }

    func testSemanticErrorInAJSONSpecIsPlacedThroughTheSourceMap() {
        let text = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Pets", "version": "1"},
              "paths": []
            }
            """
        let diagnostics = parseErrors(text, path: "spec.json")
        let paths = diagnostic(containing: "'paths'", in: diagnostics)
        XCTAssertEqual(paths?.location, SourceLocation(file: "spec.json", line: 4, column: 12), "\(diagnostics)")
        XCTAssertEqual(paths?.description, "spec.json:4:12: error: expected 'paths' to be a mapping, found a sequence")
    }

    func testMissingFieldInAJSONSpecIsPlacedAtItsParent() {
        let text = """
            {
              "openapi": "3.1.0",
              "info": {
                "title": "Pets"
              }
            }
            """
        let diagnostics = parseErrors(text, path: "spec.json")
        let missing = diagnostic(containing: "'version'", in: diagnostics)
        XCTAssertEqual(missing?.location?.line, 3, "\(diagnostics)")
        XCTAssertEqual(missing?.location?.column, 11, "\(diagnostics)")
    }
}
