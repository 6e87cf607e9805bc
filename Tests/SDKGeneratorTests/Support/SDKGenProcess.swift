import Foundation
import SDKGenDiagnostics
import XCTest

/// Runs the built `sdkgen` executable as a user would.
enum SDKGenProcess {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `sdkgen` with `arguments` in `directory` (the package root by default).
    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Run {
        // The test bundle sits in the products folder (macOS) or is that folder (Linux).
        let bundle = Bundle(for: BundleMarker.self).bundleURL
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("sdkgen") }
        guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            XCTFail("sdkgen was not built beside the tests in \(bundle.path)")
            throw CocoaError(.fileNoSuchFile)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? TestPaths.root
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    private final class BundleMarker {}
}
