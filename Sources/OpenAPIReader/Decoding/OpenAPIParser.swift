/// Reads an OpenAPI document: bytes to node tree to model, with diagnostics.
public enum OpenAPIParser {
    /// The document read from `bytes` and the warnings met on the way.
    public struct Result: Sendable {
        public var document: OpenAPIDocument
        public var warnings: [Diagnostic]
    }

    /// Parses a YAML or JSON OpenAPI 3.0/3.1 document; `path` names it in diagnostics.
    /// Throws every error found, each with its line and column.
    public static func parse(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> Result {
        let (root, source) = try DocumentReader.read(bytes, path: path)
        return try decode(root, source: source)
    }

    /// Decodes an already parsed node tree.
    public static func decode(_ root: Node, source: SourceFile) throws(DiagnosticsError) -> Result {
        var decoder = DocumentDecoder(root: root, log: DiagnosticLog(source: source))
        let document = decoder.document()
        if let document, !decoder.log.hasErrors {
            return Result(document: document, warnings: decoder.log.warnings)
        }
        throw DiagnosticsError(decoder.log.all)
    }
}
