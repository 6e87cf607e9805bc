import Foundation
import OpenAPIReader
import SDKGenDiagnostics

/// The generator's entry point: one SDK through every stage, each a plain function of the
/// last one's result: read the spec's bytes, parse them into a node tree, decode the
/// OpenAPI model, plan the SDK, emit Swift files, and write them (or compare them with
/// what is on disk).
package enum Generator {
    /// What to do with the generated files.
    package enum Action: Sendable {
        /// Write them to the job's output folder.
        case write
        /// Only compare them with the output folder.
        case check
    }

    /// How each run is carried out; the defaults are what the command line does.
    package struct Settings: Sendable {
        package var layout: SwiftEmitter.Layout
        /// Whether parsing, emitting and writing may use several cores.
        package var parallelism: Parallelism

        package init(layout: SwiftEmitter.Layout = .filePerGroup, parallelism: Parallelism = .parallel) {
            self.layout = layout
            self.parallelism = parallelism
        }
    }

    /// Time spent in each stage, in order.
    package struct Timings: Sendable {
        /// One stage's name and the seconds it took.
        package struct Stage: Sendable {
            package var name: String
            package var seconds: Double
        }

        package var stages: [Stage] = []

        package init() {}

        mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
            let start = ContinuousClock.now
            defer {
                let elapsed = ContinuousClock.now - start
                stages.append(Stage(name: name, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
            }
            return try body()
        }
    }

    /// The files of one SDK and the warnings met making them.
    package struct Emitted: Sendable {
        package var files: [GeneratedFile]
        package var warnings: [Diagnostic]
        /// The API the files declare, recorded in their manifest (file per group only).
        package var api: APISnapshot? = nil
    }

    /// What a run did.
    package struct Outcome: Sendable {
        /// Files written (write) or differing (check), and generated files removed or stale.
        package var changes: OutputWriter.Changes
        package var warnings: [Diagnostic]
        package var files: [GeneratedFile]
        /// What writing changed in the API, from the manifest the output held before; `nil`
        /// when checking, when nothing was written, or when there was no manifest.
        package var apiChange: APIDiffReport? = nil
    }

    /// The Swift files for `job`, with the warnings met.
    package static func files(
        for job: GenerationJob, settings: Settings = Settings(), timings: inout Timings
    ) throws(DiagnosticsError) -> Emitted {
        let bytes = try timings.measure("read") { () throws(DiagnosticsError) in try read(job.specPath) }
        return try files(from: bytes, path: job.specPath, options: job.options, settings: settings, timings: &timings)
    }

    /// The Swift files for the spec in `bytes`, every stage after reading the file; `path`
    /// names the spec in diagnostics. The fuzzer's way in.
    package static func files(
        from bytes: [UInt8], path: String, options: GeneratorOptions, settings: Settings = Settings(), timings: inout Timings
    ) throws(DiagnosticsError) -> Emitted {
        let parsed = try timings.measure("parse") { () throws(DiagnosticsError) in
            try DocumentReader.read(bytes, path: path, parallelism: settings.parallelism)
        }
        var options = options
        let model = try timings.measure("model") { () throws(DiagnosticsError) in try NameEntries.decode(parsed, options: &options) }
        let planned = try timings.measure("plan") { () throws(DiagnosticsError) in
            try Planner.plan(model.document, options: options)
        }
        try NameEntries.checkUsed(options, model: model, planned: planned)
        var api: APISnapshot?
        let files = timings.measure("emit") {
            var files = SwiftEmitter.emit(planned.plan, layout: settings.layout, parallelism: settings.parallelism)
            // A build tool plugin's single file is never regenerated over or documented:
            // no manifest, no catalog.
            if case .filePerGroup = settings.layout {
                let snapshot = APISnapshot(planned.plan)
                files.append(APIManifest.file(for: snapshot))
                files.append(CatalogEmitter(plan: planned.plan).write())
                api = snapshot
            }
            return files
        }
        return Emitted(files: files, warnings: model.warnings + planned.warnings, api: api)
    }

    /// The plan for `job`: every stage up to planning, with the warnings met.
    static func plan(for job: GenerationJob) throws(DiagnosticsError) -> Planner.Result {
        var options = job.options
        let model = try NameEntries.decode(DocumentReader.read(read(job.specPath), path: job.specPath), options: &options)
        var result = try Planner.plan(model.document, options: options)
        try NameEntries.checkUsed(options, model: model, planned: result)
        result.warnings = model.warnings + result.warnings
        return result
    }

    /// Generates `job` and writes it, or only compares it with the output.
    package static func run(
        _ job: GenerationJob, action: Action, settings: Settings = Settings(), timings: inout Timings
    ) throws(DiagnosticsError) -> Outcome {
        let emitted = try files(for: job, settings: settings, timings: &timings)
        let directory = URL(fileURLWithPath: job.outputPath)
        let previousAPI = action == .write ? APIManifest.read(in: directory) : nil
        let changes = try timings.measure("write") { () throws(DiagnosticsError) in
            switch (action, settings.layout) {
            case (.check, _):
                return OutputWriter.differences(emitted.files, in: directory, parallelism: settings.parallelism)
            case (.write, .filePerGroup):
                return try OutputWriter.write(emitted.files, to: directory, parallelism: settings.parallelism)
            case (.write, .singleFile):
                var changes = OutputWriter.Changes()
                for file in emitted.files where try OutputWriter.write(file, in: directory) {
                    changes.written.append(file.path)
                }
                return changes
            }
        }
        var outcome = Outcome(changes: changes, warnings: emitted.warnings, files: emitted.files)
        if let previousAPI, let api = emitted.api, !changes.isEmpty {
            outcome.apiChange = APIDiff.compare(previousAPI, api)
        }
        return outcome
    }

    /// The examples check of `job`'s SDK: the files of module `harness` that list every
    /// example value of the spec with the type of the SDK that must read it, and compile
    /// every usage example of its doc comments.
    package static func examplesHarness(for job: GenerationJob, harness: String) throws(DiagnosticsError) -> Emitted {
        var options = job.options
        options.collectsExamples = true
        let parsed = try DocumentReader.read(read(job.specPath), path: job.specPath)
        let model = try NameEntries.decode(parsed, options: &options, examples: true)
        let planned = try Planner.plan(model.document, options: options)
        let name = URL(fileURLWithPath: job.specPath).lastPathComponent
        let files = [
            ExamplesEmitter.emit(planned.plan, module: options.moduleName, harness: harness, name: name),
            SnippetsEmitter.emit(planned.plan, module: options.moduleName, harness: harness),
        ]
        return Emitted(files: files, warnings: model.warnings + planned.warnings)
    }

    /// The spec's bytes.
    static func read(_ path: String) throws(DiagnosticsError) -> [UInt8] {
        do {
            return try POSIXFile.contents(ofFile: path, limit: ReaderLimits.maxDocumentBytes)
        } catch {
            throw DiagnosticsError([Diagnostic(.error, "cannot read the spec: \(error)", file: path)])
        }
    }
}
