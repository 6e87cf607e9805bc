/// One node of a parsed YAML or JSON document, with where it came from.
///
/// Scalars keep their source text; they are typed only when a later stage asks
/// (see `Scalar`), so `1.0`, `8443` or `2024-10-01` stay exactly as written.
public struct Node: Sendable {
    /// What the node holds.
    public enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Entry])
    }

    /// A key and its value in a mapping.
    public struct Entry: Sendable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    /// Where the node starts in its source.
    public var mark: Mark

    public init(_ content: Content, at mark: Mark) {
        self.content = content
        self.mark = mark
    }

    /// The scalar, when this node is one.
    public var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The entries, when this node is a mapping.
    public var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The items, when this node is a sequence.
    public var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value for `key` when this node is a mapping holding it.
    public subscript(key: String) -> Node? {
        guard case .mapping(let entries) = content else { return nil }
        for entry in entries where entry.key.scalar?.text == key {
            return entry.value
        }
        return nil
    }

    /// A word for the node's kind, for diagnostics.
    public var kindName: String {
        switch content {
        case .scalar(let scalar): return scalar.isNull ? "null" : "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }
}

/// Where a node starts: a 1-based line and column in YAML; in JSON, the node's index in
/// the document's `JSONSourceMap`, turned into a line and column only when a diagnostic
/// needs one.
public struct Mark: Sendable, Hashable {
    public var line: Int32
    public var column: Int32

    public init(line: Int32, column: Int32) {
        self.line = line
        self.column = column
    }

    /// A JSON node's mark: line 0 and the node's index.
    static func json(index: Int) -> Mark { Mark(line: 0, column: Int32(truncatingIfNeeded: index)) }

    var isJSON: Bool { line == 0 }
}
