import Foundation
import OpenAPIReader

/// The doc comments of an operation's two methods: its summary and description, its
/// HTTP method and path, its arguments, and what the method returns.
enum OperationDocumentation {
    /// The doc comments of the method building the request for `route` (`POST
    /// /api/v1/webhooks/{id}/test`) and of the method sending it. The spec's text is
    /// cleaned once for both.
    static func methods(
        _ operation: APIOperation, name: String, arguments: [(name: String, text: String?)], route: String
    ) -> (builder: String, sender: String) {
        let overview = self.overview(operation, name: name, route: route)
        // The arguments' lines are worked out once for both.
        let parameters = arguments.compactMap { argument in argument.text.map { parameterLine(argument.name, $0) } }
        return (
            text(overview, parameters: parameters, returns: "- Returns: The request, not yet sent."),
            text(
                overview,
                parameters: parameters + [parameterLine(GeneratedLocals.options, "Retry and timeout settings for this call; the client's by default.")],
                returns: "- Returns: The decoded response.\n- Throws: `SDKError` when the request fails.")
        )
    }

    /// The doc comment of the overload taking the body's properties, from the sending
    /// method's `sender`: a sentence on the body it builds, and the properties documented
    /// where the body was.
    static func flattened(_ sender: String, typeName: String, properties: [(name: String, text: String)]) -> String {
        let documented = inserting("Builds the ``\(typeName)`` body from its properties.", into: sender)
        let bodyLine = "  - \(GeneratedLocals.body): "
        // Split as bytes: a line break is one byte, and a doc is thousands of characters.
        return documented.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).flatMap { line in
            let line = Substring(line)
            return line.hasPrefix(bodyLine) ? properties.map { parameterLine($0.name, $0.text) } : [String(line)]
        }.joined(separator: "\n")
    }

    /// `documentation` with `paragraph` added before its parameters, returns and throws.
    static func inserting(_ paragraph: String, into documentation: String) -> String {
        for marker in ["\n\n- Parameters:\n", "\n\n- Returns:"] {
            if let section = DocumentationText.lastRange(of: marker, in: documentation) {
                return String(documentation[..<section.lowerBound]) + "\n\n" + paragraph + documentation[section.lowerBound...]
            }
        }
        return documentation + "\n\n" + paragraph
    }

    /// The summary, the description and the route, as paragraphs.
    private static func overview(_ operation: APIOperation, name: String, route: String) -> String {
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
        return paragraphs.joined(separator: "\n\n")
    }

    private static func text(_ overview: String, parameters: [String], returns: String) -> String {
        var lines = [overview, ""]
        if !parameters.isEmpty {
            lines.append("- Parameters:")
            lines += parameters
        }
        lines.append(returns)
        return lines.joined(separator: "\n")
    }

    /// `  - name: ` and the first line of `text`.
    private static func parameterLine(_ name: String, _ text: String) -> String {
        "  - \(name): \(DocumentationText.firstLine(text) ?? "")"
    }
}
