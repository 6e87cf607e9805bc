import SDKGenDiagnostics

/// One node of a parsed YAML or JSON document, with where it came from.
///
/// Scalars keep their source text; they are typed only when a later stage asks
/// (see `Scalar`), so `1.0`, `8443` or `2024-10-01` stay exactly as written.
package struct Node: Sendable {
    /// What the node holds.
    package enum Content: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Entry])
    }

    /// A key and its value in a mapping.
    package struct Entry: Sendable {
        package var key: Node
        package var value: Node

        package init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    package var content: Content
    /// Where the node starts in its source.
    package var mark: Mark

    package init(_ content: Content, at mark: Mark) {
        self.content = content
        self.mark = mark
    }

    /// The scalar, when this node is one.
    package var scalar: Scalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    /// The entries, when this node is a mapping.
    package var entries: [Entry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The items, when this node is a sequence.
    package var items: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value for `key` when this node is a mapping holding it.
    package subscript(key: String) -> Node? {
        guard case .mapping(let entries) = content else { return nil }
        // Most keys differ from `key` in length, which is cheaper to compare than the text.
        let length = key.utf8.count
        for entry in entries {
            if case .scalar(let scalar) = entry.key.content, scalar.text.utf8.count == length, scalar.text == key {
                return entry.value
            }
        }
        return nil
    }

    /// A word for the node's kind, for diagnostics.
    package var kindName: String {
        switch content {
        case .scalar(let scalar): return scalar.isNull ? "null" : "a scalar"
        case .sequence: return "a sequence"
        case .mapping: return "a mapping"
        }
    }
}
