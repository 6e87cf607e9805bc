import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// Component schemas that only refer to each other have no type (`typealias A = B`,
/// `typealias B = A` would not compile): an error at the `$ref`, naming the cycle.
/// Recursion through a type is fine.
final class ReferenceCycleTests: XCTestCase {
    func testTwoSchemasReferringToEachOther() {
        let text = spec(
            """
            components:
              schemas:
                A:
                  $ref: '#/components/schemas/B'
                B:
                  $ref: '#/components/schemas/A'
            """)
        let errors = parseErrors(text, path: "cycle.yaml")
        XCTAssertEqual(
            errors.map(\.description),
            ["cycle.yaml:8:13: error: circular $ref: 'A' -> 'B' -> 'A' (schemas that are only references, with no type in between)"])
    }

    func testSchemaReferringToItself() {
        let text = spec(
            """
            components:
              schemas:
                A: {$ref: '#/components/schemas/A'}
            """)
        let errors = parseErrors(text, path: "self.yaml")
        XCTAssertEqual(errors.first?.description, "self.yaml:7:15: error: circular $ref: 'A' -> 'A' (schemas that are only references, with no type in between)")
        XCTAssertEqual(errors.count, 1)
    }

    func testCycleThroughSingleMemberAllOfAndOneOf() {
        // `allOf: [$ref]` (with `nullable`) and `oneOf: [$ref, null]` are read as the reference.
        let text = spec(
            """
            components:
              schemas:
                Lead:
                  $ref: '#/components/schemas/A'
                A:
                  allOf:
                    - $ref: '#/components/schemas/B'
                  nullable: true
                B:
                  oneOf:
                    - $ref: '#/components/schemas/C'
                    - type: 'null'
                C:
                  description: the last link
                  $ref: '#/components/schemas/A'
            """)
        let errors = parseErrors(text, path: "chain.yaml")
        // Reported once, at the first schema of the cycle; `Lead` only leads into it.
        XCTAssertEqual(errors.count, 1, "\(errors)")
        let cycle = diagnostic(containing: "circular $ref", in: errors)
        XCTAssertEqual(cycle?.message.hasPrefix("circular $ref: 'A' -> 'B' -> 'C' -> 'A' "), true, "\(errors)")
        XCTAssertEqual(cycle?.location?.line, 11)
        XCTAssertEqual(cycle?.location?.column, 17)
    }

    func testTwoSeparateCyclesAreBothReported() {
        let text = spec(
            """
            components:
              schemas:
                A: {$ref: '#/components/schemas/A'}
                B: {$ref: '#/components/schemas/C'}
                C: {$ref: '#/components/schemas/B'}
            """)
        let errors = parseErrors(text)
        XCTAssertEqual(errors.map(\.message.prefixUpToParenthesis), ["circular $ref: 'A' -> 'A'", "circular $ref: 'B' -> 'C' -> 'B'"])
    }

    func testCycleInJSONIsPlacedAtTheReference() {
        let text = """
            {"openapi": "3.1.0", "info": {"title": "T", "version": "1"},
             "components": {"schemas": {
               "A": {"$ref": "#/components/schemas/B"},
               "B": {"$ref": "#/components/schemas/A"}}}}
            """
        let errors = parseErrors(text, path: "cycle.json")
        XCTAssertEqual(errors.first?.description.hasPrefix("cycle.json:3:18: error: circular $ref: 'A' -> 'B' -> 'A'"), true, "\(errors)")
    }

    func testRecursionThroughATypeIsNotACycle() throws {
        let text = spec(
            """
            components:
              schemas:
                Tree:
                  type: object
                  properties:
                    children: {type: array, items: {$ref: '#/components/schemas/Forest'}}
                Forest:
                  $ref: '#/components/schemas/Trees'
                Trees:
                  type: array
                  items: {$ref: '#/components/schemas/Tree'}
                Expression:
                  oneOf:
                    - $ref: '#/components/schemas/Expression'
                    - type: string
                Alias:
                  $ref: '#/components/schemas/Tree'
            """)
        let result = try parseSpec(text)
        XCTAssertEqual(result.document.schemas.map(\.name), ["Tree", "Forest", "Trees", "Expression", "Alias"])
        XCTAssertEqual(referenceName(try result.schema("Forest").kind), "Trees")
    }
}

extension String {
    /// The text before ` (`, to compare messages without their explanation.
    fileprivate var prefixUpToParenthesis: String {
        range(of: " (").map { String(self[..<$0.lowerBound]) } ?? self
    }
}
