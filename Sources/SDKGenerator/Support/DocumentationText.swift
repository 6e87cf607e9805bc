/// Descriptions from a spec as lines of a doc comment.
enum DocumentationText {
    /// Calls `body` with the UTF-8 of each line of `text`: split at `\n`, `\r\n` or `\r`,
    /// without trailing spaces and tabs, and without leading or trailing empty lines.
    static func forEachLine(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var lines: [Range<Int>] = []
            var start = 0
            var index = 0
            while true {
                let atEnd = index == bytes.count
                guard atEnd || bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") else {
                    index += 1
                    continue
                }
                var end = index
                while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
                lines.append(start..<end)
                if atEnd { break }
                index += bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = index
            }
            guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return }
            for line in lines[first...last] {
                body(UnsafeBufferPointer(rebasing: bytes[line]))
            }
        }
    }

    /// The lines `forEachLine` gives, as strings.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        forEachLine(in: text) { lines.append(String(decoding: $0, as: UTF8.self)) }
        return lines
    }
}
