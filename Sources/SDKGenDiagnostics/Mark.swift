/// Where a node of a document starts.
package enum Mark: Sendable, Hashable {
    /// A 1-based line and column, as YAML nodes carry from libyaml's marks.
    case position(line: Int32, column: Int32)
    /// A node read from JSON, by its index in the document's table of nodes; its line and
    /// column are found in the text only when a diagnostic needs them (see ``SourceFile``).
    case jsonNode(Int32)

    /// The line and column of a YAML mark; `nil` for a JSON node.
    package var position: (line: Int32, column: Int32)? {
        if case .position(let line, let column) = self { return (line, column) }
        return nil
    }

    /// The start of a document, for diagnostics about it as a whole.
    package static let start = Mark.position(line: 1, column: 1)
}
