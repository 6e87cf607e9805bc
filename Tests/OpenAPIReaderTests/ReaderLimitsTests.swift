import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// Every limit in `ReaderLimits` is an error naming the limit, at the place it was passed;
/// a document just within a limit is read.
final class ReaderLimitsTests: XCTestCase {
    // MARK: Document size

    func testADocumentLargerThanTheLimitIsRefusedUnread() {
        var bytes = Array("openapi: 3.1.0\n".utf8)
        bytes += [UInt8](repeating: UInt8(ascii: "#"), count: ReaderLimits.maxDocumentBytes + 1 - bytes.count)
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try DocumentReader.read(bytes, path: "huge.yaml")
        }
        XCTAssertEqual(
            diagnostics.map(\.description),
            ["huge.yaml:1:1: error: the document is \(ReaderLimits.maxDocumentBytes + 1) bytes, larger than the limit of 32 MiB"])
    }

    // MARK: Nesting

    func testJSONNestingDeeperThanTheLimitIsPlacedAtTheDeepestArray() {
        let depth = ReaderLimits.maxDepth + 1
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array(text.utf8), path: "deep.json")
        }
        XCTAssertEqual(diagnostics.map(\.description), ["deep.json:1:\(depth): error: nesting is deeper than the limit of 256 levels"])
    }

    func testJSONAndYAMLAllowTheSameNesting() throws {
        let depth = ReaderLimits.maxDepth
        let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
        XCTAssertNoThrow(try JSONReader.read(Array(text.utf8), path: "deep.json"))
        XCTAssertNoThrow(try YAMLReader.read(Array(text.utf8), path: "deep.yaml", parallelism: .serial))
    }

    func testSchemasNestedThroughReferencesDeeperThanTheLimitAreAnError() {
        // Each link is a schema whose property refers to the next link: nothing in the
        // tree is deep, but decoding follows the chain.
        let errors = parseErrors(chainOfSchemas(ReaderLimits.maxDepth), path: "chain.yaml")
        XCTAssertEqual(errors.count, 1, "\(errors)")
        XCTAssertEqual(errors.first?.message, "schemas nest, through $ref, deeper than the limit of 256 levels")
        XCTAssertEqual(errors.first?.location?.line, 8 + (ReaderLimits.maxDepth / 2 - 1) * 5 + 4, "\(errors)")
    }

    func testSchemasNestedThroughReferencesWithinTheLimitAreRead() throws {
        let result = try parseSpec(chainOfSchemas(ReaderLimits.maxDepth / 2 - 4))
        XCTAssertEqual(result.document.schemas.map(\.name), ["Start"])
    }

    /// A spec whose schema `Start` refers, through `x-links/0`, `x-links/1`, …, to `count`
    /// schemas nested one in the other's property.
    private func chainOfSchemas(_ count: Int) -> String {
        var text = spec(
            """
            components:
              schemas:
                Start: {$ref: '#/x-links/0'}
            x-links:

            """)
        for index in 0..<count {
            text += """
                  - type: object
                    properties:
                      next:
                        $ref: '#/x-links/\(index + 1)'
                      name: {type: string}

                """
        }
        return text + "  - {type: string}\n"
    }

    // MARK: Nodes

    func testJSONWithMoreNodesThanTheLimitIsAnError() {
        // Strings, the quickest values to convert.
        let text = "[" + String(repeating: "\"\",", count: ReaderLimits.maxNodes) + "\"\"]"
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array(text.utf8), path: "many.json")
        }
        XCTAssertEqual(
            diagnostics.map(\.description),
            ["many.json:1:\(3 * ReaderLimits.maxNodes - 1): error: the document has more nodes, aliases expanded, than the limit of \(ReaderLimits.maxNodes)"])
    }

    func testYAMLWithMoreNodesThanTheLimitIsAnError() {
        let text = "[" + String(repeating: "0,", count: ReaderLimits.maxNodes) + "0]"
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "many.yaml", parallelism: .serial)
        }
        XCTAssertEqual(
            diagnostics.map(\.description),
            ["many.yaml:1:\(2 * ReaderLimits.maxNodes + 2): error: the document has more nodes, aliases expanded, than the limit of \(ReaderLimits.maxNodes)"])
    }

    func testAliasesStandingForMoreNodesThanTheLimitAreAnError() {
        // Each `*c` stands for 110,101 nodes: the fourth in `d` passes 500,000.
        let text = """
            a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            b: &b [\(Array(repeating: "*a", count: 100).joined(separator: ", "))]
            c: &c [\(Array(repeating: "*b", count: 100).joined(separator: ", "))]
            d: [\(Array(repeating: "*c", count: 100).joined(separator: ", "))]
            """
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "lol.yaml", parallelism: .serial)
        }
        XCTAssertEqual(diagnostics.map(\.description), ["lol.yaml:4:17: error: aliases stand for more nodes than the limit of 500000"])
    }

    func testAliasesUpToTheLimitAreRead() throws {
        // Three `*c`: 441,503 nodes through aliases.
        let text = """
            a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
            b: &b [\(Array(repeating: "*a", count: 100).joined(separator: ", "))]
            c: &c [\(Array(repeating: "*b", count: 100).joined(separator: ", "))]
            d: [*c, *c, *c]
            """
        XCTAssertEqual(try readYAML(text)["d"]?.items?.count, 3)
    }

    // MARK: Bytes aliases stand for

    /// `big: &big <512 KiB>`, then `count` lines `  - *big` under `uses:`.
    private func aliasesOfALargeScalar(_ count: Int) -> String {
        "big: &big " + String(repeating: "x", count: 512 << 10) + "\nuses:\n" + String(repeating: "  - *big\n", count: count)
    }

    func testAliasesStandingForMoreBytesThanTheLimitAreAnErrorAtTheAlias() {
        // An alias of a large scalar is one node but all its text: 400 of 512 KiB would be
        // 200 MiB. The 65th passes 32 MiB.
        let text = aliasesOfALargeScalar(400)
        for parallelism in [Parallelism.serial, .parallel] {
            let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
                try YAMLReader.read(Array(text.utf8), path: "bytes.yaml", parallelism: parallelism)
            }
            XCTAssertEqual(
                diagnostics.map(\.description),
                ["bytes.yaml:67:5: error: aliases stand for more bytes of text than the limit of 32 MiB"], "\(parallelism)")
        }
    }

    func testAliasesStandingForBytesUpToTheLimitAreRead() throws {
        XCTAssertEqual(try readYAML(aliasesOfALargeScalar(64))["uses"]?.items?.count, 64)
    }

    func testNestedAliasesAreCountedByTheBytesTheyExpandTo() {
        // 1 KiB, 32 times, 32 times: each `*b` stands for 1 MiB in 1,057 nodes, far below
        // the node limit. With the 1 MiB and 32 KiB the aliases inside `b` and `a` stand
        // for, the 31st `*b` passes 32 MiB.
        let text = """
            s: &s \(String(repeating: "y", count: 1 << 10))
            a: &a [\(Array(repeating: "*s", count: 32).joined(separator: ", "))]
            b: &b [\(Array(repeating: "*a", count: 32).joined(separator: ", "))]
            c: [\(Array(repeating: "*b", count: 40).joined(separator: ", "))]
            """
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "nested.yaml", parallelism: .serial)
        }
        XCTAssertEqual(
            diagnostics.map(\.description),
            ["nested.yaml:4:\(5 + 30 * 4): error: aliases stand for more bytes of text than the limit of 32 MiB"])
    }

    // MARK: Nesting through aliases

    /// `deep: &deep` a sequence `height` levels high, then `use:` holding `*deep` inside
    /// `depth` sequences: `1 + depth + height` levels, the root mapping counted.
    private func aliasOfADeepSequence(height: Int, atDepth depth: Int) -> String {
        "deep: &deep " + String(repeating: "[", count: height) + "1" + String(repeating: "]", count: height) + "\n"
            + "use: " + String(repeating: "[", count: depth) + "*deep" + String(repeating: "]", count: depth) + "\n"
    }

    func testAnAliasNestingPastTheDepthLimitIsAnErrorAtTheAlias() {
        // Neither the anchored sequence nor the alias is deep alone; expanded, the alias's
        // content would reach 257 levels.
        let text = aliasOfADeepSequence(height: 200, atDepth: 56)
        for parallelism in [Parallelism.serial, .parallel] {
            let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
                try YAMLReader.read(Array(text.utf8), path: "deep.yaml", parallelism: parallelism)
            }
            XCTAssertEqual(
                diagnostics.map(\.description),
                ["deep.yaml:2:\(6 + 56): error: an alias here would nest deeper than the limit of 256 levels"], "\(parallelism)")
        }
    }

    func testAnAliasNestingUpToTheDepthLimitIsRead() throws {
        var node = try readYAML(aliasOfADeepSequence(height: 200, atDepth: 55))["use"]
        var depth = 1
        while let items = node?.items {
            node = items.first
            depth += 1
        }
        XCTAssertEqual(depth, ReaderLimits.maxDepth, "the root mapping and 255 sequences")
    }

    func testAliasesOfAliasesAreMeasuredExpanded() {
        // Each link holds the previous one 39 levels down, 79, 118, … levels high: the alias
        // in `l6` would reach 275.
        var text = "l0: &l0 " + String(repeating: "[", count: 40) + "1" + String(repeating: "]", count: 40) + "\n"
        for link in 1...6 {
            text += "l\(link): &l\(link) " + String(repeating: "[", count: 39) + "*l\(link - 1)" + String(repeating: "]", count: 39) + "\n"
        }
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "links.yaml", parallelism: .serial)
        }
        XCTAssertEqual(diagnostics.map(\.description), ["links.yaml:7:\(9 + 39): error: an alias here would nest deeper than the limit of 256 levels"])
    }

    // MARK: Scalars

    func testYAMLScalarLongerThanTheLimitIsAnError() {
        let text = "a: 1\nlong: " + String(repeating: "x", count: ReaderLimits.maxScalarBytes + 1) + "\n"
        let diagnostics = expectDiagnostics { () throws(DiagnosticsError) in
            try YAMLReader.read(Array(text.utf8), path: "long.yaml", parallelism: .serial)
        }
        XCTAssertEqual(
            diagnostics.map(\.description),
            ["long.yaml:2:7: error: a scalar of \(ReaderLimits.maxScalarBytes + 1) bytes is longer than the limit of 1 MiB"])
    }

    func testScalarsUpToTheLimitAreRead() throws {
        let long = String(repeating: "x", count: ReaderLimits.maxScalarBytes)
        XCTAssertEqual(try readYAML("long: \(long)\n")["long"]?.scalar?.text.utf8.count, ReaderLimits.maxScalarBytes)
        XCTAssertEqual(try readJSON("{\"long\": \"\(long)\"}").0["long"]?.scalar?.text.utf8.count, ReaderLimits.maxScalarBytes)
    }

    func testJSONStringAndKeyLongerThanTheLimitAreErrors() {
        let long = String(repeating: "x", count: ReaderLimits.maxScalarBytes + 1)
        let message = "error: a scalar of \(ReaderLimits.maxScalarBytes + 1) bytes is longer than the limit of 1 MiB"
        let value = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array("{\"a\": 1,\n \"b\": \"\(long)\"}".utf8), path: "long.json")
        }
        XCTAssertEqual(value.map(\.description), ["long.json:2:7: \(message)"])
        let key = expectDiagnostics { () throws(DiagnosticsError) in
            try JSONReader.read(Array("{\"a\": {\"\(long)\": 1}}".utf8), path: "long.json")
        }
        XCTAssertEqual(key.map(\.description), ["long.json:1:7: \(message)"])
    }

    // MARK: Operations

    func testMoreOperationsThanTheLimitAreAnError() {
        var text = spec("paths:\n")
        for index in 0...ReaderLimits.maxOperations {
            text += "  /p\(index):\n    get: {responses: {}}\n"
        }
        let errors = parseErrors(text, path: "ops.yaml")
        let line = 6 + 2 * ReaderLimits.maxOperations + 1
        XCTAssertEqual(errors.map(\.description), ["ops.yaml:\(line):5: error: the document has more operations than the limit of 10000"])
    }

    func testOperationsUpToTheLimitAreRead() throws {
        var text = spec("paths:\n")
        for index in 0..<ReaderLimits.maxOperations {
            text += "  /p\(index):\n    get: {responses: {}}\n"
        }
        XCTAssertEqual(try parseSpec(text).document.operations.count, ReaderLimits.maxOperations)
    }
}
