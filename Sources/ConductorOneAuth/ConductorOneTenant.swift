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
    /// server's host (with port and path, if any), always over https.
    public static func serverURL(for tenant: String) throws -> URL {
        var text = tenant.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let schemeEnd = text.range(of: "://") { text = String(text[schemeEnd.upperBound...]) }
        while text.hasSuffix("/") { text.removeLast() }
        if !text.isEmpty, text.allSatisfy(isLabelCharacter) {
            text += ".\(domain)"
        }
        guard !text.isEmpty, let url = URL(string: "https://\(text)"), let host = url.host, !host.isEmpty,
            host.allSatisfy(isHostCharacter)
        else {
            throw SDKError.configuration(
                "invalid ConductorOne tenant \"\(tenant)\": expected a name (acme), a host (acme.conductor.one) or a URL")
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count == 3, host.hasSuffix(".\(domain)"), !labels[0].isEmpty {
            return URL(string: "https://\(host)")!
        }
        return url
    }

    private static func isLabelCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-")
    }

    private static func isHostCharacter(_ character: Character) -> Bool {
        isLabelCharacter(character) || ".:[]".contains(character)
    }
}
