import ArgumentParser
import Foundation
import SDKGenDiagnostics
import SDKGenerator

/// `sdkgen examples`: writes the examples check of an SDK.
struct Examples: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the examples check of an SDK: every example value in the spec, with the generated type that must read it.",
        discussion: """
            Writes <output>/<harness>.swift: a module (depending on the SDK's module and on the
            ExamplesCheck library) whose `<harness>.run` decodes each example with its type,
            encodes it again and compares the JSON; and <output>/<harness>Snippets.swift, every
            usage example of the SDK's doc comments as a function body, so building the module
            proves they compile. `.ci/corpus-check` builds and runs it for every spec in
            ../shared/specs.

            Examples:
              # The examples check of the SDK module API, into Sources/APIExamples:
              sdkgen examples --spec api.yaml --module API --harness APIExamples \\
                  --output Sources/APIExamples
              # The same, printing errors only, as JSON lines for CI:
              sdkgen examples --spec api.yaml --module API --harness APIExamples \\
                  --output Sources/APIExamples --quiet --diagnostics-format json
            """)

    @Option(help: "The OpenAPI document the SDK is generated from.")
    var spec: String

    @Option(help: "The SDK's module, as generated with the same spec.")
    var module: String

    @Option(help: "The name of the check's module and of its enum.")
    var harness: String

    @Option(help: "The folder to write <harness>.swift and <harness>Snippets.swift to.")
    var output: String

    @OptionGroup var report: ReportOptions

    func validate() throws {
        try validateSwiftIdentifiers(["--module": module, "--harness": harness])
    }

    func run() throws {
        let job = GenerationJob(specPath: spec, outputPath: output, options: GeneratorOptions(moduleName: module))
        let reporter = Reporter(options: report)
        do throws(DiagnosticsError) {
            let emitted = try Generator.examplesHarness(for: job, harness: harness)
            reporter.diagnose(emitted.warnings)
            for file in emitted.files {
                let wrote = try OutputWriter.write(file, in: URL(fileURLWithPath: output))
                reporter.summary("\(output)/\(file.path): \(wrote ? "written" : "up to date")")
            }
        } catch {
            reporter.diagnose(error.diagnostics)
            throw ExitCode.failure
        }
    }
}
