import Foundation
@testable import OpenAPIReader
@testable import SDKGenerator
import XCTest

/// On the public specs in `../shared/specs` (skipped when absent): the usage examples in
/// the doc comments pass values the spec accepts. No snippet holds a `"<name>"`
/// placeholder, and each required parameter's and body member's value fits its schema: its
/// `enum`, `pattern` and `format`. Prints per spec how many snippets there are and where their parameters'
/// values come from.
final class SnippetValueCorpusTests: XCTestCase {
    func testSnippetsPassValuesTheSpecAccepts() throws {
        let folder = try TestPaths.sharedSpecs()
        for path in TestPaths.largeSpecs {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(path)))
            let document = try OpenAPIParser.parse(bytes, path: path).document
            let plan = try Planner.plan(document, options: GeneratorOptions(moduleName: "Corpus")).plan
            let snippets = plan.groups.flatMap(\.operations).compactMap(\.snippet).map { $0.joined(separator: "\n") }
            let placeholders = snippets.filter { $0.contains("\"<") }
            XCTAssertEqual(placeholders, [], "snippets of \(path) with placeholders")

            let index = ComponentIndex(document)
            var samples = SnippetSamples()
            var fromSpec = 0
            var free = 0
            var unfit: [String] = []
            for operation in document.operations {
                for parameter in operation.parameters where parameter.required {
                    let schema = index.resolved(parameter.schema)
                    let place = "\(operation.method.rawValue.uppercased()) \(operation.path) \(parameter.name)"
                    guard let sample = samples.sample(of: parameter.schema, examples: parameter.examples, index: index) else {
                        // The name stands in: right only where nothing constrains the value.
                        if case .string = schema.kind, schema.pattern != nil || schema.enumValues != nil {
                            unfit.append("\(place): no value for its pattern or enum")
                        }
                        free += 1
                        continue
                    }
                    fromSpec += 1
                    if case .string(let text) = sample, let problem = Self.problem(text, schema) { unfit.append("\(place): \(problem)") }
                }
                // The required members of the body, which a snippet passes too.
                for media in operation.requestBody?.content ?? [] {
                    guard let body = media.schema.map(index.resolved), case .object(let properties, _) = body.kind else { continue }
                    for property in properties where property.required {
                        let schema = index.resolved(property.schema)
                        let place = "\(operation.method.rawValue.uppercased()) \(operation.path) body \(property.name)"
                        guard let sample = samples.sample(of: property.schema, index: index) else {
                            if case .string = schema.kind, schema.pattern != nil || schema.enumValues != nil {
                                unfit.append("\(place): no value for its pattern or enum")
                            }
                            free += 1
                            continue
                        }
                        fromSpec += 1
                        if case .string(let text) = sample, let problem = Self.problem(text, schema) { unfit.append("\(place): \(problem)") }
                    }
                }
            }
            print("snippet values: \(path): \(snippets.count) snippets; required parameters and body members: \(fromSpec) from the spec's examples and constraints, \(free) unconstrained, \(unfit.count) unfit")
            XCTAssertEqual(unfit, [], path)
        }
    }

    /// Why `text` does not fit `schema`, or `nil` when it does.
    private static func problem(_ text: String, _ schema: Schema) -> String? {
        if let values = schema.enumValues, !values.contains(where: { $0.text == text }) { return "'\(text)' is not in its enum" }
        if let pattern = schema.pattern, let expression = try? NSRegularExpression(pattern: pattern),
            expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) == nil
        {
            return "'\(text)' does not match \(pattern)"
        }
        if let format = schema.format, !ExampleValidation.fits(text, format: format) { return "'\(text)' is not a \(format)" }
        return nil
    }
}
