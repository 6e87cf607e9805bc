/// Builds Swift source text line by line with indentation, into one growing buffer of
/// UTF-8 bytes.
struct SwiftWriter {
    private var bytes: [UInt8] = []
    /// Spaces at the start of each line.
    private var indentation = 0

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// The text written so far.
    var text: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Adds one line at the current indentation; empty code adds an empty line.
    mutating func line(_ content: Code = "") {
        if !content.bytes.isEmpty {
            indent()
            bytes += content.bytes
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indentation))
    }

    private mutating func append(_ text: some StringProtocol) {
        bytes.appendUTF8(of: text)
    }

    /// Adds `header {`, the lines `body` writes one level deeper, and `}`.
    mutating func block(_ header: Code, _ body: (inout SwiftWriter) -> Void) {
        indent()
        bytes += header.bytes
        append(" {\n")
        indentation += 4
        body(&self)
        indentation -= 4
        line("}")
    }

    /// Adds `switch subject {`, the cases `body` writes at the same level, and `}`.
    mutating func switchBlock(_ subject: Code, _ body: (inout SwiftWriter) -> Void) {
        indent()
        append("switch ")
        bytes += subject.bytes
        append(" {\n")
        body(&self)
        line("}")
    }

    /// Adds the lines `body` writes one level deeper.
    mutating func indented(_ body: (inout SwiftWriter) -> Void) {
        indentation += 4
        body(&self)
        indentation -= 4
    }

    /// Adds `items` one per line, one level deeper, separated by commas.
    mutating func list(_ items: [String]) {
        indentation += 4
        for (index, item) in items.enumerated() {
            indent()
            append(item)
            if index < items.count - 1 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(UInt8(ascii: "\n"))
        }
        indentation -= 4
    }

    /// Adds a `///` comment, one line per line of `documentation`, when there is any: the
    /// lines `SwiftSyntax.documentationLines` gives, copied straight from the text.
    mutating func documentation(_ documentation: String?) {
        guard let documentation else { return }
        guard let lines = Self.documentationLineRanges(documentation) else {
            for line in SwiftSyntax.documentationLines(documentation) {
                self.line(line.isEmpty ? "///" : "/// \(line)")
            }
            return
        }
        for range in lines {
            indent()
            if range.isEmpty {
                append("///")
            } else {
                append("/// ")
                append(documentation[range])
            }
            bytes.append(UInt8(ascii: "\n"))
        }
    }

    /// Removes the last line when it is empty (used after a loop that separates items).
    mutating func trimTrailingEmptyLine() {
        if bytes.suffix(2).elementsEqual("\n\n".utf8) { bytes.removeLast() }
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
