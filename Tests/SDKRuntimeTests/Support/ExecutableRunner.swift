import Foundation
import Testing

/// What a finished process left behind.
struct ProcessResult: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the package's executables, built next to the test bundle.
enum ExecutableRunner {
    /// The directory the build put the test bundle and the executables in.
    static var productsDirectory: URL? {
        let candidates = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ] + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        return candidates.compactMap { $0 }.first {
            FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("webhooks-test").path)
        }
    }

    /// Runs `name` with `arguments` and exactly `environment`, killing it after `limit`.
    static func run(
        _ name: String, _ arguments: [String], environment: [String: String], limit: Duration = .seconds(60)
    ) async throws -> ProcessResult {
        let products = try #require(productsDirectory, "the \(name) executable was not built next to the tests")
        let process = Process()
        process.executableURL = products.appendingPathComponent(name)
        process.arguments = arguments
        process.environment = environment
        // Output goes to files, not pipes: reading a pipe would block a thread of the
        // cooperative pool that the loopback server needs.
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("webhooks-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stdoutURL = directory.appendingPathComponent("stdout")
        let stderrURL = directory.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        defer {
            try? stdout.close()
            try? stderr.close()
        }
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        let exited = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { exited.continuation.yield($0.terminationStatus) }
        try process.run()
        // Whatever happens, the process does not outlive its time limit.
        let pid = process.processIdentifier
        let watchdog = Task {
            try await Task.sleep(for: limit)
            kill(pid, SIGKILL)
        }
        var iterator = exited.stream.makeAsyncIterator()
        let status = await iterator.next() ?? -1
        watchdog.cancel()
        return ProcessResult(
            status: status, stdout: String(decoding: try Data(contentsOf: stdoutURL), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrURL), as: UTF8.self))
    }
}
