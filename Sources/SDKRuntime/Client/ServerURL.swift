import Foundation

/// The checks every URL requests go to passes, and how such a URL is shown.
package enum ServerURL {
    /// Throws ``SDKError/configuration(_:)`` unless `url` is an absolute http or https URL
    /// with a host that is not percent-encoded and without a user name or password; `role`
    /// names it in the message (`the server URL`, `the token URL`).
    package static func validate(_ url: URL, as role: String) throws {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.percentEncodedHost, !host.isEmpty, !host.contains("%")
        else {
            throw SDKError.configuration("\(role) is not an absolute http or https URL: \(redacted(url))")
        }
        guard components.user == nil, components.password == nil else {
            throw SDKError.configuration(
                "\(role) holds a user name or password, which the client does not send: \(redacted(url))")
        }
    }

    /// `url` for messages and logs: scheme, host, port and path, without a user name,
    /// password, query or fragment.
    package static func redacted(_ url: URL) -> String {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return "<invalid URL>" }
        let hadUserInfo = components.user != nil || components.password != nil
        components.user = nil
        components.password = nil
        components.query = nil
        components.fragment = nil
        guard let text = components.string else { return "<invalid URL>" }
        guard hadUserInfo, let schemeEnd = text.range(of: "://") else { return text }
        return text.replacingCharacters(in: schemeEnd, with: "://\(Redaction.placeholder)@")
    }

    /// `text`, a URL that may be relative (`/oauth/token`), as ``redacted(_:)-(URL)`` shows
    /// it; `<invalid URL>` when it is not one, as it may still hold a password.
    package static func redacted(_ text: String) -> String {
        URL(string: text).map { redacted($0) } ?? "<invalid URL>"
    }

    /// `url` without the slashes that end its path, so appending a path that starts with
    /// one makes one slash (`https://api.example.com/` and `/v1/x` make
    /// `https://api.example.com/v1/x`, not `//v1/x`).
    package static func withoutTrailingSlash(_ url: URL) -> URL {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true),
            components.percentEncodedPath.hasSuffix("/")
        else { return url }
        while components.percentEncodedPath.hasSuffix("/") { components.percentEncodedPath.removeLast() }
        return components.url ?? url
    }
}
