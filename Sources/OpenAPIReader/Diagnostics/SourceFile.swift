/// The file a document was read from, able to say where any of its nodes is.
public struct SourceFile: Sendable {
    /// The path as given by the user, used in diagnostics.
    public let path: String
    /// For JSON: the bytes and how nodes map to them, to find a node's line and column
    /// when a diagnostic asks for it.
    let json: (bytes: [UInt8], map: JSONSourceMap)?

    init(path: String) {
        self.path = path
        self.json = nil
    }

    init(path: String, jsonBytes: [UInt8], map: JSONSourceMap) {
        self.path = path
        self.json = (jsonBytes, map)
    }

    /// The line and column of the node at `mark`.
    public func location(of mark: Mark) -> SourceLocation {
        if mark.isJSON, let json {
            let pointer = json.map.pointer(to: Int(mark.column))
            let (line, column) = JSONLocator.locate(pointer, in: json.bytes)
            return SourceLocation(file: path, line: line, column: column)
        }
        return SourceLocation(file: path, line: Int(mark.line), column: Int(mark.column))
    }

    /// The JSON pointer of the node at `mark`, for JSON sources.
    public func jsonPointer(of mark: Mark) -> String? {
        guard mark.isJSON, let json else { return nil }
        return json.map.pointer(to: Int(mark.column)).map(JSONSourceMap.escape).reduce("") { $0 + "/" + $1 }
    }
}
