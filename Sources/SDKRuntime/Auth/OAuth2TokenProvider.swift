import Foundation

/// Gets access tokens from an OAuth 2.0 token endpoint and caches them.
///
/// A token is reused until shortly before it expires; when many calls need a new token at
/// once, one request is made and its answer shared. A token the API rejects with 401 is
/// dropped, so the next call fetches a new one. Token requests go through the client's
/// transport and only over https, or plain http to a loopback host.
///
/// The cache holds one token: use a provider with one client, or clients of one server.
public final class OAuth2TokenProvider: TokenProvider, CustomStringConvertible {
    /// The token endpoint, absolute or relative to the server URL (`/auth/v1/token`).
    public let tokenURL: String
    /// How tokens are asked for.
    public let grant: OAuth2Grant
    private let cache = TokenCache()

    /// Creates a provider asking `tokenURL` for tokens with `grant`.
    public init(tokenURL: String, grant: OAuth2Grant) {
        self.tokenURL = tokenURL
        self.grant = grant
    }

    /// Returns the cached token, or fetches one.
    public func token(in context: TokenContext) async throws -> String {
        guard let url = URL(string: tokenURL, relativeTo: context.serverURL)?.absoluteURL else {
            throw SDKError.configuration("the token URL is not a URL: \(SafeText.oneLine(tokenURL, limit: 100))")
        }
        try ServerURL.validate(url, as: "the token URL")
        try CredentialTransport.requireSecure(url)
        let grant = self.grant
        return try await cache.token {
            let request = try grant.tokenRequest(to: url)
            return try await TokenEndpoint.requestToken(
                at: url, fields: request.fields, authorization: request.authorization, context: context)
        }
    }

    /// Drops `token` so the next call fetches a new one.
    public func invalidate(_ token: String) async -> Bool {
        await cache.invalidate(token)
        return true
    }

    /// The token URL and grant; secrets are never printed.
    public var description: String { "OAuth2TokenProvider(tokenURL: \(tokenURL), grant: \(grant))" }
}
