import Foundation
import SDKRuntime

/// Where a ConductorOne tenant's API is served.
public enum ConductorOneTenant {
    /// The domain tenants are hosted under.
    public static let domain = "conductor.one"

    /// The server URL of a tenant given as a name (`acme`), a host (`acme.conductor.one`)
    /// or a URL (`https://acme.conductor.one`).
    ///
    /// The text is lower-cased; a bare name gets `.conductor.one` appended; a host of the
    /// form `<tenant>.conductor.one` selects that tenant; anything else is taken as the
    /// server's host, with its port and path if any, always over https.
    ///
    /// A host holds only letters, digits, `-` and dot-separated labels, and a port only
    /// digits; a path only letters, digits, `-`, `.`, `_`, `~` and `/`. Anything else
    /// (`%`, `@`, a user name or password, `?`, `#`, spaces, a scheme other than http or
    /// https) throws `SDKError.configuration`, which never repeats the text after an `@`.
    public static func serverURL(for tenant: String) throws -> URL {
        var text = Substring(tenant.trimmingCharacters(in: .whitespacesAndNewlines).lowercased())
        if let schemeEnd = text.range(of: "://") {
            guard ["https", "http"].contains(text[..<schemeEnd.lowerBound]) else {
                throw invalid(tenant, "its scheme is not https")
            }
            text = text[schemeEnd.upperBound...]
        }
        while text.hasSuffix("/") { text.removeLast() }
        guard !text.contains("@") else { throw invalid(nil, "it holds a user name or password ('@')") }
        let pathStart = text.firstIndex(of: "/") ?? text.endIndex
        let path = text[pathStart...]
        var host = text[..<pathStart]
        var port: Int?
        if let colon = host.firstIndex(of: ":") {
            let digits = host[host.index(after: colon)...]
            guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(isDigit), let number = Int(digits),
                (1...65535).contains(number)
            else { throw invalid(tenant, "its port is not a number from 1 to 65535") }
            port = number
            host = host[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy(isLabelCharacter) }) else {
            throw invalid(tenant, "a host holds only letters, digits, '-' and dots between labels")
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && $0.allSatisfy(isPathCharacter) }) else {
            throw invalid(tenant, "a path holds only letters, digits, '-', '.', '_', '~' and '/'")
        }
        var components = URLComponents()
        components.scheme = "https"
        if labels.count == 1, port == nil, path.isEmpty {
            components.host = "\(host).\(domain)"
        } else if labels.count == 3, host.hasSuffix(".\(domain)") {
            components.host = String(host)
        } else {
            components.host = String(host)
            components.port = port
            components.percentEncodedPath = String(path)
        }
        guard let url = components.url else { throw invalid(tenant, "it does not make a URL") }
        return url
    }

    private static func invalid(_ tenant: String?, _ reason: String) -> SDKError {
        let shown = tenant.map { " \"\(SafeText.oneLine($0, limit: 100))\"" } ?? ""
        return .configuration(
            "invalid ConductorOne tenant\(shown): \(reason); expected a name (acme), a host (acme.conductor.one) or a URL")
    }

    private static func isDigit(_ character: Character) -> Bool {
        ("0"..."9").contains(character)
    }

    private static func isLabelCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-")
    }

    private static func isPathCharacter(_ character: Character) -> Bool {
        isLabelCharacter(character) || "._~".contains(character)
    }
}
