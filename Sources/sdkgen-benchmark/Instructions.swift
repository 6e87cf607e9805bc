import Foundation

/// Instructions counted by valgrind's callgrind: unlike wall time, the same for the same
/// binary and input whatever else the machine is doing. All threads are counted.
enum Instructions {
    /// Whether `valgrind` can be run.
    static var isAvailable: Bool {
        (try? run(["valgrind", "--version"]).status) == 0
    }

    /// The instructions `sdkgen generate` executes on `spec`, as a process of its own.
    static func ofGeneration(spec: String, output: String, sdkgen: String) -> Int {
        count([sdkgen, "generate", "--spec", spec, "--output", output, "--module", "Benchmark"])
    }

    /// The instructions of a process that only runs the parser's floor over `spec`
    /// (`sdkgen-benchmark --floor SPEC`).
    static func ofFloor(spec: String) -> Int {
        count([selfPath(), "--floor", spec])
    }

    /// The total callgrind reports for `arguments`.
    private static func count(_ arguments: [String]) -> Int {
        let arguments = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"] + arguments
        guard let result = try? run(arguments), result.status == 0 else {
            Benchmark.fail("callgrind failed: \(arguments.joined(separator: " "))")
        }
        // "==123== Collected : 1336015800"
        guard let line = result.errors.split(separator: "\n").first(where: { $0.contains("Collected :") }),
            let total = line.split(separator: " ").last.flatMap({ Int($0) })
        else {
            Benchmark.fail("no instruction count in callgrind's output")
        }
        return total
    }

    private static func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The `sdkgen` built beside this executable.
    static var sdkgenPath: String {
        URL(fileURLWithPath: selfPath()).deletingLastPathComponent().appendingPathComponent("sdkgen").path
    }
}
