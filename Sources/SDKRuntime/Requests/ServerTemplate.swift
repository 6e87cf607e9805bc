import Foundation

/// Server URLs written as templates with `{variable}` placeholders, as in a spec's `servers`.
///
/// A value cannot change the URL's structure: what it may hold depends on where its
/// placeholder stands. In the scheme, only a scheme's characters; in the host or port, only
/// letters, digits, `-`, `.`, `_` and `~`, so `evil.com/`, `user@evil.com` or `evil.com:443`
/// are refused; in the path, no `/`, `?`, `#`, `%`, `@`, `:`, `[`, `]`, `\`, whitespace or
/// control characters, and not `.` or `..`. A placeholder standing for the whole origin
/// (`{baseUrl}/v1`) must be an http or https URL without a user name, password, query or
/// fragment.
@_spi(Generated) public enum ServerTemplate {
    /// A server URL was asked for with a variable value the spec does not allow, or one
    /// that would change the URL's structure, or the result is not a URL.
    public struct InvalidServer: Error, CustomStringConvertible, Sendable {
        public var description: String
    }

    /// Fills `template`'s placeholders from `variables` and checks each value against
    /// `allowed` (a variable missing from `allowed` accepts any value) and against the
    /// part of the URL its placeholder stands in.
    public static func url(
        _ template: String, variables: [String: String] = [:], allowed: [String: [String]] = [:]
    ) throws(InvalidServer) -> URL {
        var text = ""
        var part: Part = template.contains("://") ? .scheme : .origin
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let literal = rest[..<open]
            part = part.after(literal)
            text += literal
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = variables[name] else {
                throw InvalidServer(description: "no value for the server variable '\(SafeText.oneLine(name, limit: 100))'")
            }
            if let values = allowed[name], !values.contains(value) {
                throw InvalidServer(
                    description: "'\(SafeText.oneLine(value, limit: 100))' is not an allowed value of the server variable '\(name)': expected one of \(values.joined(separator: ", "))"
                )
            }
            if let rule = part.violation(by: value) {
                throw InvalidServer(
                    description: "'\(SafeText.oneLine(value, limit: 100))' cannot be the server variable '\(name)': \(rule)")
            }
            text += value
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        guard let url = URL(string: text), url.scheme != nil || text.hasPrefix("/") else {
            throw InvalidServer(description: "'\(SafeText.oneLine(text, limit: 200))' is not a valid server URL")
        }
        return url
    }

    /// The part of a URL a placeholder stands in.
    private enum Part {
        case scheme, origin, authority, path

        /// The part after the template's `literal` text, which follows this part.
        func after(_ literal: Substring) -> Part {
            var part = self
            var remaining = literal
            while let first = remaining.first {
                switch part {
                case .scheme where remaining.hasPrefix("://"):
                    part = .authority
                    remaining = remaining.dropFirst(3)
                    continue
                case .origin where first == "/", .authority where "/?#".contains(first):
                    part = .path
                default:
                    break
                }
                remaining = remaining.dropFirst()
            }
            return part
        }

        /// Why `value` cannot stand in this part, or `nil` when it can.
        func violation(by value: String) -> String? {
            switch self {
            case .scheme:
                let isScheme = value.first?.isLetter == true && value.allSatisfy { isASCII($0, orOneOf: "+-.") }
                return isScheme ? nil : "a scheme holds only letters, digits, '+', '-' and '.'"
            case .authority:
                let isHost = !value.isEmpty && value.allSatisfy { isASCII($0, orOneOf: "-._~") }
                return isHost ? nil : "in the host or port it may hold only letters, digits, '-', '.', '_' and '~'"
            case .path:
                let isSegment = value != "." && value != ".." && !value.unicodeScalars.contains(where: isStructural)
                return isSegment
                    ? nil
                    : "in the path it may not be '.' or '..', nor hold '/', '?', '#', '%', '@', ':', '[', ']', '\\', "
                        + "whitespace or control characters"
            case .origin:
                return isOrigin(value)
                    ? nil : "it must be an http or https URL without a user name, password, query or fragment"
            }
        }

        /// Whether `character` is an ASCII letter or digit, or one of `others`.
        private func isASCII(_ character: Character, orOneOf others: String) -> Bool {
            character.isASCII && (character.isLetter || character.isNumber || others.contains(character))
        }

        /// Whether `scalar` would change a path's structure or break its line.
        private func isStructural(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
                || "/?#%@:[]\\".unicodeScalars.contains(scalar)
        }

        private func isOrigin(_ value: String) -> Bool {
            guard let components = URLComponents(string: value), let scheme = components.scheme?.lowercased(),
                let host = components.percentEncodedHost
            else { return false }
            return (scheme == "https" || scheme == "http") && !host.isEmpty && !host.contains("%")
                && components.user == nil && components.password == nil && components.query == nil
                && components.fragment == nil
        }
    }
}
