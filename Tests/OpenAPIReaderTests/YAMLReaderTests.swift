import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

final class YAMLReaderTests: XCTestCase {
    // MARK: Positions

    func testMappingValuesKeepTheirLineAndColumn() throws {
        let root = try readYAML(
            """
            openapi: 3.1.0
            info:
              title: Pets
              version: "1"
            """)
        XCTAssertEqual(root.mark, Mark.position(line: 1, column: 1))
        XCTAssertEqual(root["openapi"]?.mark, Mark.position(line: 1, column: 10))
        XCTAssertEqual(root["info"]?.mark, Mark.position(line: 3, column: 3))
        XCTAssertEqual(root["info"]?["title"]?.mark, Mark.position(line: 3, column: 10))
        XCTAssertEqual(root["info"]?["version"]?.mark, Mark.position(line: 4, column: 12))
        let keys = root["info"]?.entries?.map(\.key.mark)
        XCTAssertEqual(keys, [Mark.position(line: 3, column: 3), Mark.position(line: 4, column: 3)])
    }

    func testSequenceItemsKeepTheirLineAndColumn() throws {
        let root = try readYAML(
            """
            tags:
              - cats
              - dogs
            flow: [a, bb, c]
            """)
        let tags = try XCTUnwrap(root["tags"]?.items)
        XCTAssertEqual(tags.map(\.mark), [Mark.position(line: 2, column: 5), Mark.position(line: 3, column: 5)])
        XCTAssertEqual(tags.map { $0.scalar?.text }, ["cats", "dogs"])
        let flow = try XCTUnwrap(root["flow"]?.items)
        XCTAssertEqual(flow.map(\.mark), [Mark.position(line: 4, column: 8), Mark.position(line: 4, column: 11), Mark.position(line: 4, column: 15)])
    }

    func testYAMLMarksAreTheirOwnLocations() throws {
        let parsed = try YAMLReader.read(Array("a:\n  b: value\n".utf8), path: "pos.yaml", parallelism: .parallel)
        let (root, source) = (parsed.root, parsed.source)
        let location = source.location(of: try XCTUnwrap(root["a"]?["b"]).mark)
        XCTAssertEqual(location, SourceLocation(file: "pos.yaml", line: 2, column: 6))
        XCTAssertNil(source.jsonPointer(of: root.mark), "YAML sources have no JSON pointers")
    }

    // MARK: Scalars

    func testScalarStylesAreKept() throws {
        let root = try readYAML(
            """
            plain: text
            single: 'text'
            double: "text"
            literal: |
              line one
              line two
            folded: >
              line one
              line two
            end: here
            """)
        XCTAssertEqual(root["plain"]?.scalar?.style, .plain)
        XCTAssertEqual(root["single"]?.scalar?.style, .singleQuoted)
        XCTAssertEqual(root["double"]?.scalar?.style, .doubleQuoted)
        XCTAssertEqual(root["literal"]?.scalar, Scalar("line one\nline two\n", style: .literal))
        XCTAssertEqual(root["folded"]?.scalar, Scalar("line one line two\n", style: .folded))
    }

    func testVersionNumberStaysText() throws {
        let root = try readYAML("version: 1.0\nopenapi: 3.0\n")
        let version = try XCTUnwrap(root["version"]?.scalar)
        XCTAssertEqual(version.text, "1.0", "1.0 must not become 1")
        XCTAssertEqual(version.style, .plain)
        XCTAssertNil(version.int)
        XCTAssertEqual(version.double, 1.0, "typed on request, it is still the number 1.0")
        XCTAssertEqual(root["openapi"]?.scalar?.text, "3.0")
    }

    func testQuotedAndPlainNumbersAreBothTextButOnlyPlainIsAnInteger() throws {
        let root = try readYAML("quoted: '8443'\nplain: 8443\nhex: 0x1F\noctal: 0o17\n")
        let quoted = try XCTUnwrap(root["quoted"]?.scalar)
        let plain = try XCTUnwrap(root["plain"]?.scalar)
        XCTAssertEqual(quoted.text, "8443")
        XCTAssertEqual(plain.text, "8443")
        XCTAssertNil(quoted.int, "a quoted number is a string")
        XCTAssertNil(quoted.double)
        XCTAssertEqual(plain.int, 8443)
        XCTAssertEqual(root["hex"]?.scalar?.int, 31)
        XCTAssertEqual(root["octal"]?.scalar?.int, 15)
    }

