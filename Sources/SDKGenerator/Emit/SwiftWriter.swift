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

    /// Adds a `///` comment, one line per line of `documentation`, when there is any.
    mutating func documentation(_ documentation: String?) {
        guard let documentation else { return }
        for line in SwiftSyntax.documentationLines(documentation) {
            self.line(line.isEmpty ? "///" : "/// " + line)
        }
    }

    /// Removes the last line when it is empty (used after a loop that separates items).
    mutating func trimTrailingEmptyLine() {
        if text.hasSuffix("\n\n") { text.removeLast() }
    }
}
