/// Prints every usage example of an SDK's doc comments as the body of a function, so
/// compiling the file proves the examples still compile. The functions are never called.
package enum SnippetsEmitter {
    /// The file declaring `enum <harness>Snippets` in the examples harness of module `module`.
    package static func emit(_ plan: SDKPlan, module: String, harness: String) -> GeneratedFile {
        let names = RuntimeNames(shadowed: plan.declaredNames, accessLevel: .public)
        var writer = SwiftWriter(capacity: 64 * 1024)
        writer.line(Code(GeneratedFile.header))
        writer.line()
        writer.line("import Foundation")
        writer.line("import SDKRuntime")
        writer.line("import \(module)")
        writer.line()
        writer.line("/// The usage examples of `\(module)`'s doc comments, each the body of a function taking the")
        writer.line("/// `client` they use: compiled, never run.")
        writer.block("enum \(harness)Snippets") { writer in
            var index = 0
            for group in plan.groups {
                for operation in group.operations {
                    guard let snippet = operation.snippet else { continue }
                    index += 1
                    writer.line("// \(group.typeName).\(operation.swiftName)")
                    writer.block("static func example\(index)(client: \(names.spelling(.named(plan.client.typeName)))) async throws") { writer in
                        for line in snippet { writer.line(Code(line)) }
                        if snippet.first?.hasPrefix("let response = ") == true { writer.line("_ = response") }
                    }
                }
            }
        }
        return GeneratedFile(path: "\(harness)Snippets.swift", bytes: writer.utf8)
    }
}
