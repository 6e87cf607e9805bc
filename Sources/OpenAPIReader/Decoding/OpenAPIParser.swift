import SDKGenDiagnostics

/// The reader's entry point: an OpenAPI document's bytes to the node tree to the model,
/// with diagnostics.
package enum OpenAPIParser {
    /// The document read and the warnings met on the way.
    package struct Result: Sendable {
        package var document: OpenAPIDocument
        package var warnings: [Diagnostic]
        /// What each key of the `names` asked for names in the document.
        package var names = ConfiguredNames()
    }

    /// Parses a YAML or JSON OpenAPI 3.0/3.1 document; `path` names it in diagnostics.
    /// Throws every error found, each with its line and column. With `examples`, the model
    /// also holds what only the examples check uses: the examples of parameters and the
    /// headers of responses. `names` maps the configuration's `names:` keys (a component
    /// schema, an operationId or a JSON Pointer) to the names the places they name get.
    package static func parse(
        _ bytes: [UInt8], path: String, parallelism: Parallelism = .parallel, examples: Bool = false, names: [String: String] = [:]
    ) throws(DiagnosticsError) -> Result {
        try decode(DocumentReader.read(bytes, path: path, parallelism: parallelism), examples: examples, names: names)
    }

    /// Decodes an already parsed node tree (the second half of `parse`, for callers that
    /// time the stages apart).
    package static func decode(
        _ parsed: ParsedDocument, examples: Bool = false, names: [String: String] = [:]
    ) throws(DiagnosticsError) -> Result {
        var decoder = DocumentDecoder(root: parsed.root, log: DiagnosticLog(source: parsed.source))
        decoder.readsExamples = examples
        if !names.isEmpty { decoder.configuredNames = ConfiguredNames(names, root: parsed.root) }
        let document = decoder.document()
        if let document, !decoder.log.hasErrors {
            return Result(document: document, warnings: decoder.log.warnings, names: decoder.configuredNames)
        }
        throw DiagnosticsError(decoder.log.all)
    }
}
