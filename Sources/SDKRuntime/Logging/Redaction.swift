import HTTPTypes

/// What may appear in a log line.
package enum Redaction {
    /// The text logged and printed in place of a secret value.
    package static let placeholder = "<redacted>"

    /// Header fields that carry credentials or session state.
    static let sensitiveFieldNames: Set<HTTPField.Name> = [
        .authorization, .proxyAuthorization, .cookie, .setCookie,
    ]

    /// `name: value` pairs for a log line, with credential-bearing values redacted, and
    /// the values of `others` (an API key's own field).
    static func describe(_ fields: HTTPFields, alsoRedacting others: Set<HTTPField.Name> = []) -> String {
        fields.map { field in
            let value = sensitiveFieldNames.contains(field.name) || others.contains(field.name) ? placeholder : field.value
            return "\(field.name): \(value)"
        }
        .joined(separator: ", ")
    }
}
