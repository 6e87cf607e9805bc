import SDKGenDiagnostics

/// Descriptions from a spec as lines of a doc comment.
enum DocumentationText {
    /// The lines of `text`: split at `\n`, `\r\n` or `\r` (and the other line breaks:
    /// vertical tab, form feed, U+0085, U+2028, U+2029), without trailing spaces and tabs,
    /// without leading or trailing empty lines, and without the code points that do not
    /// show as themselves (`InvisibleCharacters`).
    ///
    /// Read as UTF-8: every description of a large spec comes through here, and walking
    /// characters would cost more than all the rest of emitting.
    static func lines(_ text: String) -> [Substring] {
        lines(text, cleaned: false)
    }

    /// `lines(text)`; text outside printable ASCII is first `cleaned` of invisible
    /// characters, leaving `\n` and `\r` the only line breaks.
    private static func lines(_ text: String, cleaned: Bool) -> [Substring] {
        let bytes = text.utf8
        var lines: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = Unicode.Scalar(bytes[index])
            switch byte {
            case "\n", "\r":
                lines.append(withoutTrailingBlanks(bytes[start..<index]))
                index = bytes.index(after: index)
                if byte == "\r", index < bytes.endIndex, Unicode.Scalar(bytes[index]) == "\n" { index = bytes.index(after: index) }
                start = index
            case " "..."~", "\t":
                index = bytes.index(after: index)
            default:
                guard cleaned else { return Self.lines(InvisibleCharacters.removed(from: text), cleaned: true) }
                index = bytes.index(after: index)
            }
        }
        lines.append(withoutTrailingBlanks(bytes[start...]))
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else {
            return []
        }
        return Array(lines[first...last])
    }

    private static func withoutTrailingBlanks(_ line: Substring.UTF8View) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let previous = line.index(before: end)
            guard Unicode.Scalar(line[previous]) == " " || Unicode.Scalar(line[previous]) == "\t" else { break }
            end = previous
        }
        return Substring(line[..<end])
    }

    /// Whether `text` mentions `word`, compared as UTF-8 rather than as characters: the
    /// descriptions searched run to thousands of characters each.
    static func mentions(_ word: String, in text: String) -> Bool {
        !offsets(of: word, in: text).isEmpty
    }

    /// The range of the last `word` in `text`, compared as UTF-8.
    static func lastRange(of word: String, in text: String) -> Range<String.Index>? {
        guard let offset = offsets(of: word, in: text).reversed().first else { return nil }
        let start = text.utf8.index(text.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: word.utf8.count)
    }

    /// The UTF-8 offsets in `text` where `word` starts, found lazily.
    private static func offsets(of word: String, in text: String) -> LazyFilterCollection<Range<Int>> {
        let bytes = Array(text.utf8)
        let needle = Array(word.utf8)
        return (0..<max(0, bytes.count - needle.count + 1)).lazy.filter { bytes[$0..<$0 + needle.count] == needle[...] }
    }

    /// The first of `lines(text)`, if any.
    static func firstLine(_ text: String) -> String? {
        lines(text).first.map(String.init)
    }
}