    func testUnquotedDateStaysAString() throws {
        let root = try readYAML("released: 2024-10-01\n")
        let scalar = try XCTUnwrap(root["released"]?.scalar)
        XCTAssertEqual(scalar.text, "2024-10-01")
        XCTAssertNil(scalar.int)
        XCTAssertNil(scalar.double)
        XCTAssertNil(scalar.bool)
    }

    func testOnlyYAML12SpellingsAreBooleans() throws {
        let root = try readYAML(
            """
            yes: yes
            no: no
            on: on
            off: off
            y: y
            t: true
            f: False
            quoted: 'true'
            """)
        for key in ["yes", "no", "on", "off", "y"] {
            let scalar = try XCTUnwrap(root[key]?.scalar, key)
            XCTAssertNil(scalar.bool, "'\(key)' is a string in YAML 1.2")
            XCTAssertEqual(scalar.text, key)
        }
        XCTAssertEqual(root["t"]?.scalar?.bool, true)
        XCTAssertEqual(root["f"]?.scalar?.bool, false)
        XCTAssertNil(root["quoted"]?.scalar?.bool, "a quoted 'true' is a string")
    }

    func testNullSpellings() throws {
        let root = try readYAML("a: null\nb: ~\nc:\nd: 'null'\ne: NULL\n")
        XCTAssertEqual(root["a"]?.scalar?.isNull, true)
        XCTAssertEqual(root["b"]?.scalar?.isNull, true)
        XCTAssertEqual(root["c"]?.scalar?.isNull, true, "an empty value is null")
        XCTAssertEqual(root["d"]?.scalar?.isNull, false, "a quoted 'null' is a string")
        XCTAssertEqual(root["e"]?.scalar?.isNull, true)
        XCTAssertEqual(root["a"]?.kindName, "null")
    }

    func testExplicitStringTagMakesAPlainScalarAString() throws {
        let root = try readYAML("port: !!str 8443\n")
        let scalar = try XCTUnwrap(root["port"]?.scalar)
        XCTAssertEqual(scalar.text, "8443")
        XCTAssertNil(scalar.int, "!!str 8443 is a string")
    }

    // MARK: Anchors and aliases

    func testAliasGetsTheAnchoredContent() throws {
        let root = try readYAML(
            """
            base: &base
              type: string
              format: uuid
            copy: *base
            list: [&x 42, *x]
            """)
        let copy = try XCTUnwrap(root["copy"])
        XCTAssertEqual(copy["type"]?.scalar?.text, "string")
        XCTAssertEqual(copy["format"]?.scalar?.text, "uuid")
        XCTAssertEqual(copy.mark, Mark.position(line: 4, column: 7), "an alias is placed where it is written")
        XCTAssertEqual(root["list"]?.items?.map { $0.scalar?.int }, [42, 42])
    }

    func testMergeOfAnchoredMappingIntoSequence() throws {
        let root = try readYAML(
            """
            defs:
              - &param
                name: limit
                in: query
            uses:
              - *param
              - *param
            """)
        let uses = try XCTUnwrap(root["uses"]?.items)
        XCTAssertEqual(uses.count, 2)
        XCTAssertEqual(uses.map { $0["name"]?.scalar?.text }, ["limit", "limit"])
    }

