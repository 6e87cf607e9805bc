import OpenAPIReader

/// The doc comments of an operation's two methods: its summary and description, its
/// arguments, and what the method returns.
enum OperationDocumentation {
    /// The method building the request, for `route` (`POST /api/v1/webhooks/{id}/test`).
    static func builder(_ operation: APIOperation, arguments: [(name: String, text: String)], route: String) -> String {
        text(operation, arguments: arguments, returns: "- Returns: A request for `\(route)`, not yet sent.")
    }

    /// The method sending the request.
    static func sender(_ operation: APIOperation, arguments: [(name: String, text: String)]) -> String {
        text(
            operation,
            arguments: arguments + [(GeneratedLocals.options, "Retry and timeout settings for this call; the client's by default.")],
            returns: "- Returns: The decoded response.\n- Throws: `SDKError` when the request fails.")
    }

    private static func text(_ operation: APIOperation, arguments: [(name: String, text: String)], returns: String) -> String {
        var lines: [String] = []
        if let summary = operation.summary { lines.append(summary) }
        if let description = operation.description, description != operation.summary {
            if !lines.isEmpty { lines.append("") }
            lines.append(description)
        }
        if !arguments.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("- Parameters:")
            for (name, text) in arguments {
                lines.append("  - \(name): \(DocumentationText.lines(text).first ?? "")")
            }
        }
        lines.append(returns)
        return lines.joined(separator: "\n")
    }
}
