import Foundation

/// Server URLs written as templates with `{variable}` placeholders, as in a spec's `servers`.
public enum ServerTemplate {
    /// A server URL was asked for with a variable value the spec does not allow, or the
    /// result is not a URL.
    public struct InvalidServer: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Fills `template`'s placeholders from `variables` and checks each value against
    /// `allowed` (a variable missing from `allowed` accepts any value).
    public static func url(
        _ template: String, variables: [String: String] = [:], allowed: [String: [String]] = [:]
    ) throws(InvalidServer) -> URL {
        var text = template
        for (name, value) in variables.sorted(by: { $0.key < $1.key }) {
            if let values = allowed[name], !values.contains(value) {
                throw InvalidServer(description: "'\(value)' is not an allowed value of the server variable '\(name)': expected one of \(values.joined(separator: ", "))")
            }
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        guard let url = URL(string: text), url.scheme != nil || text.hasPrefix("/") else {
            throw InvalidServer(description: "'\(text)' is not a valid server URL")
        }
        return url
    }
}
