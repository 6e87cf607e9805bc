import OpenAPIReader
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Plans and prints small inline specs, for tests of single decisions and declarations.
enum PlanTestSupport {
    /// A whole document around `schemas` (indented under `components/schemas`) and `paths`
    /// (indented under `paths`).
    static func document(schemas: String = "", paths: String = "") -> String {
        """
        openapi: 3.1.0
        info: {title: Snippet API, version: "1"}
        paths:
        \(indent(paths, by: 2))
        components:
          schemas:
        \(indent(schemas, by: 4))
        """
    }

    private static func indent(_ text: String, by count: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : String(repeating: " ", count: count) + $0 }.joined(separator: "\n")
    }

    /// The plan of `yaml`, with its warnings.
    static func plan(_ yaml: String, options: GeneratorOptions = GeneratorOptions(moduleName: "Snippet")) throws -> Planner.Result {
        let document = try OpenAPIParser.parse(Array(yaml.utf8), path: "snippet.yaml").document
        return try Planner.plan(document, options: options)
    }

    /// The top-level model named `name`.
    static func model(_ name: String, in plan: SDKPlan, file: StaticString = #filePath, line: UInt = #line) throws -> PlannedDeclaration {
        try XCTUnwrap(plan.models.first { $0.declaration.name == name }?.declaration, "no model \(name)", file: file, line: line)
    }

    /// The Swift text of the top-level model named `name`.
    static func swift(ofModel name: String, in plan: SDKPlan) throws -> String {
        var writer = SwiftWriter()
        ModelEmitter(names: RuntimeNames(shadowed: plan.declaredNames, accessLevel: plan.accessLevel))
            .write(try model(name, in: plan), to: &writer)
        return writer.text
    }

    /// The Swift text of the operation group named `typeName`.
    static func swift(ofGroup typeName: String, in plan: SDKPlan) throws -> String {
        var writer = SwiftWriter()
        let group = try XCTUnwrap(plan.groups.first { $0.typeName == typeName }, "no group \(typeName)")
        OperationEmitter(group: group, names: RuntimeNames(shadowed: plan.declaredNames, accessLevel: plan.accessLevel))
            .write(file: group.file, to: &writer)
        return writer.text
    }
}
