import Foundation
import PackagePlugin

/// Generates a Swift SDK from the OpenAPI document and `sdkgen.yaml` (or
/// `sdkgen-config.yaml`) in the directory of the target it is applied to.
///
/// The configuration has the same format as the repository's `specs/sdkgen.yaml`, with one
/// SDK: `spec` is relative to the configuration, `module` names the client
/// (`<module>Client` unless `client` is given), and `output` is ignored: the files are
/// generated into the plugin's work directory and compiled into the target.
@main
struct SDKGenBuildPlugin: BuildToolPlugin {
    static let configNames = ["sdkgen.yaml", "sdkgen-config.yaml"]
    static let specExtensions: Set<String> = ["yaml", "yml", "json"]

    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let config = try Self.configuration(in: target)
        let sdkgen = try context.tool(named: "sdkgen")
        // One file whose name does not depend on the spec: SwiftPM asks a plugin for its
        // commands only when the package or the target's file list changes, not when the
        // spec does, so outputs listed from the spec could go stale. The name is unlikely
        // to clash with the target's own files (Swift rejects two files of the same name).
        let outputFolder = context.pluginWorkDirectoryURL.appending(path: "GeneratedSources", directoryHint: .isDirectory)
        let fileName = "\(target.name).sdkgen.swift"

        // The configuration and every YAML or JSON file in the target: the spec is one of them.
        let inputs = [config] + target.sourceFiles
            .map(\.url)
            .filter { Self.specExtensions.contains($0.pathExtension.lowercased()) && $0.standardizedFileURL != config.standardizedFileURL }

        return [
            .buildCommand(
                displayName: "Generating the \(target.name) SDK with sdkgen",
                executable: sdkgen.url,
                arguments: ["generate", "--config", config.path, "--output", outputFolder.path, "--single-file", fileName],
                inputFiles: inputs,
                outputFiles: [outputFolder.appending(path: fileName)])
        ]
    }

    /// The one configuration file in the target's directory.
    static func configuration(in target: SourceModuleTarget) throws -> URL {
        let found = configNames
            .map { target.directoryURL.appending(path: $0) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        guard found.count == 1 else {
            throw PluginError(
                found.isEmpty
                    ? "target '\(target.name)' uses SDKGenPlugin but has no sdkgen.yaml or sdkgen-config.yaml in \(target.directoryURL.path)"
                    : "target '\(target.name)' has both sdkgen.yaml and sdkgen-config.yaml; keep one")
        }
        return found[0]
    }
}

/// A failure described by one line.
struct PluginError: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
