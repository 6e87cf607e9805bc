import Foundation
import OpenAPIReader
import SDKGenDiagnostics
import SDKGenerator

/// Measures every spec and prints the table.
enum Benchmark {
    /// Where the default specs live, relative to the package root.
    static let sharedSpecs = "../shared/specs"

    /// The three ConductorOne specs (1, 2 and 3 MB), then OpenAI's and Twilio's.
    static let defaultSpecs = [
        "\(sharedSpecs)/conductorone/c1-sdk-typescript-out-openapi-2025-09-23.yaml",
        "\(sharedSpecs)/conductorone/c1-terraform-openapi-v1.4.0-2026-05-21.yaml",
        "\(sharedSpecs)/conductorone/c1-terraform-openapi-v1.5.0-2026-08-20.yaml",
        "\(sharedSpecs)/real-world/rw-openai-openapi.yaml",
        "\(sharedSpecs)/real-world/rw-twilio-api-v2010.json",
    ]

    /// A folder in memory where the system has one, else the temporary folder.
    static var defaultOutputRoot: URL {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isDirectory), isDirectory.boolValue,
            FileManager.default.isWritableFile(atPath: "/dev/shm")
        {
            return URL(fileURLWithPath: "/dev/shm")
        }
        return FileManager.default.temporaryDirectory
    }

    static func run(specs: [String], runs: Int, outputRoot: URL, instructions: Bool) {
        print("sdkgen-benchmark: \(runs) runs per spec, medians in ms; \(ProcessInfo.processInfo.activeProcessorCount) cores; output under \(outputRoot.path)")
        print("measuring", terminator: "")
        var rows: [Row] = []
        for spec in specs {
            print(" \(URL(fileURLWithPath: spec).lastPathComponent)", terminator: "")
            fflush(nil)
            rows.append(measure(spec: spec, runs: runs, outputRoot: outputRoot, instructions: instructions))
        }
        print("\n")
        Table.print(rows)
    }

    /// One spec's measurements.
    static func measure(spec: String, runs: Int, outputRoot: URL, instructions: Bool) -> Row {
        guard let data = FileManager.default.contents(atPath: spec) else { fail("cannot read \(spec)") }
        let bytes = Array(data)
        let scratch = outputRoot.appendingPathComponent("sdkgen-benchmark-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }

        var row = Row(spec: spec, bytes: bytes.count)
        row.operations = (try? OpenAPIParser.parse(bytes, path: spec).document.operations.count) ?? 0

        // A warm-up run, not counted, that also gives the output's size.
        let warmUp = generate(spec: spec, output: scratch.appendingPathComponent("warm-up/Out").path)
        row.lines = warmUp.files.reduce(0) { $0 + $1.bytes.count { $0 == UInt8(ascii: "\n") } }

        var totals: [Double] = []
        var stages: [String: [Double]] = [:]
        for run in 0..<runs {
            var timings = Generator.Timings()
            let output = scratch.appendingPathComponent("run-\(run)/Out").path
            totals.append(seconds { _ = generate(spec: spec, output: output, timings: &timings) })
            for stage in timings.stages { stages[stage.name, default: []].append(stage.seconds) }
            try? FileManager.default.removeItem(atPath: output)
        }
        row.total = median(totals)
        row.stages = stages.mapValues(median)

        let floors = (0..<runs).map { _ in Floors.measure(bytes) }
        row.floor = (floors[0].name, median(floors.map(\.seconds)))
        row.peakMegabytes = PeakMemory.ofChild(arguments: ["--single", spec, scratch.appendingPathComponent("single/Out").path])
        if instructions {
            row.instructions = (
                Instructions.ofGeneration(spec: spec, output: scratch.appendingPathComponent("callgrind/Out").path, sdkgen: Instructions.sdkgenPath),
                Instructions.ofFloor(spec: spec))
        }
        return row
    }

    /// Generates every operation of `spec` into `output` once, in this process.
    static func generateOnce(spec: String, output: String) {
        _ = generate(spec: spec, output: output)
    }

    @discardableResult
    private static func generate(spec: String, output: String) -> Generator.Outcome {
        var timings = Generator.Timings()
        return generate(spec: spec, output: output, timings: &timings)
    }

    private static func generate(spec: String, output: String, timings: inout Generator.Timings) -> Generator.Outcome {
        let job = GenerationJob(specPath: spec, outputPath: output, options: GeneratorOptions(moduleName: "Benchmark"))
        do {
            return try Generator.run(job, action: .write, timings: &timings)
        } catch {
            fail(error.diagnostics.map(\.description).joined(separator: "\n"))
        }
    }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("sdkgen-benchmark: \(message)\n".utf8))
        exit(1)
    }
}

/// The seconds `body` takes.
func seconds(_ body: () -> Void) -> Double {
    let start = ContinuousClock.now
    body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

/// The middle value (the mean of the two middle values for an even count).
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
