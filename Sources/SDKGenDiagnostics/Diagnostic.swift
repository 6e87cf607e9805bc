/// A place in a source file, 1-based.
package struct SourceLocation: Sendable, Hashable {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// An error or warning about an input, printed the way compilers print them:
/// `file:line:col: error: message`.
package struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    package enum Severity: String, Sendable {
        case error, warning
    }

    package var severity: Severity
    package var message: String
    /// Where the problem is; `nil` when it is about the file as a whole or no file at all.
    package var location: SourceLocation?
    /// For a file without positions, the file's path.
    package var file: String?
    /// For a warning a ``DiagnosticLog`` counts by kind, that kind (`callbacks`, …).
    package var kind: String?

    package init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
        self.file = location?.file
    }

    package init(_ severity: Severity, _ message: String, file: String) {
        self.severity = severity
        self.message = message
        self.location = nil
        self.file = file
    }

    /// One line, with the characters a terminal would not show as themselves (line
    /// breaks, escape sequences, bidirectional controls) spelled as `\u{…}` escapes.
    package var description: String {
        let line: String
        if let location {
            line = "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        } else if let file {
            line = "\(file): \(severity.rawValue): \(message)"
        } else {
            line = "\(severity.rawValue): \(message)"
        }
        return InvisibleCharacters.escaped(line)
    }
}

/// Diagnostics that stopped a stage, errors first.
package struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    package var diagnostics: [Diagnostic]

    package init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    package var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
