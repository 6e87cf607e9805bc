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

    /// The bytes written so far.
    var utf8: [UInt8] { bytes }

    /// Adds `other`'s bytes as they are.
    mutating func append(contentsOf other: SwiftWriter) {
        bytes += other.bytes
    }

    /// Adds one line at the current indentation; empty code adds an empty line.
    mutating func line(_ content: Code = "") {
        if !content.isEmpty {
            indent()
            bytes.append(content)
        }
        append("\n")
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
        bytes.append(header)
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
        bytes.append(subject)
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
            if index < items.count - 1 { append(",") }
            append("\n")
        }
        indentation -= 4
    }

    /// Adds a `///` comment, one line per line of `documentation`, when there is any.
    mutating func documentation(_ documentation: String?) {
        guard let documentation else { return }
        for line in DocumentationText.lines(documentation) {
            indent()
            if line.isEmpty {
                append("///")
            } else {
                append("/// ")
                append(line)
            }
            append("\n")
        }
    }

    /// Removes the last line when it is empty (used after a loop that separates items).
    mutating func trimTrailingEmptyLine() {
        if bytes.suffix(2).elementsEqual("\n\n".utf8) { bytes.removeLast() }
    }
}
