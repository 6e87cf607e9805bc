import OpenAPIReader
import SDKGenDiagnostics

/// The configuration's `names:` entries against the spec: each must name exactly one
/// place, and a schema it names must be one the SDK declares a type for. Errors are
/// placed at the entry, in the configuration.
enum NameEntries {
    /// Decodes `parsed` with the places `options.names` name taking their names, and adds
    /// the component schemas among them to `options.typeNames`.
    static func decode(
        _ parsed: ParsedDocument, options: inout GeneratorOptions, examples: Bool = false
    ) throws(DiagnosticsError) -> OpenAPIParser.Result {
        let names = Dictionary(options.names.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
        let model = try OpenAPIParser.decode(parsed, examples: examples, names: names)
        var errors: [Diagnostic] = []
        for entry in options.names {
            let targets = model.names.targets[entry.key] ?? []
            let spec = parsed.source.path
            switch targets.count {
            case 0:
                let what = entry.key.hasPrefix("#/") ? "no place in \(spec)" : "no component schema or operationId of \(spec)"
                errors.append(Diagnostic(.error, "'\(entry.key)' in 'names' matches \(what)", at: entry.location))
            case 1:
                if case .reference(let component) = targets[0] {
                    errors.append(
                        Diagnostic(
                            .error, "'\(entry.key)' in 'names' is a reference to the component schema '\(component)'; name '\(component)' instead",
                            at: entry.location))
                }
            default:
                let matched = targets.map(describe).joined(separator: " and ")
                errors.append(
                    Diagnostic(.error, "'\(entry.key)' in 'names' matches more than one thing: \(matched); use a JSON Pointer to choose one", at: entry.location))
            }
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
        for (component, name) in model.names.components { options.typeNames[component] = name }
        return model
    }

    /// Throws for each entry naming an inline schema no declaration took the name of: a
    /// string, a number, or another schema the SDK declares no type for.
    static func checkUsed(_ options: GeneratorOptions, model: OpenAPIParser.Result, planned: Planner.Result) throws(DiagnosticsError) {
        var errors: [Diagnostic] = []
        for entry in options.names {
            guard case .schema(let mark)? = model.names.targets[entry.key]?.first, !planned.usedConfiguredNames.contains(mark) else { continue }
            errors.append(
                Diagnostic(
                    .error, "'\(entry.key)' in 'names' names a schema the SDK declares no type for (a string, a number, an array or a dictionary of them)",
                    at: entry.location))
        }
        guard errors.isEmpty else { throw DiagnosticsError(errors) }
    }

    private static func describe(_ target: ConfiguredNames.Target) -> String {
        switch target {
        case .component(let name): "the component schema '\(name)'"
        case .reference(let name): "a reference to '\(name)'"
        case .schema: "a schema"
        case .operation(_, let id): id.map { "the operation '\($0)'" } ?? "an operation"
        case .enumValue(_, let value): "the enum value '\(value)'"
        }
    }
}
