import Foundation
import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

// Small helpers shared by the reader tests: read inline text, expect errors, compare trees.

/// Reads `text` as YAML, failing the test on an error.
func readYAML(_ text: String, path: String = "test.yaml", file: StaticString = #filePath, line: UInt = #line) throws -> Node {
    do {
        return try YAMLReader.read(Array(text.utf8), path: path, parallelism: .parallel).root
    } catch {
        XCTFail("unexpected YAML error: \(error)", file: file, line: line)
        throw error
    }
}

/// Reads `text` as JSON, failing the test on an error.
func readJSON(_ text: String, path: String = "test.json", file: StaticString = #filePath, line: UInt = #line) throws -> (Node, SourceFile) {
    do {
        let parsed = try JSONReader.read(Array(text.utf8), path: path)
        return (parsed.root, parsed.source)
    } catch {
        XCTFail("unexpected JSON error: \(error)", file: file, line: line)
        throw error
    }
}

/// A file under `../shared/specs` beside the package, or a skip saying why the test cannot run.
func sharedSpec(_ path: String) throws -> URL {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/specs/\(path)")
    guard FileManager.default.fileExists(atPath: url.path) else {
        throw XCTSkip("needs ../shared/specs/\(path) beside the package (present in CI, not in a fresh clone)")
    }
    return url
}

/// Parses an OpenAPI document, failing the test on an error.
func parseSpec(_ text: String, path: String = "spec.yaml", file: StaticString = #filePath, line: UInt = #line) throws -> OpenAPIParser.Result {
    do {
        return try OpenAPIParser.parse(Array(text.utf8), path: path)
    } catch {
        XCTFail("unexpected parse error: \(error)", file: file, line: line)
        throw error
    }
}

/// The diagnostics `body` throws; fails the test (and returns none) when it does not throw.
func expectDiagnostics<T>(
    file: StaticString = #filePath, line: UInt = #line, _ body: () throws(DiagnosticsError) -> T
) -> [Diagnostic] {
    do {
        _ = try body()
        XCTFail("expected an error, but reading succeeded", file: file, line: line)
        return []
    } catch {
        XCTAssertFalse(error.diagnostics.isEmpty, "an error must carry at least one diagnostic", file: file, line: line)
        return error.diagnostics
    }
}

/// The diagnostics `OpenAPIParser.parse` throws for `text`.
func parseErrors(_ text: String, path: String = "spec.yaml", file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
    expectDiagnostics(file: file, line: line) { () throws(DiagnosticsError) in try OpenAPIParser.parse(Array(text.utf8), path: path) }
}

/// The first diagnostic whose message contains `fragment`, failing the test when there is none.
func diagnostic(
    containing fragment: String, in diagnostics: [Diagnostic], file: StaticString = #filePath, line: UInt = #line
) -> Diagnostic? {
    let found = diagnostics.first { $0.message.contains(fragment) }
    if found == nil {
        XCTFail("no diagnostic mentions '\(fragment)'; got:\n\(diagnostics.map(\.description).joined(separator: "\n"))", file: file, line: line)
    }
    return found
}

/// A node tree as text with sorted keys and no styles or positions, to compare YAML and JSON trees.
func canonical(_ node: Node) -> String {
    switch node.content {
    case .scalar(let scalar):
        if scalar.isNull { return "null" }
        if let bool = scalar.bool { return String(bool) }
        if let int = scalar.int { return "int(\(int))" }
        return "str(\(scalar.text))"
    case .sequence(let items):
        return "[" + items.map(canonical).joined(separator: ", ") + "]"
    case .mapping(let entries):
        let pairs = entries.map { (key: $0.key.scalar?.text ?? "?", value: canonical($0.value)) }
        return "{" + pairs.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + "}"
    }
}

extension OpenAPIParser.Result {
    /// The operation for `method` on `path`.
    func operation(_ method: HTTPMethod, _ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> APIOperation {
        try XCTUnwrap(document.operations.first { $0.method == method && $0.path == path }, "no \(method) \(path)", file: file, line: line)
    }

    /// The component schema named `name`.
    func schema(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> Schema {
        try XCTUnwrap(document.schemas.first { $0.name == name }?.schema, "no schema \(name)", file: file, line: line)
    }
}

/// The component name when `kind` is a reference, else `nil`.
func referenceName(_ kind: Schema.Kind) -> String? {
    if case .reference(let name) = kind { return name }
    return nil
}

/// Whether `kind` is `.string`.
func isString(_ kind: Schema.Kind) -> Bool {
    if case .string = kind { return true }
    return false
}

/// A minimal valid document with `body` appended (top-level fields, no indentation).
func spec(_ body: String, version: String = "3.1.0") -> String {
    """
    openapi: \(version)
    info:
      title: Test
      version: '1'
    \(body)
    """
}
