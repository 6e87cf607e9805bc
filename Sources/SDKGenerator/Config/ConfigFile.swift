import Foundation
import OpenAPIReader
import SDKGenDiagnostics

/// Reads `sdkgen.yaml`: a list of SDKs under `generate`. Absolute `spec` and `output`
/// paths are used as they are; relative ones are relative to the file.
///
/// ```yaml
/// generate:
///   - spec: conductorone-openapi.yaml       # the OpenAPI document
///     output: ../Generated/ConductorOne     # the folder sdkgen owns
///     module: ConductorOne                  # the Swift module
///     client: ConductorOneClient            # optional; <module>Client by default
///     operations: [c1.api.webhooks.v1.WebhooksService.Test]   # optional filter
///     tags: [Webhooks]                      # optional filter
///     names:                                # optional Swift names, used as written, for
///       c1.api.webhooks.v1.Webhook: WebhookRecord    # a component schema,
///       c1.api.webhooks.v1.WebhooksService.Test: sendTest   # an operationId, or a JSON Pointer
///       "#/components/schemas/c1.api.webhooks.v1.Webhook/properties/state/enum/1": active
///     access: public                        # optional: public (default), package or internal
///     grouping: automatic                   # optional: automatic (default), tags or paths
///     formArrays: indexed                   # optional: indexed (default) or repeated
///     nulls: explicit                       # optional: explicit (default) or omitted
///     version: 1.2.0                        # optional: the User-Agent's version; the runtime's by default
///     documentation: guide.md               # optional: Markdown for the DocC landing page's overview
/// ```
package enum ConfigFile {
    static let jobKeys: Set<String> = ["spec", "output", "module", "client", "operations", "tags", "names", "access", "grouping", "formArrays", "nulls", "version", "idempotencyKeys", "documentation"]

    /// The SDKs the file at `path` lists. With `outputOverride` (a build tool plugin's
    /// folder), the file must list exactly one SDK, which is written there, and its
    /// `output` may be left out. `advice` is added to the error when the file cannot be
    /// read, after the reason.
    package static func read(path: String, outputOverride: String? = nil, advice: String? = nil) throws(DiagnosticsError) -> [GenerationJob] {
        let bytes: [UInt8]
        do {
            bytes = try POSIXFile.contents(ofFile: path)
        } catch {
            let message = ["cannot read the configuration file: \(error)", advice].compactMap { $0 }.joined(separator: "; ")
            throw DiagnosticsError([Diagnostic(.error, message, file: path)])
        }
        let parsed = try DocumentReader.read(bytes, path: path)
        let root = parsed.root
        var log = DiagnosticLog(source: parsed.source)
        let base = URL(fileURLWithPath: path).absoluteURL.deletingLastPathComponent()
        // A path from the file: as written when absolute, else found from the file's folder
        // and given from the current folder, to keep diagnostics short.
        func resolved(_ path: String) -> String {
            guard !path.hasPrefix("/") else { return path }
            return base.appendingPathComponent(path).standardized.relativePath(from: FileManager.default.currentDirectoryPath)
        }
        var jobs: [GenerationJob] = []
        for entry in root.entries ?? [] where entry.key.scalar?.text != "generate" {
            log.error("unknown key '\(entry.key.scalar?.text ?? "")'; expected 'generate'", at: entry.key.mark)
        }
        guard let list = root["generate"]?.items else {
            log.error("expected 'generate': a list of SDKs to generate", at: root.mark)
            throw DiagnosticsError(log.all)
        }
        if outputOverride != nil, list.count != 1 {
            log.error("a configuration used with --output must list exactly one SDK", at: root["generate"]!.mark)
            throw DiagnosticsError(log.all)
        }
        for item in list {
            guard let entries = item.entries else {
                log.error("expected an SDK (a mapping with spec, output and module)", at: item.mark)
                continue
            }
            for entry in entries where !jobKeys.contains(entry.key.scalar?.text ?? "") {
                let known = jobKeys.sorted().joined(separator: ", ")
                log.error("unknown key '\(entry.key.scalar?.text ?? "")'; expected one of \(known)", at: entry.key.mark)
            }
            func text(_ key: String) -> String? {
                guard let scalar = item[key]?.scalar, !scalar.isNull else { return nil }
                return scalar.text
            }
            func list(_ key: String) -> [String] {
                item[key]?.items?.compactMap { $0.scalar?.text } ?? []
            }
            guard let spec = text("spec"), let output = outputOverride ?? text("output"), let module = text("module") else {
                log.error("an SDK needs 'spec', 'output' and 'module'", at: item.mark)
                continue
            }

            for key in ["module", "client"] {
                if let name = text(key), !SwiftIdentifier.isValid(name) {
                    log.error("'\(key)' must be \(SwiftIdentifier.rule), not '\(name)'", at: item[key]!.mark)
                }
            }
            var names: [ConfiguredName] = []
            var named: [String: String] = [:]
            for entry in item["names"]?.entries ?? [] {
                guard let component = entry.key.scalar?.text, let name = entry.value.scalar?.text else { continue }
                guard SwiftIdentifier.isValid(name) else {
                    log.error("the name for '\(component)' must be \(SwiftIdentifier.rule), not '\(name)'", at: entry.value.mark)
                    continue
                }
                // Used verbatim, so it must not hide a type that app or generated code names.
                guard !Naming.standardTypeNames.contains(name), !Naming.reservedTypeNames.contains(name) else {
                    log.error("the name for '\(component)' must not be '\(name)', which Swift or Foundation declares", at: entry.value.mark)
                    continue
                }
                if let other = named[name] {
                    log.error("the name '\(name)' is already given to '\(other)'", at: entry.value.mark)
                    continue
                }
                named[name] = component
                names.append(ConfiguredName(key: component, name: name, location: log.source.location(of: entry.key.mark)))
            }
            // A key with a fixed set of values: its value when present and allowed, the
            // default when absent; an error naming the allowed values otherwise.
            var chosen = true
            func choice<Value: RawRepresentable & CaseIterable>(_ key: String, default value: Value) -> Value
            where Value.RawValue == String {
                guard let text = text(key) else { return value }
                guard let choice = Value(rawValue: text) else {
                    let allowed = Value.allCases.map(\.rawValue)
                    let spelled = allowed.dropLast().joined(separator: ", ") + " or " + allowed.last!
                    log.error("'\(key)' must be \(spelled), not '\(text)'", at: item[key]!.mark)
                    chosen = false
                    return value
                }
                return choice
            }
            var options = GeneratorOptions(
                moduleName: module, clientName: text("client"), operations: list("operations"), tags: list("tags"),
                accessLevel: choice("access", default: .public))
            options.names = names
            options.grouping = choice("grouping", default: options.grouping)
            options.formArrays = choice("formArrays", default: options.formArrays)
            options.nulls = choice("nulls", default: options.nulls)
            guard chosen else { continue }
            options.idempotencyKeyOperations = list("idempotencyKeys")
            if let version = text("version") {
                let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-+_")
                guard !version.isEmpty, version.allSatisfy(allowed.contains) else {
                    log.error(
                        "'version' may hold only letters, digits, '.', '-', '+' and '_', not '\(version)'", at: item["version"]!.mark)
                    continue
                }
                options.sdkVersion = version
            }
            if let guide = text("documentation") {
                do {
                    options.documentationGuide = String(decoding: try POSIXFile.contents(ofFile: resolved(guide), limit: 1 << 20), as: UTF8.self)
                } catch {
                    log.error("cannot read the documentation file '\(guide)': \(error)", at: item["documentation"]!.mark)
                    continue
                }
            }
            jobs.append(GenerationJob(specPath: resolved(spec), outputPath: outputOverride ?? resolved(output), options: options))
        }
        if log.hasErrors { throw DiagnosticsError(log.all) }
        return jobs
    }
}

extension URL {
    /// The path relative to `directory` when inside it, else the absolute path; keeps
    /// diagnostics short.
    func relativePath(from directory: String) -> String {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
