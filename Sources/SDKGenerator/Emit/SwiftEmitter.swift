import OpenAPIReader

/// Prints a plan as Swift files: the client, one file per operation group and one per
/// group of models, sorted by path; files are printed in parallel.
public enum SwiftEmitter {
    public static func emit(_ plan: SDKPlan) -> [GeneratedFile] {
        let names = RuntimeNames(shadowed: plan.declaredNames, accessLevel: plan.accessLevel)
        var files: [(path: String, text: @Sendable () -> String)] = [
            ("Client.swift", { ClientEmitter(plan: plan, names: names).emit() })
        ]
        for group in plan.groups {
            files.append(("Operations/\(group.typeName).swift", { OperationEmitter(plan: plan, group: group, names: names).emit() }))
        }
        var byFile: [String: [PlannedDeclaration]] = [:]
        for model in plan.models {
            byFile[model.file, default: []].append(model.declaration)
        }
        for (file, declarations) in byFile {
            files.append(("Models/\(file).swift", { ModelEmitter(names: names).emit(declarations) }))
        }
        files.sort { $0.path < $1.path }
        let jobs = files
        return concurrentMap(jobs.count) { GeneratedFile(path: jobs[$0].path, contents: jobs[$0].text()) }
    }

    /// The header and imports every file starts with.
    static func preamble(_ writer: inout SwiftWriter) {
        writer.line(Code(GeneratedFile.header))
        writer.line()
        writer.line("import Foundation")
        writer.line("import SDKRuntime")
        writer.line()
    }
}

/// Spellings of Swift, Foundation and runtime types, qualified where generated types
/// take their names.
struct RuntimeNames {
    let shadowed: Set<String>
    let accessLevel: GeneratorOptions.AccessLevel

    /// The access modifier and a space, or nothing for `internal`.
    var access: String {
        accessLevel == .internal ? "" : accessLevel.rawValue + " "
    }

    func spelling(_ type: TypeReference) -> String {
        SwiftSyntax.spelling(type, shadowed: shadowed)
    }

    /// A runtime or Foundation type by name, qualified when shadowed.
    func runtime(_ name: String, module: String = "SDKRuntime") -> String {
        shadowed.contains(name) ? "\(module).\(name)" : name
    }
}
