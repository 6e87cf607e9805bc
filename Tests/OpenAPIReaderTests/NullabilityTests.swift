import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// Every way a document can say "or null" must end up as `Schema.nullable` on the same kind.
final class NullabilityTests: XCTestCase {
    /// The properties of component `Holder` after parsing `properties` (indented for `properties:`).
    private func properties(_ properties: String, version: String = "3.1.0") throws -> [String: Schema] {
        let indented = properties.split(separator: "\n", omittingEmptySubsequences: false).map { "        " + $0 }.joined(separator: "\n")
        let text = spec(
            """
            components:
              schemas:
                Pet: {type: object}
                Holder:
                  type: object
                  properties:
            \(indented)
            """, version: version)
        let holder = try parseSpec(text).schema("Holder")
        guard case .object(let list, _) = holder.kind else {
            XCTFail("Holder is not an object: \(holder.kind)")
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.schema) })
    }

    func testNullableTrueOnAString() throws {
        let schema = try XCTUnwrap(try properties("name: {type: string, nullable: true}", version: "3.0.3")["name"])
        XCTAssertTrue(schema.nullable)
        XCTAssertTrue(isString(schema.kind), "\(schema.kind)")
    }

    func testTypeListWithNull() throws {
        let schema = try XCTUnwrap(try properties(#"name: {type: [string, "null"]}"#)["name"])
        XCTAssertTrue(schema.nullable)
        XCTAssertTrue(isString(schema.kind), "\(schema.kind)")
    }

    func testTypeListWithNullInBlockStyle() throws {
        let schema = try XCTUnwrap(try properties("name:\n  type:\n    - 'null'\n    - string\n  format: email")["name"])
        XCTAssertTrue(schema.nullable)
        XCTAssertTrue(isString(schema.kind), "\(schema.kind)")
        XCTAssertEqual(schema.format, "email")
    }

    func testOneOfReferenceOrNull() throws {
        let schema = try XCTUnwrap(try properties(#"pet: {oneOf: [{$ref: '#/components/schemas/Pet'}, {type: "null"}]}"#)["pet"])
        XCTAssertTrue(schema.nullable)
        XCTAssertEqual(referenceName(schema.kind), "Pet")
    }

    func testAnyOfNullOrString() throws {
        let schema = try XCTUnwrap(try properties(#"name: {anyOf: [{type: 'null'}, {type: string}]}"#)["name"])
        XCTAssertTrue(schema.nullable)
        XCTAssertTrue(isString(schema.kind), "\(schema.kind)")
    }

    func testAllOfReferenceWithNullableTrue() throws {
        let schema = try XCTUnwrap(
            try properties("pet:\n  allOf:\n    - $ref: '#/components/schemas/Pet'\n  nullable: true", version: "3.0.3")["pet"])
        XCTAssertTrue(schema.nullable)
        XCTAssertEqual(referenceName(schema.kind), "Pet")
    }

    func testNullableTrueBesideAReference() throws {
        let schema = try XCTUnwrap(try properties("pet: {$ref: '#/components/schemas/Pet', nullable: true}")["pet"])
        XCTAssertTrue(schema.nullable)
        XCTAssertEqual(referenceName(schema.kind), "Pet")
    }

    func testNullInEnumMakesNullable() throws {
        let schema = try XCTUnwrap(try properties("color: {type: string, enum: [red, null]}")["color"])
        XCTAssertTrue(schema.nullable)
        XCTAssertEqual(schema.enumValues?.map(\.text), ["red"])
    }

    func testPlainSchemasAreNotNullable() throws {
        let all = try properties(
            """
            name: {type: string}
            off: {type: string, nullable: false}
            pet: {$ref: '#/components/schemas/Pet'}
            wrapped: {allOf: [{$ref: '#/components/schemas/Pet'}]}
            quotedNull: {type: string, enum: ['null']}
            """)
        for (name, schema) in all {
            XCTAssertFalse(schema.nullable, "\(name) must not be nullable")
        }
        XCTAssertTrue(isString(try XCTUnwrap(all["name"]).kind))
        XCTAssertEqual(referenceName(try XCTUnwrap(all["wrapped"]).kind), "Pet")
        XCTAssertEqual(all["quotedNull"]?.enumValues?.map(\.text), ["null"], "a quoted 'null' is a value, not null")
    }

    func testAllDialectsAgree() throws {
        let all = try properties(
            """
            a: {$ref: '#/components/schemas/Pet', nullable: true}
            b: {oneOf: [{$ref: '#/components/schemas/Pet'}, {type: 'null'}]}
            c: {allOf: [{$ref: '#/components/schemas/Pet'}], nullable: true}
            d: {allOf: [{$ref: '#/components/schemas/Pet'}], type: ['null']}
            """)
        XCTAssertEqual(all.count, 4)
        for (name, schema) in all {
            XCTAssertTrue(schema.nullable, "\(name) must be nullable")
            XCTAssertEqual(referenceName(schema.kind), "Pet", "\(name)")
        }
    }

    func testNullabilityFromJSON() throws {
        let text = """
            {
              "openapi": "3.1.0",
              "info": {"title": "T", "version": "1"},
              "components": {"schemas": {
                "Pet": {"type": "object"},
                "A": {"type": ["string", "null"]},
                "B": {"oneOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "null"}]},
                "C": {"type": "string"}
              }}
            }
            """
        let result = try parseSpec(text, path: "spec.json")
        XCTAssertTrue(try result.schema("A").nullable)
        XCTAssertTrue(isString(try result.schema("A").kind))
        XCTAssertTrue(try result.schema("B").nullable)
        XCTAssertEqual(referenceName(try result.schema("B").kind), "Pet")
        XCTAssertFalse(try result.schema("C").nullable)
    }
}
