import SDKGenDiagnostics

/// A document's node tree and the file it came from.
package struct ParsedDocument: Sendable {
    /// The document's root node.
    package var root: Node
    /// The file, able to place any node of the tree.
    package var source: SourceFile

    package init(root: Node, source: SourceFile) {
        self.root = root
        self.source = source
    }
}

/// Reads a YAML or JSON file's bytes into a node tree: the node layer's one entry point,
/// used for OpenAPI documents and for sdkgen's configuration file.
package enum DocumentReader {
    /// Parses `bytes` as JSON when the first non-space character opens an object or array
    /// (YAML parsers reject some valid JSON, such as surrogate-pair escapes), else as YAML.
    /// `path` names the file in diagnostics. With `.serial`, nothing runs on another thread.
    /// Documents larger than `ReaderLimits.maxDocumentBytes` are refused unread.
    package static func read(
        _ bytes: [UInt8], path: String, parallelism: Parallelism = .parallel
    ) throws(DiagnosticsError) -> ParsedDocument {
        guard bytes.count <= ReaderLimits.maxDocumentBytes else {
            let start = SourceLocation(file: path, line: 1, column: 1)
            throw DiagnosticsError([Diagnostic(.error, ReaderLimits.documentTooLarge(bytes.count), at: start)])
        }
        let first = bytes.first { !JSONScanner.whitespace.contains($0) }
        if first == JSONScanner.openBrace || first == JSONScanner.openBracket {
            return try JSONReader.read(bytes, path: path)
        }
        return try YAMLReader.read(bytes, path: path, parallelism: parallelism)
    }
}
