import Foundation
import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// In parallel, libyaml parses on a thread of its own and hands its events over in batches
/// (`EventPipe`) while the calling thread builds the tree: the tree must be exactly the tree
/// read serially, marks and styles included, and so must the errors, wherever in the
/// stream of batches they come.
final class YAMLPipelineTests: XCTestCase {
    // MARK: The shared specs

    func testEverySharedYAMLSpecReadsTheSamePipelined() throws {
        let specs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/specs")
        guard FileManager.default.fileExists(atPath: specs.path),
            let files = FileManager.default.enumerator(atPath: specs.path)?.allObjects as? [String]
        else {
            throw XCTSkip("needs ../shared/specs beside the package (present in CI, not in a fresh clone)")
        }
        var read = 0
        for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            assertSamePipelined(Array(try Data(contentsOf: specs.appendingPathComponent(file))), file)
            read += 1
        }
        XCTAssertGreaterThanOrEqual(read, 4, "the shared specs include the three ConductorOne ones and OpenAI's")
    }

    // MARK: Documents of many batches

    func testAnchorInAnEarlyBatchUsedInALateOne() throws {
        let text = "root:\n  shared: &shared {a: 1, b: [x, y]}\n" + filler(count: 20_000, prefix: "k") + "  use: *shared\n"
        let node = try readYAML(text, path: "anchors.yaml")
        XCTAssertEqual(node["root"]?["use"].map(canonical), "{a: int(1), b: [str(x), str(y)]}")
        assertSamePipelined(Array(text.utf8), "anchors")
    }

    func testFlowMappingOverManyBatches() {
        let text = "root:\n  flow: {\n" + (0..<20_000).map { "    k\($0): v\($0),\n" }.joined() + "    last: v }\n  after: 1\n"
        assertSamePipelined(Array(text.utf8), "flow")
    }

    func testWindowsLineEndings() {
        var text = "openapi: 3.1.0\r\ncomponents:\r\n  schemas:\r\n"
        for index in 0..<10_000 { text += "    S\(index):\r\n      type: object\r\n" }
        assertSamePipelined(Array(text.utf8), "crlf")
    }

    // MARK: Errors wherever they come

    func testSecondDocumentAfterManyBatches() {
        let text = "root:\n" + filler(count: 20_000, prefix: "k") + "---\nother:\n" + filler(count: 100, prefix: "o")
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "documents.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.description.hasPrefix("documents.yaml:20002:1: error: a second YAML document"), true, "\(diagnostics)")
        assertSamePipelined(Array(text.utf8), "documents")
    }

    func testDuplicateKeyFoundWhileLibyamlIsStillParsing() {
        // The tree builder fails while libyaml is still producing: the pipe is cancelled.
        let text = "root:\n" + filler(count: 20_000, prefix: "k") + "  k10: again\n" + filler(count: 20_000, prefix: "m")
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "twice.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.map(\.description), ["twice.yaml:20002:3: error: duplicate key 'k10'; first at line 12"])
        assertSamePipelined(Array(text.utf8), "twice")
    }

    func testParserErrorsEarlyInTheMiddleAndLate() {
        let base = "root:\n" + filler(count: 20_000, prefix: "k")
        var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for broken in [100, 12_000, 19_900] {
            var copy = lines
            copy[broken] = "  bad: [unclosed"
            assertSamePipelined(Array(copy.joined(separator: "\n").utf8), "broken-\(broken)")
        }
        lines[15_000] = "  alias: *nowhere"
        assertSamePipelined(Array(lines.joined(separator: "\n").utf8), "alias")
    }

    // MARK: Support

    /// `count` lines `  <prefix><n>: value <n>`.
    private func filler(count: Int, prefix: String) -> String {
        (0..<count).map { "  \(prefix)\($0): value \($0)\n" }.joined()
    }

    /// Reads `bytes` serially and pipelined, and fails at the first difference.
    private func assertSamePipelined(_ bytes: [UInt8], _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let serial = Result { () throws(DiagnosticsError) in try YAMLReader.read(bytes, path: name, parallelism: .serial).root }
        let pipelined = Result { () throws(DiagnosticsError) in try YAMLReader.read(bytes, path: name, parallelism: .parallel).root }
        switch (pipelined, serial) {
        case (.success(let a), .success(let b)):
            if let difference = Self.difference(a, b, at: name) { XCTFail(difference, file: file, line: line) }
        case (.failure(let a), .failure(let b)):
            XCTAssertEqual(a.diagnostics.map(\.description), b.diagnostics.map(\.description), name, file: file, line: line)
        default:
            let describe = { (result: Result<Node, DiagnosticsError>) in
                (try? result.get()).map { _ in "a tree" } ?? "\(result)"
            }
            XCTFail("\(name): pipelined \(describe(pipelined)), serially \(describe(serial))", file: file, line: line)
        }
    }

    /// Where two trees differ in content, order, style or position; `nil` when they do not.
    private static func difference(_ a: Node, _ b: Node, at path: String) -> String? {
        guard a.mark == b.mark else { return "\(path): mark \(a.mark) against \(b.mark)" }
        switch (a.content, b.content) {
        case (.scalar(let x), .scalar(let y)):
            return x.text == y.text && x.style == y.style ? nil : "\(path): '\(x.text)' against '\(y.text)'"
        case (.sequence(let x), .sequence(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) items against \(y.count)" }
            for index in x.indices {
                if let found = difference(x[index], y[index], at: "\(path)[\(index)]") { return found }
            }
            return nil
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return "\(path): \(x.count) entries against \(y.count)" }
            for index in x.indices {
                let key = x[index].key.scalar?.text ?? "?"
                if let found = difference(x[index].key, y[index].key, at: "\(path).<key \(key)>") { return found }
                if let found = difference(x[index].value, y[index].value, at: "\(path).\(key)") { return found }
            }
            return nil
        default:
            return "\(path): \(a.kindName) against \(b.kindName)"
        }
    }
}
