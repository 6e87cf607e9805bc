import SDKGenDiagnostics

/// Descriptions from a spec as lines of a doc comment.
enum DocumentationText {
    /// Calls `body` with the UTF-8 of each line of `text`: split at `\n`, `\r\n` or `\r`
    /// (and the other line breaks: vertical tab, form feed, U+0085, U+2028, U+2029),
    /// without trailing spaces and tabs, without leading or trailing empty lines, and
    /// without the code points that do not show as themselves (`InvisibleCharacters`).
    static func forEachLine(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        let visible: String? = text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            var index = 0
            while true {
                if index < bytes.count {
                    let byte = bytes[index]
                    if byte >= 0x20 && byte < 0x7F || byte == UInt8(ascii: "\t") {
                        index += 1
                        continue
                    }
                    if byte >= 0x80 {
                        let (scalar, length) = InvisibleCharacters.scalar(at: index, in: bytes)
                        if !InvisibleCharacters.contains(scalar) {
                            index += length
                            continue
                        }
                    }
                    if byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r") {
                        // Split the text again once its invisible characters are out.
                        return InvisibleCharacters.removed(from: bytes)
                    }
                }
                let atEnd = index == bytes.count
                var end = index
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                lines.append(start..<end)
                if atEnd { break }
                index += bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = index
            }
            guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return nil }
            for line in lines[first...last] {
                body(UnsafeBufferPointer(rebasing: bytes[line]))
            }
            return nil
        }
        if let visible { forEachLine(in: visible, body) }
    }

    /// The first line `forEachLine` gives, without making strings of the others.
    static func firstLine(_ text: String) -> String? {
        var first: String?
        forEachLine(in: text) { line in
            if first == nil { first = String(decoding: line, as: UTF8.self) }
        }
        return first
    }

    /// The lines `forEachLine` gives, as strings.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        forEachLine(in: text) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }
}
