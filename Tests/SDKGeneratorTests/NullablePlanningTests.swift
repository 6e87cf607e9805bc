import Foundation
@testable import SDKGenerator
import XCTest

/// Which properties can send an explicit `null` (`Nullable<Type>?`) and which are field
/// masks (`FieldMask`).
final class NullablePlanningTests: XCTestCase {
    private let paths = """
        /things/{id}:
          patch:
            operationId: update
            parameters: [{name: id, in: path, required: true, schema: {type: string}}]
            requestBody:
              required: true
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/ThingUpdate'}
            responses:
              "200":
                description: The thing.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Thing'}
        """
    private let schemas = """
        ThingUpdate:
          type: object
          required: [label]
          properties:
            nickname: {type: [string, "null"]}
            label: {type: [string, "null"]}
            size: {type: integer}
            part: {$ref: '#/components/schemas/Part'}
            shared: {$ref: '#/components/schemas/Thing'}
            updateMask: {type: [string, "null"]}
            paths: {type: string, format: field-mask}
            fields: {type: string, description: A google.protobuf.FieldMask of the fields.}
            kind: {type: string, enum: [a, b], description: Not a FieldMask.}
        Part:
          type: object
          properties:
            note: {type: [string, "null"]}
        Thing:
          type: object
          properties:
            nickname: {type: [string, "null"]}
        """

    private func properties(_ name: String, _ options: GeneratorOptions = GeneratorOptions(moduleName: "Snippet")) throws
        -> [String: PlannedProperty]
    {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths), options: options).plan
        guard case .structure(let structure) = try PlanTestSupport.model(name, in: plan) else {
            XCTFail("\(name) is not a struct")
            return [:]
        }
        return Dictionary(uniqueKeysWithValues: structure.properties.map { ($0.jsonName, $0) })
    }

    func testOnlyOptionalNullablePropertiesOfSentModelsSendNull() throws {
        let update = try properties("ThingUpdate")
        XCTAssertEqual(update["nickname"]?.isNullable, true)
        XCTAssertEqual(update["label"]?.isNullable, false, "required: nil is the only null")
        XCTAssertEqual(update["size"]?.isNullable, false, "not nullable")
        XCTAssertEqual(try properties("Part")["note"]?.isNullable, true, "reached only from a request body")
        XCTAssertEqual(try properties("Thing")["nickname"]?.isNullable, false, "returned in a response")
        var options = GeneratorOptions(moduleName: "Snippet")
        options.nulls = .omitted
        XCTAssertEqual(try properties("ThingUpdate", options)["nickname"]?.isNullable, false)
    }

    func testFieldMasks() throws {
        let update = try properties("ThingUpdate")
        for name in ["updateMask", "paths", "fields"] {
            XCTAssertEqual(update[name]?.type, .builtin(.fieldMask), name)
            XCTAssertEqual(update[name]?.isNullable, false, name)
        }
        XCTAssertNotEqual(update["kind"]?.type, .builtin(.fieldMask))
    }

    /// A required nullable member must be in the JSON: `nil` is sent as `null`, and the
    /// initializer takes it without a default so that the caller chooses `nil`.
    func testRequiredNullablePropertiesSendNull() throws {
        let update = try properties("ThingUpdate")
        XCTAssertEqual(update["label"]?.encodesNull, true)
        XCTAssertEqual(update["label"]?.isOptional, true, "decoded with `optional`")
        XCTAssertEqual(update["label"]?.requiresArgument, true)
        XCTAssertEqual(update["nickname"]?.encodesNull, false, "not required: left out when nil")
        XCTAssertEqual(update["nickname"]?.requiresArgument, false)
        var options = GeneratorOptions(moduleName: "Snippet")
        options.nulls = .omitted
        XCTAssertEqual(try properties("ThingUpdate", options)["label"]?.encodesNull, true, "required whatever `nulls` says")

        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths)).plan
        let swift = try PlanTestSupport.swift(ofModel: "ThingUpdate", in: plan)
        XCTAssertTrue(swift.contains(#"try container.putOrNull(self.label, "label")"#), swift)
        XCTAssertTrue(swift.contains(#"self.label = try container.optional("label")"#), swift)
        XCTAssertTrue(swift.contains("label: String?,") || swift.contains("label: String?)"), "no `= nil` default:\n\(swift)")
        XCTAssertFalse(swift.contains("label: String? = nil"), swift)
    }

    func testEmittedShapes() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths)).plan
        let swift = try PlanTestSupport.swift(ofModel: "ThingUpdate", in: plan)
        XCTAssertTrue(swift.contains("public var nickname: Nullable<String>?"), swift)
        XCTAssertTrue(swift.contains("public var updateMask: FieldMask?"), swift)
        XCTAssertTrue(swift.contains(#"self.nickname = try container.optionalNullable("nickname")"#), swift)
        XCTAssertTrue(swift.contains(#"try container.putNullable(self.nickname, "nickname")"#), swift)
    }

    func testConfigurationChoosesNulls() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nulls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("sdkgen.yaml")
        try "generate:\n  - {spec: a.yaml, output: out, module: A, nulls: omitted}\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ConfigFile.read(path: config.path).first?.options.nulls, .omitted)
        try "generate:\n  - {spec: a.yaml, output: out, module: A, nulls: never}\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ConfigFile.read(path: config.path)) { error in
            XCTAssertTrue("\(error)".contains("'nulls' must be explicit or omitted, not 'never'"), "\(error)")
        }
    }
}
