import Foundation
import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// Large YAML documents are read in two halves on two threads (`DocumentSplit`): the tree
/// must be exactly the tree read in one piece, marks and styles included, and so must the
/// errors.
final class YAMLSplitTests: XCTestCase {
    // MARK: The shared specs

    func testEverySharedYAMLSpecReadsTheSameInHalves() throws {
        let specs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/specs")
        guard FileManager.default.fileExists(atPath: specs.path),
            let files = FileManager.default.enumerator(atPath: specs.path)?.allObjects as? [String]
        else {
            throw XCTSkip("needs ../shared/specs beside the package (present in CI, not in a fresh clone)")
        }
        var split = 0
        for file in files.sorted() where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            let bytes = Array(try Data(contentsOf: specs.appendingPathComponent(file)))
            let cut = bytes.withUnsafeBufferPointer { DocumentSplit($0) }
            if cut != nil { split += 1 }
            try assertSameInHalves(bytes, file, requireSize: false)
        }
        XCTAssertGreaterThanOrEqual(split, 4, "the large specs (three ConductorOne, OpenAI) are cut in two")
    }

    // MARK: Documents that must not be cut, or not where they look cuttable

    func testBlockScalarWithKeyLikeLinesAtTheMiddle() throws {
        // The middle of the document is inside a literal block whose lines look like keys.
        let text = filler(count: 6_000, prefix: "a") + "  notes: |\n" + filler(count: 12_000, prefix: "    b") + filler(count: 6_000, prefix: "c")
        try assertSameInHalves(Array(("root:\n" + text).utf8), "block-scalar")
    }

    func testAnchorInTheFirstHalfUsedInTheSecond() throws {
        let text = "root:\n  shared: &shared {a: 1, b: [x, y]}\n" + filler(count: 20_000, prefix: "k") + "  use: *shared\n"
        let parsed = try YAMLReader.read(Array(text.utf8), path: "anchors.yaml", parallelism: .parallel)
        let (node, _) = (parsed.root, parsed.source)
        XCTAssertEqual(node["root"]?["use"].map(canonical), "{a: int(1), b: [str(x), str(y)]}")
        try assertSameInHalves(Array(text.utf8), "anchors")
    }

    func testFlowMappingAcrossTheMiddle() throws {
        let text = "root:\n  flow: {\n" + (0..<20_000).map { "    k\($0): v\($0),\n" }.joined() + "    last: v }\n  after: 1\n"
        try assertSameInHalves(Array(text.utf8), "flow")
    }

    func testSecondDocumentBeforeTheMiddle() throws {
        let text = "root:\n  a: 1\n---\nother:\n" + filler(count: 20_000, prefix: "k")
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "documents.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.description.hasPrefix("documents.yaml:3:1: error: a second YAML document"), true, "\(diagnostics)")
        try assertSameInHalves(Array(text.utf8), "documents")
    }

    func testSecondDocumentAfterTheMiddle() throws {
        // The cut falls in the first document; the second half holds the second document.
        let text = "root:\n" + filler(count: 20_000, prefix: "k") + "---\nother:\n" + filler(count: 100, prefix: "o")
        XCTAssertNotNil(Array(text.utf8).withUnsafeBufferPointer { DocumentSplit($0) }, "this document is cut")
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "documents.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.description.hasPrefix("documents.yaml:20002:1: error: a second YAML document"), true, "\(diagnostics)")
        try assertSameInHalves(Array(text.utf8), "documents-after")
    }

    func testDuplicateKeyAcrossTheCut() throws {
        // Each half alone has no duplicate; joined, `k10` is in `root` twice.
        let text = "root:\n" + filler(count: 20_000, prefix: "k") + "  k10: again\n"
        let bytes = Array(text.utf8)
        XCTAssertNotNil(bytes.withUnsafeBufferPointer { DocumentSplit($0) }, "this document is cut")
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(bytes, path: "twice.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.map(\.description), ["twice.yaml:20002:3: error: duplicate key 'k10'; first at line 12"])
        try assertSameInHalves(bytes, "twice")
    }

    func testDuplicateKeyAcrossTheCutOneLevelDown() throws {
        var text = "openapi: 3.1.0\ncomponents:\n  schemas:\n"
        for index in 0..<10_000 { text += "    S\(index):\n      type: object\n" }
        text += "    S7:\n      type: string\n  parameters: {}\n"
        let bytes = Array(text.utf8)
        XCTAssertNotNil(bytes.withUnsafeBufferPointer { DocumentSplit($0) }, "this document is cut")
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(bytes, path: "twice.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.map(\.description), ["twice.yaml:20004:5: error: duplicate key 'S7'; first at line 18"])
        try assertSameInHalves(bytes, "twice-nested")
    }

    func testSequenceOfMappingsAtTheMiddle() throws {
        let text = "root:\n  items:\n" + (0..<12_000).map { "    - name: n\($0)\n      value: \($0)\n" }.joined()
        try assertSameInHalves(Array(text.utf8), "sequence")
    }

    func testNestedMappingsAreJoinedAtEveryLevel() throws {
        // The cut falls among `schemas`, under `components`; keys after it at every level
        // must land in the right mapping.
        var text = "openapi: 3.1.0\ncomponents:\n  schemas:\n"
        for index in 0..<5_000 { text += "    S\(index):\n      type: object\n      description: schema \(index)\n" }
        text += "  parameters:\n    p: {name: p}\npaths: {}\n"
        let bytes = Array(text.utf8)
        XCTAssertNotNil(bytes.withUnsafeBufferPointer { DocumentSplit($0) }, "this document is cut")
        let parsed = try YAMLReader.read(bytes, path: "nested.yaml", parallelism: .parallel)
        let (node, _) = (parsed.root, parsed.source)
        XCTAssertEqual(node["components"]?["schemas"]?.entries?.count, 5_000)
        XCTAssertEqual(node["components"]?["schemas"]?["S4999"]?["description"]?.scalar?.text, "schema 4999")
        XCTAssertEqual(node["components"]?["schemas"]?["S4999"]?.mark.position?.line, Int32(3 + 4_999 * 3 + 2))
        XCTAssertNotNil(node["components"]?["parameters"]?["p"])
        XCTAssertNotNil(node["paths"])
        try assertSameInHalves(bytes, "nested")
    }

    func testFlowMappingWhereTheCutExpectsABlockMapping() throws {
        // Keys under a flow mapping's line make the whole document invalid; the second half
        // alone would read them as `group`'s mapping, so the halves must not be joined. The
        // document is padded so that its middle falls on the flow mapping's line and the
        // cut on the first key after it.
        let before = "root:\n" + filler(count: 10_000, prefix: "a") + "  group:\n    {x: 1, y: 2}\n"
        var after = (0..<9_000).map { "    k\($0): v\n" }.joined()
        let padding = 2 * before.utf8.count - 8 - before.utf8.count - after.utf8.count
        XCTAssertGreaterThan(padding, 2)
        after += "#" + String(repeating: "x", count: padding - 2) + "\n"
        let bytes = Array((before + after).utf8)
        let cut = bytes.withUnsafeBufferPointer { DocumentSplit($0) }
        XCTAssertEqual(cut?.offset, before.utf8.count, "the cut is at the first key under the flow mapping")
        try assertSameInHalves(bytes, "flow-value")
        XCTAssertThrowsError(try YAMLReader.read(bytes, path: "flow-value.yaml", parallelism: .parallel))
    }

    func testWindowsLineEndings() throws {
        var text = "openapi: 3.1.0\r\ncomponents:\r\n  schemas:\r\n"
        for index in 0..<10_000 { text += "    S\(index):\r\n      type: object\r\n" }
        let bytes = Array(text.utf8)
        XCTAssertNotNil(bytes.withUnsafeBufferPointer { DocumentSplit($0) }, "this document is cut")
        try assertSameInHalves(bytes, "crlf")
    }

    func testErrorsInEitherHalfAreTheErrorsOfTheWhole() throws {
        let base = "root:\n" + filler(count: 20_000, prefix: "k")
        var lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for broken in [100, 12_000, 19_900] {
            var copy = lines
            copy[broken] = "  bad: [unclosed"
            try assertSameInHalves(Array(copy.joined(separator: "\n").utf8), "broken-\(broken)")
        }
        lines[15_000] = "  alias: *nowhere"
        try assertSameInHalves(Array(lines.joined(separator: "\n").utf8), "alias")
    }

    // MARK: Support

    /// `count` lines `  <prefix><n>: value <n>`.
    private func filler(count: Int, prefix: String) -> String {
        (0..<count).map { "  \(prefix)\($0): value \($0)\n" }.joined()
    }

    /// Reads `bytes` every way (serially, pipelined, in halves) and fails at the first
    /// difference from the serial reading.
    private func assertSameInHalves(
        _ bytes: [UInt8], _ name: String, requireSize: Bool = true, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        if requireSize {
            XCTAssertGreaterThanOrEqual(bytes.count, DocumentSplit.minimumSize, "\(name) is large enough to be cut", file: file, line: line)
        }
        let serial = Result { () throws(DiagnosticsError) in try YAMLReader.read(bytes, path: name, strategy: .serial).root }
        for strategy in [YAMLReader.Strategy.pipelined, .halvesOrPipelined] {
            let other = Result { () throws(DiagnosticsError) in try YAMLReader.read(bytes, path: name, strategy: strategy).root }
            assertSame(serial, other, "\(name), \(strategy)", file: file, line: line)
        }
    }

    private func assertSame(
        _ whole: Result<Node, DiagnosticsError>, _ halves: Result<Node, DiagnosticsError>, _ name: String,
        file: StaticString, line: UInt
    ) {
        switch (halves, whole) {
        case (.success(let a), .success(let b)):
            if let difference = Self.difference(a, b, at: name) { XCTFail(difference, file: file, line: line) }
        case (.failure(let a), .failure(let b)):
            XCTAssertEqual(a.diagnostics.map(\.description), b.diagnostics.map(\.description), name, file: file, line: line)
        default:
            let describe = { (result: Result<Node, DiagnosticsError>) in
                (try? result.get()).map { _ in "a tree" } ?? "\(result)"
            }
            XCTFail("\(name): \(describe(halves)), serially \(describe(whole))", file: file, line: line)
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
