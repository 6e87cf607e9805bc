import Foundation
import OpenAPIReader
import SDKGenDiagnostics

// What `sdkgen diff` compares: specs, or configurations naming them.

extension APIDiff {
    /// The SDK `path` describes: a spec, generated with `options`; or a configuration
    /// (a document with `generate` and no `openapi`), its one SDK, or with `module`, its
    /// SDK of that module.
    package static func job(for path: String, options: GeneratorOptions, module: String?) throws(DiagnosticsError) -> GenerationJob {
        let root = try DocumentReader.read(Generator.read(path), path: path).root
        guard root["generate"] != nil, root["openapi"] == nil else {
            return GenerationJob(specPath: path, outputPath: "", options: options)
        }
        let jobs = try ConfigFile.read(path: path)
        let chosen = module.map { name in jobs.filter { $0.options.moduleName == name } } ?? jobs
        guard chosen.count == 1 else {
            let modules = jobs.map(\.options.moduleName).joined(separator: ", ")
            let message =
                chosen.isEmpty
                ? "the configuration lists no SDK of module '\(module ?? "")'; it lists \(modules)"
                : "the configuration lists \(chosen.count) SDKs (\(modules)); choose one with --module"
            throw DiagnosticsError([Diagnostic(.error, message, file: path)])
        }
        return chosen[0]
    }

    /// The API at `path`: the manifest of a generated SDK's folder (or the `.sdkgen-api`
    /// file itself), else what the spec or configuration there generates.
    package static func snapshot(at path: String, options: GeneratorOptions, module: String?) throws(DiagnosticsError) -> (
        api: APISnapshot, warnings: [Diagnostic]
    ) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
            isDirectory.boolValue || URL(fileURLWithPath: path).lastPathComponent == APIManifest.path
        {
            let folder = isDirectory.boolValue ? URL(fileURLWithPath: path) : URL(fileURLWithPath: path).deletingLastPathComponent()
            guard let api = APIManifest.read(in: folder) else {
                throw DiagnosticsError([
                    Diagnostic(.error, "no API manifest (\(APIManifest.path)) that this sdkgen can read is in \(folder.path)", file: path)
                ])
            }
            return (api, [])
        }
        return try snapshot(of: job(for: path, options: options, module: module))
    }

    /// The API `job` generates, and the warnings met planning it.
    package static func snapshot(of job: GenerationJob) throws(DiagnosticsError) -> (api: APISnapshot, warnings: [Diagnostic]) {
        let planned = try Generator.plan(for: job)
        return (APISnapshot(planned.plan), planned.warnings)
    }
}
