import ArgumentParser

/// How `generate` and `check` report what they did: how much, and in which format.
struct ReportOptions: ParsableArguments {
    @Flag(help: "Print errors only: no warnings and no summary lines (timings still print when asked for).")
    var quiet = false

    @Option(
        help: """
            How diagnostics are printed on standard error: text (file:line:col: error: message) \
            or json (one object per line, with file, line, column, severity, message and kind).
            """)
    var diagnosticsFormat: DiagnosticsFormat = .text
}

/// The ways diagnostics can be printed.
enum DiagnosticsFormat: String, CaseIterable, ExpressibleByArgument {
    /// `file:line:col: severity: message`, as compilers print them.
    case text
    /// One JSON object per diagnostic per line, for editors and CI annotations.
    case json
}
