/// Collects the diagnostics of one run over one document.
///
/// Warnings come in kinds (`"callbacks"`, `"xml"`, …): a spec may hold thousands of the
/// same construct, so each kind is reported once, at its first place, with a count.
/// Errors are kept up to `maxErrors`, then only counted: placing one in a JSON document
/// means reading the text up to it, so thousands of them would take hours.
package struct DiagnosticLog: Sendable {
    /// The most errors kept with their places.
    package static let maxErrors = 50

    package let source: SourceFile
    private var placedErrors: [Diagnostic] = []
    private var unplacedErrorCount = 0
    private var warningsByKind: [String: (first: Diagnostic, count: Int)] = [:]
    private var warningKindOrder: [String] = []

    package init(source: SourceFile) {
        self.source = source
    }

    package var hasErrors: Bool { !placedErrors.isEmpty }

    /// The errors recorded, and past `maxErrors` one saying how many more there were.
    package var errors: [Diagnostic] {
        guard unplacedErrorCount > 0 else { return placedErrors }
        return placedErrors + [Diagnostic(.error, "\(unplacedErrorCount) more errors are not shown", file: source.path)]
    }

    /// Records an error at `mark`.
    package mutating func error(_ message: String, at mark: Mark) {
        guard placedErrors.count < Self.maxErrors else {
            unplacedErrorCount += 1
            return
        }
        placedErrors.append(Diagnostic(.error, message, at: source.location(of: mark)))
    }

    /// Records a warning of `kind` at `mark`; later warnings of the same kind only add to its count.
    package mutating func warning(_ kind: String, _ message: String, at mark: Mark) {
        if let existing = warningsByKind[kind] {
            warningsByKind[kind] = (existing.first, existing.count + 1)
        } else {
            warningKindOrder.append(kind)
            var warning = Diagnostic(.warning, message, at: source.location(of: mark))
            warning.kind = kind
            warningsByKind[kind] = (warning, 1)
        }
    }

    /// One line per warning kind, in the order kinds were first seen.
    package var warnings: [Diagnostic] {
        warningKindOrder.map { kind in
            let (first, count) = warningsByKind[kind]!
            guard count > 1 else { return first }
            var summary = first
            summary.message += " (and \(count - 1) more like this)"
            return summary
        }
    }

    /// All diagnostics: errors, then the warning summary.
    package var all: [Diagnostic] { errors + warnings }
}
