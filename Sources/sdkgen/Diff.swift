import ArgumentParser
import Foundation
import SDKGenDiagnostics
import SDKGenerator

/// `sdkgen diff`: what a new spec changes in the generated Swift API.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare the Swift APIs two specs generate: what breaks apps, what breaks on the wire, and the version bump.",
        discussion: """
            OLD and NEW are OpenAPI documents, or configuration files (such as specs/sdkgen.yaml) \
            naming them with their options, or folders of generated SDKs, compared as their API \
            manifests (.sdkgen-api) record them. Types, properties, enum and union cases, operations, \
            arguments and responses are compared as they are generated, and each change is \
            classified: breaking for apps (code using the old SDK stops compiling), breaking on \
            the wire (apps built with the old SDK fail against the new API), or additive. The bump \
            is major when a change breaks apps, minor for other changes apps see, patch otherwise.

            Exit status: 0 when nothing breaks, 1 when a change breaks apps or the wire (or a spec \
            has errors), 2 for usage errors.

            Examples:
              # What a new release of a spec changes in the module API:
              sdkgen diff api-1.4.yaml api-1.5.yaml --module API
              # The SDKs of an older configuration and today's, as JSON for CI:
              sdkgen diff old/sdkgen.yaml specs/sdkgen.yaml --format json
              # Two generated SDKs' folders, as their API manifests record them:
              sdkgen diff released/ConductorOne Generated/ConductorOne --quiet
            """)

    @Argument(help: "The old spec, a configuration naming it, or a generated SDK's folder (its API manifest).")
    var old: String

    @Argument(help: "The new spec, a configuration naming it, or a generated SDK's folder (its API manifest).")
    var new: String

    @Option(help: "The Swift module name (with specs; API by default), or which SDK of a configuration listing several.")
    var module: String?

    @Option(help: "The client type's name (with specs); <module>Client by default.")
    var client: String?

    @Option(name: .customLong("operation"), help: "Keep only the operation with this operationId (with specs); repeat for more.")
    var operations: [String] = []

    @Option(name: .customLong("tag"), help: "Keep only operations with this tag or x-speakeasy-group (with specs); repeat for more.")
    var tags: [String] = []

    @Option(help: "How operations are grouped (with specs): automatic, tags or paths.")
    var grouping: GeneratorOptions.Grouping = .automatic

    @Option(help: "How the report is printed on standard output: text, or json (one object).")
    var format: DiffFormat = .text

    @OptionGroup var report: ReportOptions

    func validate() throws {
        try validateSwiftIdentifiers(["--module": module, "--client": client])
    }

    func run() throws {
        let reporter = Reporter(options: report)
        let options = GeneratorOptions(
            moduleName: module ?? "API", clientName: client, operations: operations, tags: tags, grouping: grouping)
        let result: APIDiffReport
        do throws(DiagnosticsError) {
            let oldAPI = try APIDiff.snapshot(at: old, options: options, module: module)
            let newAPI = try APIDiff.snapshot(at: new, options: options, module: module)
            reporter.diagnose(oldAPI.warnings + newAPI.warnings)
            result = APIDiff.compare(oldAPI.api, newAPI.api)
        } catch {
            reporter.diagnose(error.diagnostics)
            throw ExitCode.failure
        }
        if !report.quiet {
            print(format == .json ? result.json(old: old, new: new) : result.text(old: old, new: new), terminator: "")
        }
        if result.isBreaking { throw ExitCode.failure }
    }
}

/// The ways `sdkgen diff` prints its report.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    /// A summary, then the changes by classification, one per line.
    case text
    /// One JSON object with the bump, the counts and every change.
    case json
}
