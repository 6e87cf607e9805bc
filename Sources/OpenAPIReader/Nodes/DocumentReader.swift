/// Reads a spec file's bytes into a node tree, choosing JSON or YAML by content.
public enum DocumentReader {
    /// Parses `bytes` as JSON when the first non-space character opens an object or array
    /// (YAML parsers reject some valid JSON, such as surrogate-pair escapes), else as YAML.
    public static func read(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> (Node, SourceFile) {
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") {
            return try JSONReader.read(bytes, path: path)
        }
        return try YAMLReader.read(bytes, path: path)
    }
}
