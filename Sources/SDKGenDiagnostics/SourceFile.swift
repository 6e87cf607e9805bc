/// The file a document was read from, able to say where any of its nodes is.
package struct SourceFile: Sendable {
    /// The path as given by the user, used in diagnostics.
    package let path: String
    /// For JSON sources: how a node's index maps back to the text.
    private let jsonNodes: (any JSONNodeLocator)?

    package init(path: String, jsonNodes: (any JSONNodeLocator)? = nil) {
        self.path = path
        self.jsonNodes = jsonNodes
    }

    /// The line and column of the node at `mark`.
    package func location(of mark: Mark) -> SourceLocation {
        switch mark {
        case .position(let line, let column):
            return SourceLocation(file: path, line: Int(line), column: Int(column))
        case .jsonNode(let index):
            let (line, column) = jsonNodes?.lineAndColumn(ofNode: Int(index)) ?? (1, 1)
            return SourceLocation(file: path, line: line, column: column)
        }
    }

    /// The JSON pointer of the node at `mark`, for JSON sources.
    package func jsonPointer(of mark: Mark) -> String? {
        guard case .jsonNode(let index) = mark, let jsonNodes else { return nil }
        return jsonNodes.pointer(toNode: Int(index))
    }
}

/// Finds the nodes of a JSON document in its text, by their index.
package protocol JSONNodeLocator: Sendable {
    /// The 1-based line and column where node `index` starts.
    func lineAndColumn(ofNode index: Int) -> (line: Int, column: Int)
    /// The JSON pointer (RFC 6901) of node `index`.
    func pointer(toNode index: Int) -> String
}
