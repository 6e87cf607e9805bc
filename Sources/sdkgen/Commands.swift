import ArgumentParser
import Foundation
import SDKGenDiagnostics
import SDKGenerator

/// `sdkgen generate`: writes the SDKs.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift files from a spec, or every SDK in the configuration.",
        discussion: """
            Without --spec, reads specs/sdkgen.yaml from the current folder (the repository root). \
            Over a previous generation, a second line says what changed in the API, as \
            'sdkgen diff' classifies it (from the .sdkgen-api manifest each generation writes).

            Examples:
              # Every SDK in specs/sdkgen.yaml, run at the repository root:
              sdkgen generate
              # One SDK from one spec, into Sources/API:
              sdkgen generate --spec api.yaml --output Sources/API --module API
              # The SDKs api/sdkgen.yaml lists; errors only, as JSON lines for CI:
              sdkgen generate --config api/sdkgen.yaml --quiet --diagnostics-format json
            """)

    @OptionGroup var job: JobOptions
    @OptionGroup var report: ReportOptions

    @Option(
        help: ArgumentHelp(
            "Write everything into this one file in the output folder instead of a file per group.",
            discussion: "For build tool plugins, which must name their output files before the spec is read."))
    var singleFile: String?

    func run() throws {
        try perform(job, Reporter(options: report), action: .write, layout: singleFile.map { .singleFile($0) } ?? .filePerGroup)
    }
}

/// `sdkgen check`: compares the SDKs on disk with what would be generated.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that generated files are current; writes nothing.",
        discussion: """
            Exits 0 when every file is current, 1 naming each file that differs.

            Examples:
              # Every SDK in specs/sdkgen.yaml, run at the repository root:
              sdkgen check
              # One SDK from one spec, compared with Sources/API:
              sdkgen check --spec api.yaml --output Sources/API --module API
              # The same as the first, printing nothing when everything is current:
              sdkgen check --quiet
            """)

    @OptionGroup var job: JobOptions
    @OptionGroup var report: ReportOptions

    func run() throws {
        try perform(job, Reporter(options: report), action: .check, layout: .filePerGroup)
    }
}

/// Runs every job, printing diagnostics on standard error; throws exit status 1 on any
/// error or, when checking, any difference.
private func perform(_ options: JobOptions, _ reporter: Reporter, action: Generator.Action, layout: SwiftEmitter.Layout) throws {
    try forEachJob(options, reporter) { (job, timings) throws(DiagnosticsError) in
        let outcome = try Generator.run(job, action: action, settings: Generator.Settings(layout: layout), timings: &timings)
        reporter.diagnose(outcome.warnings)
        report(outcome, job: job, action: action, layout: layout, to: reporter)
        return action == .write || outcome.changes.isEmpty
    }
}

/// Runs `body` for each of `options`' jobs, printing the
/// diagnostics it throws and, when asked, its timings; throws exit status 1 when a job
/// failed or `body` said so.
private func forEachJob(
    _ options: JobOptions, _ reporter: Reporter, _ body: (GenerationJob, inout Generator.Timings) throws(DiagnosticsError) -> Bool
) throws {
    var failed = false
    do throws(DiagnosticsError) {
        let jobs = try options.jobs()
        for job in jobs {
            var timings = Generator.Timings()
            do throws(DiagnosticsError) {
                if try !body(job, &timings) { failed = true }
            } catch {
                reporter.diagnose(error.diagnostics)
                failed = true
            }
            if options.timings { printTimings(timings, job: job) }
        }
    } catch {
        reporter.diagnose(error.diagnostics)
        failed = true
    }
    if failed { throw ExitCode.failure }
}

/// Says what a job changed: a summary line and, when a previous generation recorded its
/// API, a line saying what changed in it; or when checking, an error for each file that
/// is not current.
private func report(
    _ outcome: Generator.Outcome, job: GenerationJob, action: Generator.Action, layout: SwiftEmitter.Layout, to reporter: Reporter
) {
    let changes = outcome.changes
    let folder = job.outputPath
    if case .singleFile(let name) = layout {
        reporter.summary("\(folder)/\(name): \(changes.isEmpty ? "up to date" : "written")")
        return
    }
    if changes.isEmpty {
        reporter.summary("\(folder): up to date")
        return
    }
    if action == .check {
        reporter.diagnose(
            changes.written.map { Diagnostic(.error, "not current; run 'sdkgen generate'", file: "\(folder)/\($0)") }
                + changes.removed.map { Diagnostic(.error, "no longer generated; run 'sdkgen generate'", file: "\(folder)/\($0)") })
    } else {
        reporter.summary("\(folder): wrote \(changes.written.count) file(s), removed \(changes.removed.count)")
        if let apiChange = outcome.apiChange { reporter.summary("\(folder): \(apiChange.oneLine)") }
    }
}

private func printTimings(_ timings: Generator.Timings, job: GenerationJob) {
    let total = timings.stages.reduce(0) { $0 + $1.seconds }
    let stages = timings.stages.map { "\($0.name) \(milliseconds($0.seconds))" }.joined(separator: ", ")
    print("timings for \(job.specPath): \(stages); total \(milliseconds(total))")
}

private func milliseconds(_ seconds: Double) -> String {
    String(format: "%.1f ms", seconds * 1000)
}
