import SDKGenDiagnostics

// Typed reads of mapping fields, reporting a wrong kind of node at the node.

extension DocumentDecoder {
    /// The mapping entries of `node`, or an error naming `what` was expected.
    /// A null scalar (a key written with no value) counts as an empty mapping.
    mutating func entries(_ node: Node, _ what: @autoclosure () -> String) -> [Node.Entry]? {
        if let entries = node.entries { return entries }
        if node.scalar?.isNull == true { return [] }
        log.error("expected \(what()) to be a mapping, found \(node.kindName)", at: node.mark)
        return nil
    }

    /// The items of `node`, or an error.
    /// A null scalar (a key written with no value) counts as an empty sequence.
    mutating func items(_ node: Node, _ what: @autoclosure () -> String) -> [Node]? {
        if let items = node.items { return items }
        if node.scalar?.isNull == true { return [] }
        log.error("expected \(what()) to be a sequence, found \(node.kindName)", at: node.mark)
        return nil
    }

    /// The text of `node` when it is a non-null scalar, or an error.
    mutating func text(_ node: Node, _ what: @autoclosure () -> String) -> String? {
        if let scalar = node.scalar, !scalar.isNull { return scalar.text }
        log.error("expected \(what()) to be a string, found \(node.kindName)", at: node.mark)
        return nil
    }

    /// The text of `parent[key]`, `nil` when absent.
    mutating func optionalText(_ parent: Node, _ key: String) -> String? {
        guard let node = parent[key] else { return nil }
        if node.scalar?.isNull == true { return nil }
        return text(node, "'\(key)'")
    }

    /// The text of `parent[key]`, or an error at `parent` when it is missing.
    mutating func requiredText(_ parent: Node, _ key: String, in what: @autoclosure () -> String) -> String? {
        guard let node = parent[key] else {
            log.error("\(what()) is missing the required field '\(key)'", at: parent.mark)
            return nil
        }
        return text(node, "'\(key)'")
    }

    /// The boolean at `parent[key]`, `fallback` when absent; a non-boolean is an error.
    mutating func bool(_ parent: Node, _ key: String, default fallback: Bool = false) -> Bool {
        guard let node = parent[key] else { return fallback }
        if let value = node.scalar?.bool { return value }
        if node.scalar?.isNull == true { return fallback }
        log.error("expected '\(key)' to be true or false, found \(node.scalar.map { "'\($0.text)'" } ?? node.kindName)", at: node.mark)
        return fallback
    }

    /// The texts of a sequence of scalars at `parent[key]`, empty when absent.
    mutating func texts(_ parent: Node, _ key: String) -> [String] {
        guard let node = parent[key], let items = items(node, "'\(key)'") else { return [] }
        return items.compactMap { text($0, "an item of '\(key)'") }
    }
}
