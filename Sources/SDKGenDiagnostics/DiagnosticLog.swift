/// Collects the diagnostics of one run over one document.
///
/// Warnings come in kinds (`"callbacks"`, `"xml"`, …): a spec may hold thousands of the
/// same construct, so each kind is reported once, at its first place, with a count.
package struct DiagnosticLog: Sendable {
    package let source: SourceFile
    package private(set) var errors: [Diagnostic] = []
    private var warningsByKind: [String: (first: Diagnostic, count: Int)] = [:]
    private var warningKindOrder: [String] = []

    package init(source: SourceFile) {
        self.source = source
    }

    package var hasErrors: Bool { !errors.isEmpty }

    /// Records an error at `mark`.
    package mutating func error(_ message: String, at mark: Mark) {
        errors.append(Diagnostic(.error, message, at: source.location(of: mark)))
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
