/// Descriptions from a spec as lines of a doc comment.
enum DocumentationText {
    /// The lines of `text`: split at `\n`, `\r\n` or `\r`, without trailing spaces and
    /// tabs, and without leading or trailing empty lines.
    static func lines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while true {
            let atEnd = index == utf8.endIndex
            guard atEnd || utf8[index] == UInt8(ascii: "\n") || utf8[index] == UInt8(ascii: "\r") else {
                index = utf8.index(after: index)
                continue
            }
            var end = index
            while end > start, utf8[utf8.index(before: end)] == UInt8(ascii: " ") || utf8[utf8.index(before: end)] == UInt8(ascii: "\t") {
                end = utf8.index(before: end)
            }
            lines.append(text[start..<end])
            if atEnd { break }
            let isCarriageReturn = utf8[index] == UInt8(ascii: "\r")
            index = utf8.index(after: index)
            if isCarriageReturn, index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") { index = utf8.index(after: index) }
            start = index
        }
        guard let first = lines.firstIndex(where: { !$0.isEmpty }), let last = lines.lastIndex(where: { !$0.isEmpty }) else { return [] }
        return Array(lines[first...last])
    }
}
