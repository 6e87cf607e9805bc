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
        var node = root
        for token in Self.pointerTokens(reference) {
            let next: Node?
            switch node.content {
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

    /// The unescaped reference tokens of a `#/…` fragment: percent-decoding, then `~1` to
    /// `/` and `~0` to `~`.
    static func pointerTokens(_ reference: String) -> [String] {
        var fragment = Substring(reference.dropFirst())
        if fragment.hasPrefix("/") { fragment = fragment.dropFirst() }
        guard !fragment.isEmpty else { return [] }
        let decoded = String(fragment).removingPercentEncodingIfValid
        return decoded.split(separator: "/", omittingEmptySubsequences: false).map { token in
            guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
            return token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
        }
    }

    /// When `reference` names a schema in `components/schemas` directly, that name.
    static func componentSchemaName(_ reference: String) -> String? {
        // The common `#/components/schemas/Name`, with nothing to unescape, needs no splitting.
        let prefix = "#/components/schemas/"
        if reference.hasPrefix(prefix) {
            let name = Substring(reference.utf8.dropFirst(prefix.utf8.count))
            if !name.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "%") }) {
                return String(name)
            }
        }
        let tokens = pointerTokens(reference)
        guard tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas" else { return nil }
        return tokens[2]
    }
}

extension String {
    /// The string with `%XX` escapes decoded, or unchanged when it has none or they are invalid.
    var removingPercentEncodingIfValid: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else if byte == UInt8(ascii: "%") {
                return self
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
