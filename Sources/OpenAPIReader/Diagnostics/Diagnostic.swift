/// A place in a source file, 1-based.
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }
}

/// An error or warning about an input, printed the way compilers print them:
/// `file:line:col: error: message`.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; `nil` when it is about the file as a whole or no file at all.
    public var location: SourceLocation?
    /// For a file without positions, the file's path.
    public var file: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
        self.file = location?.file
    }

    public init(_ severity: Severity, _ message: String, file: String) {
        self.severity = severity
        self.message = message
        self.location = nil
        self.file = file
    }

    public var description: String {
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
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
