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

    package var description: String {
        if let location {
            return "\(location.file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
        }
        if let file {
            return "\(file): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
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
