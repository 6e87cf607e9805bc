import Foundation
@testable import OpenAPIReader
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// On the public specs in `../shared/specs` (skipped when absent): the examples check finds
/// every example the spec writes. The count here walks the document as a plain tree, without
/// the OpenAPI decoder or the planner: each `example` of a schema, property, parameter,
/// header or media type, and each entry of an `examples` map (one per place that refers to
/// it, when it is a `$ref` into `components/examples`). Every place found must be one the
/// examples check decodes. Prints both counts per spec.
final class ExampleCoverageCorpusTests: XCTestCase {
    private static let specs = [
        "real-world/rw-asana-oas.yaml",
        "real-world/rw-twilio-api-v2010.json",
        "real-world/rw-openai-openapi.yaml",
        "real-world/rw-spotify-fixed-open-api.yml",
    ]

    func testTheExamplesCheckFindsEveryExampleTheSpecWrites() throws {
        let folder = try TestPaths.sharedSpecs()
        var paths = Self.specs
        let oai = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("oai").path)) ?? []
        paths += oai.filter { $0.hasSuffix(".yaml") }.sorted().map { "oai/\($0)" }
        for path in paths {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(path)))
            let parsed = try DocumentReader.read(bytes, path: path)
            var written = ExampleCount(root: parsed.root)
            written.walk(parsed.root, as: .object)
            let document = try OpenAPIParser.parse(bytes, path: path, examples: true).document
            var options = GeneratorOptions(moduleName: "Corpus")
            options.collectsExamples = true
            let checked = Set(try Planner.plan(document, options: options).plan.examples.map(\.location))
            let missing = written.places.filter { !checked.contains(location($0, in: parsed.source)) }
            print("examples: \(path): \(written.places.count) written, \(checked.count) in the examples check, \(missing.count) missed")
            XCTAssertEqual(missing.map { location($0, in: parsed.source) }, [], "examples of \(path) the check does not decode")
        }
    }

    private func location(_ mark: Mark, in source: SourceFile) -> String {
        let place = source.location(of: mark)
        return "\(place.file):\(place.line):\(place.column)"
    }
}

/// The examples of a document, found by walking its tree.
private struct ExampleCount {
    /// What a mapping of the tree is, as far as telling examples apart needs.
    enum Place {
        /// A schema, parameter, header, media type, operation or any other object of the
        /// document: its keys are keywords.
        case object
        /// A mapping whose keys are names the spec chose (`properties`, `paths`,
        /// `responses`, each section of `components`): its values are objects.
        case names
        /// `components`: each value is a section of names.
        case components
    }

    private(set) var places: [Mark] = []
    private let root: Node

    init(root: Node) {
        self.root = root
    }

    mutating func walk(_ node: Node, as place: Place) {
        if let items = node.items {
            for item in items { walk(item, as: .object) }
            return
        }
        guard let entries = node.entries else { return }
        for entry in entries {
            guard let key = entry.key.scalar?.text else { continue }
            switch (place, key) {
            case (.names, _):
                walk(entry.value, as: .object)
            case (.components, "examples"):
                continue  // counted where they are referred to
            case (.components, _):
                walk(entry.value, as: .names)
            case (.object, "example"):
                places.append(entry.value.mark)
            case (.object, "examples"):
                for example in entry.value.entries ?? [] where resolved(example.value)?["value"] != nil {
                    places.append(example.value["$ref"] != nil ? example.value.mark : example.value["value"]!.mark)
                }
            case (.object, "enum"), (.object, "default"), (.object, "const"):
                continue  // values, not places
            case (.object, _) where key.hasPrefix("x-"):
                continue
            case (.object, "components"):
                walk(entry.value, as: .components)
            case (.object, _):
                walk(entry.value, as: Self.namesHolders.contains(key) ? .names : .object)
            }
        }
    }

    /// Keys whose value maps names to schemas, parameters, operations and the rest.
    private static let namesHolders: Set<String> = [
        "paths", "properties", "patternProperties", "responses", "headers", "content", "encoding", "callbacks",
        "links", "webhooks", "\u{24}defs",
    ]

    /// `node`, or what its `$ref` into this document points at.
    private func resolved(_ node: Node) -> Node? {
        guard let reference = node["$ref"]?.scalar?.text else { return node }
        guard reference.hasPrefix("#/") else { return nil }
        var current = root
        for part in reference.dropFirst(2).split(separator: "/") {
            let name = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            guard let next = current[name] else { return nil }
            current = next
        }
        return current
    }
}
