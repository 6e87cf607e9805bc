import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk [--check] [sdkgen options]`:
/// runs `sdkgen generate` (or, with `--check`, `sdkgen check`) at the package root, so the
/// SDKs listed in `specs/sdkgen.yaml` are regenerated (or verified) with the package's own
/// build of sdkgen. Other arguments, such as `--timings` or `--config FILE`, go to sdkgen.
@main
struct GenerateSDKCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let subcommand = extractor.extractFlag(named: "check") > 0 ? "check" : "generate"
        let sdkgen = try context.tool(named: "sdkgen")

        let process = Process()
        process.executableURL = sdkgen.url
        process.arguments = [subcommand] + extractor.remainingArguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()

        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw SDKGenFailure(subcommand: subcommand, status: process.terminationStatus)
        }
    }
}

/// sdkgen exited with a failure status; its own messages were already printed.
struct SDKGenFailure: Error, CustomStringConvertible {
    var subcommand: String
    var status: Int32

    var description: String {
        subcommand == "check" && status == 1
            ? "generated files are not current (or a spec has errors, above); run 'swift package --allow-writing-to-package-directory generate-sdk'"
            : "sdkgen \(subcommand) failed with exit status \(status)"
    }
}
