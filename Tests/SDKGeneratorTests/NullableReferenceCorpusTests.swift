import Foundation
@testable import OpenAPIReader
import XCTest

/// On the public specs in `../shared/specs` (skipped when absent): every required property
/// whose `$ref` names a component schema that admits null is nullable, so it is generated
/// optional. Prints, per spec, how many components admit null and how many properties,
/// and required properties, refer to one: the required ones were non-optional before
/// references carried their target's nullability.
final class NullableReferenceCorpusTests: XCTestCase {
    private static let specs = [
        "real-world/rw-openai-openapi.yaml",
        "conductorone/c1-sdk-typescript-out-openapi-2025-09-23.yaml",
        "conductorone/c1-terraform-openapi-v1.4.0-2026-05-21.yaml",
        "conductorone/c1-terraform-openapi-v1.5.0-2026-08-20.yaml",
        "real-world/rw-asana-oas.yaml",
        "real-world/rw-twilio-api-v2010.json",
        "real-world/rw-spotify-fixed-open-api.yml",
    ]

    private struct Counts {
        var components = 0
        var references = 0
        var required = 0
        var requiredNotNullable: [String] = []
    }

    func testRequiredReferencesToNullableComponentsAreNullable() throws {
        let folder = TestPaths.shared.appendingPathComponent("specs")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw XCTSkip("needs ../shared/specs beside the package (present in CI, not in a fresh clone)")
        }
        var paths = Self.specs
        for directory in ["oai", "swift-openapi-generator"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(directory).path)) ?? []
            paths += names.filter { $0.hasSuffix(".yaml") }.sorted().map { "\(directory)/\($0)" }
        }
        for path in paths {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(path)))
            guard let document = try? OpenAPIParser.parse(bytes, path: path).document else { continue }
            let counts = Self.counts(in: document)
            print("nullable references: \(path): \(counts.components) components admit null, referred to by "
                + "\(counts.references) properties, \(counts.required) of them required; "
                + "\(counts.requiredNotNullable.count) required still not nullable")
            XCTAssertEqual(counts.requiredNotNullable, [], path)
        }
    }

    private static func counts(in document: OpenAPIDocument) -> Counts {
        var byName: [String: Schema] = [:]
        for named in document.schemas where byName[named.name] == nil { byName[named.name] = named.schema }
        // Whether a component admits null, following references, independently of the reader.
        func admitsNull(_ name: String, seen: Set<String> = []) -> Bool {
            guard !seen.contains(name), let schema = byName[name] else { return false }
            if schema.nullable { return true }
            if case .reference(let next) = schema.kind { return admitsNull(next, seen: seen.union([name])) }
            return false
        }
        var counts = Counts()
        counts.components = byName.keys.filter { admitsNull($0) }.count
        func visit(_ schema: Schema, at path: String) {
            switch schema.kind {
            case .object(let properties, let additional):
                for property in properties {
                    if case .reference(let name) = property.schema.kind, admitsNull(name) {
                        counts.references += 1
                        if property.required {
                            counts.required += 1
                            if !property.schema.nullable { counts.requiredNotNullable.append("\(path).\(property.name)") }
                        }
                    }
                    visit(property.schema, at: "\(path).\(property.name)")
                }
                if case .schema(let values) = additional { visit(values, at: path + ".*") }
            case .array(let items):
                visit(items, at: path + "[]")
            case .allOf(let members), .oneOf(let members, _):
                for member in members { visit(member, at: path) }
            case .any, .reference, .boolean, .integer, .number, .string:
                break
            }
        }
        for named in document.schemas { visit(named.schema, at: named.name) }
        for operation in document.operations {
            let label = "\(operation.method.rawValue) \(operation.path)"
            for media in operation.requestBody?.content ?? [] { media.schema.map { visit($0, at: label + " body") } }
            for response in operation.responses {
                for media in response.content { media.schema.map { visit($0, at: "\(label) \(response.status)") } }
            }
        }
        return counts
    }
}
