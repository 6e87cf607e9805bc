import ArgumentParser
import Foundation
import SDKGenDiagnostics
import SDKGenerator

/// The inputs `generate` and `check` share.
struct JobOptions: ParsableArguments {
    /// The configuration read when neither --config nor --spec is given.
    static let defaultConfig = "specs/sdkgen.yaml"

    @Option(help: "The configuration file listing the SDKs to generate, used when --spec is not given; \(defaultConfig) by default.")
    var config: String?

    @Option(help: "An OpenAPI 3.0 or 3.1 document (YAML or JSON) to generate from instead of the configuration.")
    var spec: String?

    @Option(help: "The folder to write the Swift files to: with --spec, or instead of the output of a configuration that lists one SDK.")
    var output: String?

    @Option(help: "The Swift module name the files belong to (with --spec).")
    var module: String?

    @Option(help: "The client type's name (with --spec); <module>Client by default.")
    var client: String?

    @Option(name: .customLong("operation"), help: "Keep only the operation with this operationId; repeat for more.")
    var operations: [String] = []

    @Option(name: .customLong("tag"), help: "Keep only operations with this tag or x-speakeasy-group; repeat for more.")
    var tags: [String] = []

    @Option(help: "The access level of generated declarations (with --spec): public, package or internal.")
    var access: GeneratorOptions.AccessLevel = .public

    @Option(help: "How operations are grouped (with --spec): automatic (by tag, or by path when tags do not describe resources), tags or paths.")
    var grouping: GeneratorOptions.Grouping = .automatic

    @Flag(help: "Print the time each stage took.")
    var timings = false

    func validate() throws {
        if spec != nil {
            guard output != nil else { throw ValidationError("--spec needs --output") }
            guard module != nil else { throw ValidationError("--spec needs --module") }
            try validateSwiftIdentifiers(["--module": module, "--client": client])
        } else if module != nil || client != nil || !operations.isEmpty || !tags.isEmpty || access != .public || grouping != .automatic {
            throw ValidationError("--module, --client, --operation, --tag, --access and --grouping apply only with --spec")
        }
    }

    /// The SDKs to work on: the one given by --spec, or the configuration's.
    func jobs() throws(DiagnosticsError) -> [GenerationJob] {
        if let spec, let output, let module {
            return [
                GenerationJob(
                    specPath: spec, outputPath: output,
                    options: GeneratorOptions(
                        moduleName: module, clientName: client, operations: operations, tags: tags, accessLevel: access,
                        grouping: grouping))
            ]
        }
        // Build tool plugins generate a configuration's one SDK into their own folder.
        if let config { return try ConfigFile.read(path: config, outputOverride: output) }
        let lookedFor = URL(fileURLWithPath: Self.defaultConfig).path
        return try ConfigFile.read(
            path: Self.defaultConfig, outputOverride: output,
            advice: "looked for \(lookedFor); run at the repository root, or pass --config FILE or --spec FILE --output DIR --module NAME")
    }
}

extension GeneratorOptions.AccessLevel: ExpressibleByArgument {}
extension GeneratorOptions.Grouping: ExpressibleByArgument {}
