import Foundation
@testable import OpenAPIReader
@testable import SDKGenerator
import XCTest

/// On the public specs in `../shared/specs` (skipped when absent): names are API, so
/// growing a spec renames nothing. Each spec is generated, then given a new endpoint (first
/// among its paths, with an inline body, an inline union and a new component) and
/// generated again; the API diff between the two holds additions only.
final class NameStabilityCorpusTests: XCTestCase {
    func testAnAddedEndpointRenamesNothing() throws {
        let folder = try TestPaths.sharedSpecs()
        for path in TestPaths.largeSpecs {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            let grown = try XCTUnwrap(path.hasSuffix(".json") ? Self.grownJSON(text) : Self.grownYAML(text), path)
            let options = GeneratorOptions(moduleName: "Corpus")
            let old = try Planner.plan(OpenAPIParser.parse(Array(text.utf8), path: path).document, options: options).plan
            let new = try Planner.plan(OpenAPIParser.parse(Array(grown.utf8), path: path).document, options: options).plan
            let changes = APIDiff.compare(APISnapshot(old), APISnapshot(new)).changes
            let additions = changes.filter { $0.classification == .additive }
            print("name stability: \(path): \(additions.count) additions, \(changes.count - additions.count) other changes")
            XCTAssertEqual(changes.filter { $0.classification != .additive }.map(\.summary), [], path)
            XCTAssertFalse(additions.isEmpty, "the endpoint was not added to \(path)")
        }
    }

    /// The endpoint added, as YAML indented by `unit` per level.
    private static func endpoint(unit: String) -> String {
        let lines = [
            "/sdkgen-widgets/{widget_id}/copies:",
            "  post:",
            "    operationId: copySdkgenWidget",
            "    parameters:",
            "      - {name: widget_id, in: path, required: true, schema: {type: string}}",
            "    requestBody:",
            "      required: true",
            "      content:",
            "        application/json:",
            "          schema:",
            "            type: object",
            "            properties:",
            "              name: {type: string}",
            "              data: {type: object, properties: {value: {type: string}}}",
            "              mode: {oneOf: [{type: string}, {type: object, properties: {kind: {type: string, enum: [fast]}}}]}",
            "    responses:",
            "      \"200\":",
            "        description: ok",
            "        content:",
            "          application/json:",
            "            schema: {$ref: '#/components/schemas/SdkgenWidget'}",
        ]
        return lines.map { line in
            let depth = line.prefix { $0 == " " }.count / 2
            return unit + String(repeating: unit, count: depth) + line.drop { $0 == " " }
        }.joined(separator: "\n") + "\n"
    }

    private static let component =
        "SdkgenWidget: {type: object, properties: {id: {type: string}, data: {type: object, properties: {a: {type: string}}}}}"

    /// `text` with the endpoint first among its paths and the component first among its
    /// schemas, each indented as the entry after it is.
    private static func grownYAML(_ text: String) -> String? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let paths = lines.firstIndex(of: "paths:"), paths + 1 < lines.count,
            let schemas = lines.firstIndex(where: { $0.hasSuffix("schemas:") && $0.trimmingCharacters(in: .whitespaces) == "schemas:" })
        else { return nil }
        let unit = String(lines[paths + 1].prefix { $0 == " " })
        let schemaIndent = String(lines[schemas + 1].prefix { $0 == " " })
        // The later line first, so the earlier index stays right.
        if schemas > paths {
            lines.insert(schemaIndent + component, at: schemas + 1)
            lines.insert(endpoint(unit: unit), at: paths + 1)
        } else {
            lines.insert(endpoint(unit: unit), at: paths + 1)
            lines.insert(schemaIndent + component, at: schemas + 1)
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with the endpoint and the component, as JSON, first in `paths` and `schemas`.
    private static func grownJSON(_ text: String) -> String? {
        guard let paths = text.range(of: "\"paths\": {"), let schemas = text.range(of: "\"schemas\": {") else { return nil }
        let endpoint = """
            "/sdkgen-widgets/{widget_id}/copies": {"post": {"operationId": "copySdkgenWidget",
              "parameters": [{"name": "widget_id", "in": "path", "required": true, "schema": {"type": "string"}}],
              "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "properties": {
                "name": {"type": "string"}, "data": {"type": "object", "properties": {"value": {"type": "string"}}},
                "mode": {"oneOf": [{"type": "string"}, {"type": "object", "properties": {"kind": {"type": "string", "enum": ["fast"]}}}]}}}}}},
              "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SdkgenWidget"}}}}}}},
            """
        let component = """
            "SdkgenWidget": {"type": "object", "properties": {"id": {"type": "string"}, "data": {"type": "object", "properties": {"a": {"type": "string"}}}}},
            """
        var grown = text
        // The later insertion first, so the earlier range stays right.
        if schemas.lowerBound > paths.lowerBound {
            grown.insert(contentsOf: component, at: schemas.upperBound)
            grown.insert(contentsOf: endpoint, at: paths.upperBound)
        } else {
            grown.insert(contentsOf: endpoint, at: paths.upperBound)
            grown.insert(contentsOf: component, at: schemas.upperBound)
        }
        return grown
    }
}
