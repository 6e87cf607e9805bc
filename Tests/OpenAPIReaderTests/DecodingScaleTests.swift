import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// Documents large in one dimension decode in time linear in their size: within the
/// limits, tens of thousands of references or parameters once took the decoder minutes.
final class DecodingScaleTests: XCTestCase {
    func testManyReferencesIntoALargeMappingAreQuick() throws {
        // 30,000 references into 30,000 `components/parameters`: each was a search of them.
        let count = 30_000
        var text = spec("paths:\n")
        for index in stride(from: 0, to: count, by: 10) {
            let references = (index..<index + 10).map { "{$ref: '#/components/parameters/p\(($0 * 7) % count)'}" }
            text += "  /r\(index):\n    get:\n      parameters: [\(references.joined(separator: ", "))]\n      responses: {}\n"
        }
        text += "components:\n  parameters:\n"
        for index in 0..<count { text += "    p\(index): {name: n\(index), in: query}\n" }
        let start = ContinuousClock.now
        let result = try parseSpec(text)
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        XCTAssertEqual(try result.operation(.get, "/r29990").parameters.map(\.name).first, "n\((29_990 * 7) % count)")
    }

    func testALargeMappingIsSearchedForTheFirstOfAKey() throws {
        // Through the index as key by key: the first entry of a key wins. (JSON keys are
        // unique; a YAML mapping is checked when read, so only a tree built in code repeats.)
        var entries = (0..<40).map { Node.Entry(key: Node(.scalar(Scalar("k\($0)", style: .plain)), at: .start), value: Node(.scalar(Scalar("v\($0)", style: .plain)), at: .start)) }
        entries.append(Node.Entry(key: Node(.scalar(Scalar("k3", style: .plain)), at: .start), value: Node(.scalar(Scalar("late", style: .plain)), at: .start)))
        let root = Node(.mapping([Node.Entry(key: Node(.scalar(Scalar("m", style: .plain)), at: .start), value: Node(.mapping(entries), at: .start))]), at: .start)
        var decoder = DocumentDecoder(root: root, log: DiagnosticLog(source: SourceFile(path: "tree")))
        XCTAssertGreaterThanOrEqual(entries.count, DocumentDecoder.mappingSizeIndexed)
        XCTAssertEqual(decoder.resolve("#/m/k3", at: .start)?.scalar?.text, "v3")
        XCTAssertEqual(decoder.resolve("#/m/k39", at: .start)?.scalar?.text, "v39")
        XCTAssertNil(decoder.resolve("#/m/k40", at: .start))
    }

    func testManyParametersOnOneOperationAreQuick() throws {
        // 20,000 on the path item and 20,000 on the operation, half of them the same: each
        // once removed its namesakes from all those before it.
        let count = 20_000
        var text = spec("paths:\n  /a:\n    parameters:\n")
        for index in 0..<count { text += "      - {name: p\(index), in: query}\n" }
        text += "    get:\n      responses: {}\n      parameters:\n"
        for index in stride(from: 0, to: 2 * count, by: 2) { text += "        - {name: p\(index), in: query, required: true}\n" }
        let start = ContinuousClock.now
        let parameters = try parseSpec(text).operation(.get, "/a").parameters
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        XCTAssertEqual(parameters.count, count / 2 + count)
        XCTAssertEqual(parameters.first?.name, "p1")
        XCTAssertEqual(parameters[count / 2].name, "p0")
        XCTAssertEqual(parameters[count / 2].required, true)
    }

    func testAnOperationsParametersReplaceThePathItemsAndTheirOwnNamesakes() throws {
        let text = spec(
            """
            paths:
              /a:
                parameters:
                  - {name: a, in: query}
                  - {name: b, in: query}
                  - {name: b, in: query, description: twice on the path item}
                  - {name: a, in: header}
                get:
                  responses: {}
                  parameters:
                    - {name: a, in: query, description: first}
                    - {name: c, in: query}
                    - {name: a, in: query, description: last}
            """)
        let parameters = try parseSpec(text).operation(.get, "/a").parameters
        XCTAssertEqual(parameters.map { "\($0.location.rawValue) \($0.name) \($0.description ?? "")" }, [
            "query b ", "query b twice on the path item", "header a ", "query c ", "query a last",
        ])
    }
}
