import Foundation
import OpenAPIReader

/// The whole pipeline for one SDK: read, model, plan, emit, then write or compare.
public enum Generator {
    /// Time spent in each stage, in order.
    public struct Timings: Sendable {
        public var stages: [(name: String, seconds: Double)] = []

        public init() {}

        mutating func measure<T, E: Error>(_ name: String, _ body: () throws(E) -> T) throws(E) -> T {
            let start = ContinuousClock.now
            defer {
                let elapsed = ContinuousClock.now - start
                stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18))
            }
            return try body()
        }
    }

    public struct Outcome: Sendable {
        /// Files written (generate) or differing (check), and generated files removed or stale.
        public var changes: OutputWriter.Changes
        public var warnings: [Diagnostic]
        public var files: [GeneratedFile]
    }

    /// The Swift files for `job`, with the warnings met.
    public static func files(for job: GenerationJob, timings: inout Timings) throws(DiagnosticsError) -> ([GeneratedFile], [Diagnostic]) {
        let bytes = try timings.measure("read") { () throws(DiagnosticsError) -> [UInt8] in
            guard let bytes = FileContents.read(job.specPath) else {
                throw DiagnosticsError([Diagnostic(.error, "cannot read the spec", file: job.specPath)])
            }
            return bytes
        }
        let (root, source) = try timings.measure("parse") { () throws(DiagnosticsError) in
            try DocumentReader.read(bytes, path: job.specPath)
        }
        let parsed = try timings.measure("model") { () throws(DiagnosticsError) in
            try OpenAPIParser.decode(root, source: source)
        }
        let (plan, planWarnings) = try timings.measure("plan") { () throws(DiagnosticsError) in
            try Planner.plan(parsed.document, options: job.options)
        }
        let files = timings.measure("emit") { SwiftEmitter.emit(plan) }
        // Freeing hundreds of thousands of nodes takes a while: it is done on another
        // thread, once the stages that use both cores are over.
        discardInBackground((root, parsed.document, plan))
        return (files, parsed.warnings + planWarnings)
    }

    /// Releases `value` on a background thread, where its deallocation does not hold up
    /// this one (the caller must hold no other reference for this to help).
    private static func discardInBackground(_ value: some Sendable) {
        DispatchQueue.global(qos: .utility).async { [value] in withExtendedLifetime(value) {} }
    }

    /// Generates `job` and writes it (or, with `check`, only compares it with the output).
    public static func run(_ job: GenerationJob, check: Bool, timings: inout Timings) throws(DiagnosticsError) -> Outcome {
        let (files, warnings) = try Self.files(for: job, timings: &timings)
        let directory = URL(fileURLWithPath: job.outputPath)
        let changes = try timings.measure("write") { () throws(DiagnosticsError) in
            check ? OutputWriter.differences(files, in: directory) : try OutputWriter.write(files, to: directory)
        }
        return Outcome(changes: changes, warnings: warnings, files: files)
    }
}
