/// Prints the examples check of an SDK: every example value of the spec with the generated
/// type that must read it, as an `ExamplesCheck.ExamplesRun` in a module of its own that
/// imports the SDK's.
package enum ExamplesEmitter {
    /// The file declaring `enum <harnessModule> { static let run: ExamplesRun }` for the
    /// SDK module `module`; `name` names the spec in reports.
    package static func emit(_ plan: SDKPlan, module: String, harness: String, name: String) -> GeneratedFile {
        let names = RuntimeNames(shadowed: plan.declaredNames.union(["ExampleCase", "ExamplesRun", "ExampleProbe"]), accessLevel: .public)
        var writer = SwiftWriter(capacity: plan.examples.count * 256)
        writer.line(Code(GeneratedFile.header))
        writer.line()
        writer.line("import ExamplesCheck")
        writer.line("import Foundation")
        writer.line("import SDKRuntime")
        writer.line("import \(module)")
        writer.line()
        writer.line("/// The example values of the spec, each with the type of `\(module)` that must read it.")
        writer.block("public enum \(harness)") { writer in
            writer.line("public static let run = ExamplesRun(name: \(SwiftSpelling.stringLiteral(name)), examples: [")
            writer.indented { writer in
                for example in plan.examples {
                    let problems = example.problems.map(SwiftSpelling.stringLiteral).joined(separator: ", ")
                    writer.line(
                        "ExampleCase(subject: \(SwiftSpelling.stringLiteral(example.subject)), location: \(SwiftSpelling.stringLiteral(example.location)), json: \(SwiftSpelling.stringLiteral(example.json)), problems: [\(problems)]) { \(roundTrip(example, module: module, names: names)) },")
                }
            }
            writer.line("])")
        }
        return GeneratedFile(path: "\(harness).swift", bytes: writer.utf8)
    }

    /// The call reading and writing `example` as its type and coding.
    private static func roundTrip(_ example: PlannedExample, module: String, names: RuntimeNames) -> String {
        switch example.coding {
        case .int64String: return "try $0.roundTripInt64String()"
        case .int64StringArray: return "try $0.roundTripInt64StringArray()"
        case .standard: return "try $0.roundTrip(\(spelling(example.type, module: module, names: names)).self)"
        }
    }

    /// Generated types qualified with their module, so no name here hides them.
    private static func spelling(_ type: TypeReference, module: String, names: RuntimeNames) -> String {
        switch type {
        case .named(let name): "\(module).\(name)"
        case .builtin: names.spelling(type)
        case .array(let element): "[\(spelling(element, module: module, names: names))]"
        case .dictionary(let value): "[\(names.runtime("String", module: "Swift")): \(spelling(value, module: module, names: names))]"
        }
    }
}
