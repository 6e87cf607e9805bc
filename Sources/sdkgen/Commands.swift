import ArgumentParser
import Foundation
import SDKGenDiagnostics
import SDKGenerator

/// `sdkgen generate`: writes the SDKs.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Generate Swift files from a spec, or every SDK in the configuration.",
        discussion: "Without --spec, reads specs/sdkgen.yaml from the current folder (the repository root).")

    @OptionGroup var job: JobOptions

    @Option(
        help: ArgumentHelp(
            "Write everything into this one file in the output folder instead of a file per group.",
            discussion: "For build tool plugins, which must name their output files before the spec is read."))
    var singleFile: String?

    func run() throws {
        try perform(job, action: .write, layout: singleFile.map { .singleFile($0) } ?? .filePerGroup)
    }
}

/// `sdkgen check`: compares the SDKs on disk with what would be generated.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that generated files are current; writes nothing.",
        discussion: "Exits 0 when every file is current, 1 naming each file that differs.")

    @OptionGroup var job: JobOptions

    func run() throws {
        try perform(job, action: .check, layout: .filePerGroup)
    }
}

/// Runs every job, printing diagnostics on standard error; throws exit status 1 on any
/// error or, when checking, any difference.
private func perform(_ options: JobOptions, action: Generator.Action, layout: SwiftEmitter.Layout) throws {
    try forEachJob(options) { (job, timings) throws(DiagnosticsError) in
        let outcome = try Generator.run(job, action: action, settings: Generator.Settings(layout: layout), timings: &timings)
        outcome.warnings.forEach { printError($0.description) }
        report(outcome.changes, job: job, action: action, layout: layout)
        return action == .write || outcome.changes.isEmpty
    }
}

/// Runs `body` for each of `options`' jobs, printing the diagnostics it throws and, when
/// asked, its timings; throws exit status 1 when a job failed or `body` said so.
private func forEachJob(
    _ options: JobOptions, _ body: (GenerationJob, inout Generator.Timings) throws(DiagnosticsError) -> Bool
) throws {
    var failed = false
    do throws(DiagnosticsError) {
        for job in try options.jobs() {
            var timings = Generator.Timings()
            do throws(DiagnosticsError) {
                if try !body(job, &timings) { failed = true }
            } catch {
                error.diagnostics.forEach { printError($0.description) }
                failed = true
            }
            if options.timings { printTimings(timings, job: job) }
        }
    } catch {
        error.diagnostics.forEach { printError($0.description) }
        failed = true
    }
    if failed { throw ExitCode.failure }
}

private func report(_ changes: OutputWriter.Changes, job: GenerationJob, action: Generator.Action, layout: SwiftEmitter.Layout) {
    let folder = job.outputPath
    if case .singleFile(let name) = layout {
        print("\(folder)/\(name): \(changes.isEmpty ? "up to date" : "written")")
        return
    }
    if changes.isEmpty {
        print("\(folder): up to date")
        return
    }
    if action == .check {
        for path in changes.written { printError("\(folder)/\(path): error: not current; run 'sdkgen generate'") }
        for path in changes.removed { printError("\(folder)/\(path): error: no longer generated; run 'sdkgen generate'") }
    } else {
        print("\(folder): wrote \(changes.written.count) file(s), removed \(changes.removed.count)")
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

func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
