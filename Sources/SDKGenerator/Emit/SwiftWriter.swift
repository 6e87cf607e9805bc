/// Builds Swift source text line by line with indentation, into one growing buffer.
struct SwiftWriter {
    private(set) var text = ""
    private var indentation = ""

    init(capacity: Int = 4096) {
        text.reserveCapacity(capacity)
    }

    /// Adds one line at the current indentation; an empty string adds an empty line.
    mutating func line(_ content: String = "") {
        if !content.isEmpty {
            text += indentation
            text += content
        }
        text += "\n"
    }

    /// Adds `header {`, the lines `body` writes one level deeper, and `}`.
    mutating func block(_ header: String, _ body: (inout SwiftWriter) -> Void) {
        line(header + " {")
        indentation += "    "
        body(&self)
        indentation.removeLast(4)
        line("}")
    }

    /// Adds `switch subject {`, the cases `body` writes at the same level, and `}`.
    mutating func switchBlock(_ subject: String, _ body: (inout SwiftWriter) -> Void) {
        line("switch \(subject) {")
        body(&self)
        line("}")
    }

    /// Adds the lines `body` writes one level deeper.
    mutating func indented(_ body: (inout SwiftWriter) -> Void) {
        indentation += "    "
        body(&self)
        indentation.removeLast(4)
    }

    /// Adds `items` one per line, one level deeper, separated by commas.
    mutating func list(_ items: [String]) {
        indented { writer in
            for (index, item) in items.enumerated() {
                writer.line(index == items.count - 1 ? item : item + ",")
            }
        }
    }

    /// Adds a `///` comment, one line per line of `documentation`, when there is any: the
    /// lines `SwiftSyntax.documentationLines` gives, copied straight from the text.
    mutating func documentation(_ documentation: String?) {
        guard let documentation else { return }
        guard let lines = Self.documentationLineRanges(documentation) else {
            for line in SwiftSyntax.documentationLines(documentation) {
                self.line(line.isEmpty ? "///" : "/// " + line)
            }
            return
        }
        for range in lines {
            text += indentation
            if range.isEmpty {
                text += "///"
            } else {
                text += "/// "
                text += documentation[range]
            }
            text += "\n"
        }
    }

    /// Removes the last line when it is empty (used after a loop that separates items).
    mutating func trimTrailingEmptyLine() {
        if text.hasSuffix("\n\n") { text.removeLast() }
    }

    /// The ranges of `SwiftSyntax.documentationLines(text)` within `text`, found in one pass
    /// over its UTF-8 bytes; `nil` when only Character rules can say (a carriage return, or
    /// a trailing space after a non-ASCII character that a space may join).
    static func documentationLineRanges(_ text: String) -> [Range<String.Index>]? {
        var text = text
        let offsets: [Range<Int>]? = text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            for index in 0...bytes.count {
                let byte = index == bytes.count ? UInt8(ascii: "\n") : bytes[index]
                if byte == UInt8(ascii: "\r") { return nil }
                guard byte == UInt8(ascii: "\n") else { continue }
                var end = index
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                if end < index, end > start, bytes[end - 1] >= 0x80 { return nil }
                lines.append(start..<end)
                start = index + 1
            }
            return lines
        }
        guard let offsets else { return nil }
        guard let first = offsets.firstIndex(where: { !$0.isEmpty }), let last = offsets.lastIndex(where: { !$0.isEmpty }) else {
            return []
        }
        let utf8 = text.utf8
        return offsets[first...last].map { range in
            let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            return lower..<utf8.index(lower, offsetBy: range.count)
        }
    }
}
