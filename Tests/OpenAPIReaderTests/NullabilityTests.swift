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

    /// The components of `references`' targets, each admitting null its own way, and a
    /// `Holder` whose properties refer to them, required or not.
    private let nullableComponents = """
        components:
          schemas:
            Pet: {type: object}
            Owner: {type: object}
            AnyOfNull:
              anyOf:
                - {type: object, properties: {code: {type: string}}}
                - {type: 'null'}
            OneOfSeveral:
              oneOf:
                - {$ref: '#/components/schemas/Pet'}
                - {$ref: '#/components/schemas/Owner'}
                - {type: 'null'}
            TypeList: {type: [object, 'null'], properties: {code: {type: string}}}
            Chained: {$ref: '#/components/schemas/AnyOfNull'}
            Plain: {type: object, properties: {code: {type: string}}}
            Holder:
              type: object
              required: [anyOf, oneOf, typeList, chained, plain, items, values, union, both, one]
              properties:
                anyOf: {$ref: '#/components/schemas/AnyOfNull'}
                oneOf: {$ref: '#/components/schemas/OneOfSeveral'}
                typeList: {$ref: '#/components/schemas/TypeList'}
                chained: {$ref: '#/components/schemas/Chained'}
                later: {$ref: '#/components/schemas/Later'}
                plain: {$ref: '#/components/schemas/Plain'}
                items: {type: array, items: {$ref: '#/components/schemas/AnyOfNull'}}
                values: {type: object, additionalProperties: {$ref: '#/components/schemas/TypeList'}}
                union: {oneOf: [{$ref: '#/components/schemas/AnyOfNull'}, {$ref: '#/components/schemas/Plain'}]}
                both: {allOf: [{$ref: '#/components/schemas/AnyOfNull'}, {$ref: '#/components/schemas/TypeList'}]}
                one: {allOf: [{$ref: '#/components/schemas/AnyOfNull'}, {$ref: '#/components/schemas/Plain'}]}
            Later: {type: [string, 'null']}
        paths:
          /holders:
            post:
              requestBody:
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/AnyOfNull'}
              responses:
                '200':
                  description: A holder.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          error: {$ref: '#/components/schemas/OneOfSeveral'}
        """

    /// A `$ref` to a component that admits null admits null where it is written: the
    /// component's own `anyOf`/`oneOf` null member or `type` list says so for every use.
    func testReferenceToANullAdmittingComponentIsNullable() throws {
        let result = try parseSpec(spec(nullableComponents))
        XCTAssertTrue(try result.schema("AnyOfNull").nullable)
        XCTAssertTrue(try result.schema("OneOfSeveral").nullable)
        XCTAssertTrue(try result.schema("Chained").nullable, "a reference to a nullable component is one itself")
        guard case .object(let list, _) = try result.schema("Holder").kind else { return XCTFail("Holder is not an object") }
        let holder = Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.schema) })
        for name in ["anyOf", "oneOf", "typeList", "chained", "later"] {
            XCTAssertTrue(try XCTUnwrap(holder[name]).nullable, "\(name) refers to a schema that admits null")
        }
        XCTAssertFalse(try XCTUnwrap(holder["plain"]).nullable)
        guard case .array(let items) = try XCTUnwrap(holder["items"]).kind else { return XCTFail("items is not an array") }
        XCTAssertTrue(items.nullable, "array items")
        guard case .object(_, .schema(let values)) = try XCTUnwrap(holder["values"]).kind else { return XCTFail("values is not a map") }
        XCTAssertTrue(values.nullable, "additionalProperties values")
        XCTAssertTrue(try XCTUnwrap(holder["union"]).nullable, "a union with an alternative admitting null admits null")
        XCTAssertTrue(try XCTUnwrap(holder["both"]).nullable, "allOf whose members all admit null")
        XCTAssertFalse(try XCTUnwrap(holder["one"]).nullable, "allOf with a member that does not admit null")

        let operation = try result.operation(.post, "/holders")
        XCTAssertEqual(operation.requestBody?.content.first?.schema?.nullable, true, "a request body")
        let response = try XCTUnwrap(operation.responses.first?.content.first?.schema)
        guard case .object(let members, _) = response.kind else { return XCTFail("the response is not an object") }
        XCTAssertEqual(members.first?.schema.nullable, true, "a property of an inline response schema")
    }
}
