import Foundation
import PackagePlugin

/// `swift package check-sdk [sdkgen options]`: runs `sdkgen check` at the package root and
/// fails naming each generated file that is not what `specs/sdkgen.yaml` produces. Needs no
/// permission: it writes nothing. (`generate-sdk --check` does the same, but that verb
/// asks for write permission whatever its arguments.)
@main
struct CheckSDKCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let sdkgen = try context.tool(named: "sdkgen")

        let process = Process()
        process.executableURL = sdkgen.url
        process.arguments = ["check"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()

        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw StaleSDK(status: process.terminationStatus)
        }
    }
}

/// `sdkgen check` failed; it already named each stale file.
struct StaleSDK: Error, CustomStringConvertible {
    var status: Int32

    var description: String {
        status == 1
            ? "generated files are not current (or a spec has errors, above); run 'swift package --allow-writing-to-package-directory generate-sdk'"
            : "sdkgen check failed with exit status \(status)"
    }
}