    func testUnknownAliasIsAnError() {
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array("a: 1\nb: *nowhere\n".utf8), path: "alias.yaml", parallelism: .parallel)
        }
        XCTAssertTrue(diagnostics.first?.description.hasPrefix("alias.yaml:2:") == true, "\(diagnostics)")
        XCTAssertTrue(diagnostics.first?.message.contains("nowhere") == true, "\(diagnostics)")
    }

    func testAliasInsideItsOwnAnchorIsAnError() {
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array("loop: &loop\n  self: *loop\n".utf8), path: "loop.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.location?.line, 2, "\(diagnostics)")
        XCTAssertTrue(diagnostics.first?.message.contains("loop") == true, "\(diagnostics)")
    }

    func testBillionLaughsFailsQuicklyInsteadOfExhaustingMemory() {
        var lines = ["a: &a [\(Array(repeating: "\"lol\"", count: 10).joined(separator: ", "))]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            lines.append("\(name): &\(name) [\(Array(repeating: "*\(previous)", count: 10).joined(separator: ", "))]")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let start = ContinuousClock.now
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "lol.yaml", parallelism: .parallel)
        }
        let elapsed = ContinuousClock.now - start
        XCTAssertLessThan(elapsed, .seconds(5), "the alias cap must stop the expansion early")
        let message = diagnostics.first?.message ?? ""
        XCTAssertTrue(message.contains("alias"), message)
        XCTAssertTrue(message.contains("nodes"), message)
        XCTAssertEqual(diagnostics.first?.severity, .error)
    }

    func testManyAliasesBelowTheCapAreRead() throws {
        // 10 × 10 × 10 expanded scalars: far under the cap, and must not be refused.
        let text = """
            a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
            """
        let root = try readYAML(text)
        let c = try XCTUnwrap(root["c"]?.items)
        XCTAssertEqual(c.count, 10)
        XCTAssertEqual(c.last?.items?.last?.items?.last?.scalar?.int, 10)
    }

    // MARK: Depth

    func testNestingDeeperThanTheLimitIsAnError() {
        let depth = ReaderLimits.maxDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "deep.yaml", parallelism: .parallel)
        }
        let message = diagnostics.first?.message ?? ""
        XCTAssertTrue(message.contains("nesting") && message.contains("\(ReaderLimits.maxDepth)"), message)
        XCTAssertTrue(diagnostics.first?.description.hasPrefix("deep.yaml:1:") == true, "\(diagnostics)")
    }

    func testNestingUpToTheLimitIsRead() throws {
        let depth = ReaderLimits.maxDepth
        let text = String(repeating: "[", count: depth) + "x" + String(repeating: "]", count: depth)
        var node = try readYAML(text)
        for _ in 1..<depth { node = try XCTUnwrap(node.items?.first) }
        XCTAssertEqual(node.items?.first?.scalar?.text, "x")
    }

    func testDeeplyNestedMappingsAreNotMistakenForAliasBombs() throws {
        // Each closed collection must count once: a document 40 mappings deep holds 80 nodes.
        var text = ""
        for level in 0..<40 {
            text += String(repeating: "  ", count: level) + "k\(level):\n"
        }
        text += String(repeating: "  ", count: 40) + "leaf: value\n"
        var node = try readYAML(text)
        for level in 0..<40 { node = try XCTUnwrap(node["k\(level)"], "k\(level)") }
        XCTAssertEqual(node["leaf"]?.scalar?.text, "value")
    }

    // MARK: Syntax errors

    func testBadIndentationIsReportedAtItsLine() {
        let text = """
            openapi: 3.1.0
            info:
              title: Pets
             version: 1
            """
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "indent.yaml", parallelism: .parallel)
        }
        let first = diagnostics.first
        XCTAssertEqual(first?.severity, .error)
        XCTAssertEqual(first?.location?.line, 4, "\(diagnostics)")
        XCTAssertTrue(first?.description.hasPrefix("indent.yaml:4:") == true, "\(diagnostics)")
        XCTAssertTrue(first?.description.contains(": error: ") == true, "\(diagnostics)")
    }

    func testUnclosedQuoteIsReportedAtTheQuote() {
        let text = """
            openapi: 3.1.0
            info:
              title: "Pets
              version: 1
            paths: {}
            """
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "quote.yaml", parallelism: .parallel)
        }
        let first = diagnostics.first
        XCTAssertEqual(first?.location?.line, 3, "\(diagnostics)")
        XCTAssertEqual(first?.location?.column, 10, "\(diagnostics)")
        XCTAssertTrue(first?.message.contains("quoted scalar") == true, "\(diagnostics)")
    }

    func testUnclosedFlowSequenceIsReportedAtTheBracket() {
        let text = "title: é\nb: 2\ntags: [a, b\n\n\n"
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "flow.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(file: "flow.yaml", line: 3, column: 7), "\(diagnostics)")
    }

    func testUnclosedQuoteAfterAByteOrderMarkIsReportedAtTheQuote() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("title: caf\u{E9}\nname: 'open\n".utf8)
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(bytes, path: "bom.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(file: "bom.yaml", line: 2, column: 7), "\(diagnostics)")
    }

    func testSequenceEntryInAMappingValueIsReportedAtItsColumn() {
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array("a: 1\nb: - x\n".utf8), path: "seq.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.location, SourceLocation(file: "seq.yaml", line: 2, column: 4), "\(diagnostics)")
    }

    func testEmptyDocumentIsAnError() {
        for text in ["", "\n\n", "# only a comment\n"] {
            let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
                try YAMLReader.read(Array(text.utf8), path: "empty.yaml", parallelism: .parallel)
            }
            XCTAssertTrue(diagnostics.first?.message.contains("empty") == true, "\(diagnostics)")
        }
    }

    // MARK: Streams of several documents

    func testASecondDocumentIsAnErrorAtItsStart() {
        let message = "error: a second YAML document starts here; a spec must be a single document"
        let streams: [(text: String, place: String)] = [
            ("a: 1\n---\nb: 2\n", "2:1"),
            ("---\na: 1\n---\nb: 2\n", "3:1"),
            ("a: 1\n--- b\n", "2:1"),
            ("a: 1\n---\n", "2:1"),
            ("a: 1\n...\n---\n", "3:1"),
        ]
        for stream in streams {
            for parallelism in [Parallelism.serial, .parallel] {
                let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
                    try YAMLReader.read(Array(stream.text.utf8), path: "two.yaml", parallelism: parallelism)
                }
                XCTAssertEqual(diagnostics.map(\.description), ["two.yaml:\(stream.place): \(message)"], "\(stream.text.debugDescription), \(parallelism)")
            }
        }
    }

    func testContentAfterTheDocumentEndIsAnError() {
        // libyaml wants `---` before a second document; its error is at the content.
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array("a: 1\n...\nb: 2\n".utf8), path: "two.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.first?.description.hasPrefix("two.yaml:3:1: error:"), true, "\(diagnostics)")
    }

    func testOneDocumentWithItsMarkersIsRead() throws {
        for text in ["---\na: 1\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n...\n# the end\n", "--- {a: 1}\n"] {
            XCTAssertEqual(try readYAML(text)["a"]?.scalar?.int, 1, text.debugDescription)
        }
    }

    func testAnErrorInTheFirstDocumentComesBeforeTheSecondDocument() {
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array("a: *nowhere\n---\nb: 2\n".utf8), path: "two.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)")
        XCTAssertTrue(diagnostics.first?.message.contains("unknown alias") == true, "\(diagnostics)")
    }

    func testASecondDocumentIsAnErrorInAnOpenAPISpec() {
        let text = spec("paths: {}\n---\nopenapi: 3.1.0\n")
        XCTAssertEqual(parseErrors(text, path: "stream.yaml").first?.description.hasPrefix("stream.yaml:6:1: error: a second YAML document"), true)
    }

    // MARK: Reading while libyaml parses on another thread

    /// A large document, so libyaml's thread is many batches ahead of the tree.
    private func manyEntries(_ count: Int) -> String {
        (0..<count).map { "key\($0): value \($0)\n" }.joined()
    }

    func testLargeDocumentIsReadWhole() throws {
        let root = try readYAML("first: 1\n" + manyEntries(100_000) + "last: 2\n")
        XCTAssertEqual(root.entries?.count, 100_002)
        XCTAssertEqual(root["last"]?.mark, Mark.position(line: 100_002, column: 7))
        XCTAssertEqual(root["key99999"]?.scalar?.text, "value 99999")
    }

    func testErrorEarlyInALargeDocumentStopsTheParserThread() {
        // The tree fails at line 2 while libyaml still has most of the file to go; the
        // reader must stop it and return, not wait for it or hang.
        for _ in 0..<5 {
            let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
                try YAMLReader.read(Array(("a: 1\nb: *nowhere\n" + manyEntries(50_000)).utf8), path: "alias.yaml", parallelism: .parallel)
            }
            XCTAssertTrue(diagnostics.first?.description.hasPrefix("alias.yaml:2:") == true, "\(diagnostics)")
        }
    }

    func testSyntaxErrorAfterManyEventsIsReportedAtItsLine() {
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array((manyEntries(30_000) + "bad: [unclosed\nnext: 1\n").utf8), path: "late.yaml", parallelism: .parallel)
        }
        XCTAssertEqual(diagnostics.count, 1, "\(diagnostics)")
        // libyaml stops on the line after the open bracket and names the bracket's place.
        XCTAssertTrue(diagnostics.first?.description.hasPrefix("late.yaml:30002:") == true, "\(diagnostics)")
        XCTAssertTrue(diagnostics.first?.message.contains("line 30001, column 6") == true, "\(diagnostics)")
    }
}
