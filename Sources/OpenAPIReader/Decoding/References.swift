import Foundation
import SDKGenDiagnostics

// Local `$ref` resolution: JSON pointers into the same document.

extension DocumentDecoder {
    /// The node a local reference such as `#/components/parameters/limit` points at, or an
    /// error at the `$ref` node when it points nowhere.
    mutating func resolve(_ reference: String, at mark: Mark) -> Node? {
        guard reference.hasPrefix("#") else {
            log.warning("external-ref", "references to other files are not supported; '\(reference)' is read as any value", at: mark)
            return nil
        }
        guard let tokens = Self.pointerTokens(reference) else {
            log.error("$ref '\(reference)' is not a JSON pointer; a local reference starts with '#/'", at: mark)
            return nil
        }
        var node = root
        for (depth, token) in tokens.enumerated() {
            let next: Node?
            switch node.content {
            case .mapping(let entries) where entries.count >= Self.mappingSizeIndexed:
                next = index(of: entries, at: tokens[..<depth])[token]
            case .mapping: next = node[token]
            case .sequence(let items): next = Int(token).flatMap { $0 >= 0 && $0 < items.count ? items[$0] : nil }
            case .scalar: next = nil
            }
            guard let next else {
                log.error("$ref '\(reference)' points at nothing in this document", at: mark)
                return nil
            }
            node = next
        }
        return node
    }

    /// Mappings with this many entries are looked up through an index, built the first
    /// time a reference passes through them: thousands of references into thousands of
    /// `components/parameters` would otherwise search them key by key.
    static let mappingSizeIndexed = 32

    /// The values of a large mapping by key (the first of a key, as `Node[key]` finds it),
    /// for the mapping at `path` from the root.
    private mutating func index(of entries: [Node.Entry], at path: ArraySlice<String>) -> [String: Node] {
        if let index = mappingIndexes[Array(path)] { return index }
        var index: [String: Node] = [:]
        index.reserveCapacity(entries.count)
        for entry in entries {
            if let key = entry.key.scalar?.text, index[key] == nil { index[key] = entry.value }
        }
        mappingIndexes[Array(path)] = index
        return index
    }

    /// The unescaped reference tokens of a `#…` fragment, as RFC 6901 (section 6) reads
    /// one: the fragment is percent-decoded first, then split at `/`, and only then are
    /// `~1` turned into `/` and `~0` into `~`, in that order (so `~01` is `~1`, and `%7E1`
    /// a `/`). `nil` when the fragment is not a JSON pointer, such as an anchor `#name`.
    static func pointerTokens(_ reference: String) -> [String]? {
        let pointer = String(reference.dropFirst()).removingPercentEncodingIfValid
        guard !pointer.isEmpty else { return [] }
        guard pointer.hasPrefix("/") else { return nil }
        return pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map { token in
            guard token.unicodeScalars.contains("~") else { return String(token) }
            return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// When `reference` names a schema in `components/schemas` directly, that name.
    static func componentSchemaName(_ reference: String) -> String? {
        // The common `#/components/schemas/Name`, with nothing to unescape, needs no splitting.
        let prefix = "#/components/schemas/"
        if reference.hasPrefix(prefix) {
            let name = Substring(reference.utf8.dropFirst(prefix.utf8.count))
            if !name.unicodeScalars.contains(where: { $0 == "/" || $0 == "~" || $0 == "%" }) {
                return String(name)
            }
        }
        guard let tokens = pointerTokens(reference), tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas" else { return nil }
        return tokens[2]
    }
}

extension String {
    /// The string with `%XX` escapes decoded, or unchanged when it has none, when a `%` is
    /// not followed by two hexadecimal digits, or when the decoded bytes are not UTF-8.
    var removingPercentEncodingIfValid: String {
        contains("%") ? removingPercentEncoding ?? self : self
    }
}
