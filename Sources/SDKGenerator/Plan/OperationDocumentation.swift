import OpenAPIReader

/// The doc comments of an operation's two methods: its summary and description, its
/// HTTP method and path, its arguments, and what the method returns.
enum OperationDocumentation {
    /// The method building the request for `route` (`POST /api/v1/webhooks/{id}/test`).
    static func builder(_ operation: APIOperation, name: String, arguments: [(name: String, text: String?)], route: String) -> String {
        text(operation, name: name, arguments: arguments, route: route, returns: "- Returns: The request, not yet sent.")
    }

    /// The method sending the request.
    static func sender(_ operation: APIOperation, name: String, arguments: [(name: String, text: String?)], route: String) -> String {
        text(
            operation, name: name,
            arguments: arguments + [(GeneratedLocals.options, "Retry and timeout settings for this call; the client's by default.")],
            route: route, returns: "- Returns: The decoded response.\n- Throws: `SDKError` when the request fails.")
    }

    private static func text(
        _ operation: APIOperation, name: String, arguments: [(name: String, text: String?)], route: String, returns: String
    ) -> String {
        var paragraphs: [String] = []
        // A one-word summary that is the method's name, or a snake_case title, says nothing.
        let summary = operation.summary.flatMap { summary in
            summary.contains(" ") ? DocumentationCleanup.markdown(summary) : DocumentationCleanup.meaningful(summary, describing: name)
        }
        if let summary { paragraphs.append(summary) }
        if let description = DocumentationCleanup.meaningful(operation.description, describing: name), description != summary {
            paragraphs.append(description)
        }
        paragraphs.append("`\(route)`")
        var lines = [paragraphs.joined(separator: "\n\n"), ""]
        let documented = arguments.compactMap { argument in argument.text.map { (argument.name, $0) } }
        if !documented.isEmpty {
            lines.append("- Parameters:")
            for (name, text) in documented {
                lines.append("  - \(name): \(DocumentationText.lines(text).first ?? "")")
            }
        }
        lines.append(returns)
        return lines.joined(separator: "\n")
    }
}
