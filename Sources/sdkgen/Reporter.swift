import Foundation
import SDKGenDiagnostics

/// Prints what a run has to say: diagnostics on standard error in the chosen format, and
/// summary lines on standard output; when quiet, errors only.
struct Reporter {
    let options: ReportOptions

    /// Prints `diagnostics` one per line, leaving out warnings when quiet.
    func diagnose(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !(options.quiet && diagnostic.severity == .warning) {
            switch options.diagnosticsFormat {
            case .text: Self.printError(diagnostic.description)
            case .json: Self.printError(Self.json(diagnostic))
            }
        }
    }

    /// Prints a line saying what was done, unless quiet.
    func summary(_ line: String) {
        if !options.quiet { print(line) }
    }

    /// `diagnostic` as one line of JSON: file, line, column, severity, message and kind,
    /// each `null` when the diagnostic has none.
    private static func json(_ diagnostic: Diagnostic) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings, integers and nulls always encode.
        return String(decoding: try! encoder.encode(JSONDiagnostic(diagnostic)), as: UTF8.self)
    }

    private static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The JSON form of a diagnostic: every key present, so readers need not guess.
private struct JSONDiagnostic: Encodable {
    let diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }

    enum CodingKeys: String, CodingKey {
        case file, line, column, severity, message, kind
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(diagnostic.file, forKey: .file)
        try container.encode(diagnostic.location?.line, forKey: .line)
        try container.encode(diagnostic.location?.column, forKey: .column)
        try container.encode(diagnostic.severity.rawValue, forKey: .severity)
        try container.encode(diagnostic.message, forKey: .message)
        try container.encode(diagnostic.kind, forKey: .kind)
    }
}
