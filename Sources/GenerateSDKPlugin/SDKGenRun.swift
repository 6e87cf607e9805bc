import Foundation
import PackagePlugin

// Shared by the command plugins (this file is linked into each plugin's folder, as
// plugins cannot depend on a library).

/// Runs the package's own `sdkgen` with `arguments` at the package root, its output
/// going straight to the terminal; throws `SDKGenFailure` when it does not exit 0.
func runSDKGen(_ arguments: [String], context: PluginContext) throws {
    let process = Process()
    process.executableURL = try context.tool(named: "sdkgen").url
    process.arguments = arguments
    process.currentDirectoryURL = context.package.directoryURL
    try process.run()
    process.waitUntilExit()
    guard process.terminationReason == .exit, process.terminationStatus == 0 else {
        throw SDKGenFailure(subcommand: arguments.first ?? "", status: process.terminationStatus)
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
