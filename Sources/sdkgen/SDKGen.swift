import ArgumentParser
import Foundation
import SDKGenerator

/// `sdkgen`: generates Swift SDKs from OpenAPI documents.
@main
struct SDKGen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sdkgen",
        abstract: "Generates a Swift SDK from an OpenAPI 3.0 or 3.1 document.",
        discussion: "Exit status: 0 on success, 1 for errors in a spec, the configuration or the output, 2 for usage errors.",
        version: Version.current,
        subcommands: [Generate.self, Check.self, Diff.self, Examples.self]
    )

    /// Runs the command, mapping argument errors to exit status 2.
    static func main() {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            let code = exitCode(for: error)
            if code == .success { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
        do {
            var mutable = command
            try mutable.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
