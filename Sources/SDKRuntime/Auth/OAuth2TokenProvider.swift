import Foundation

/// Gets access tokens from an OAuth 2.0 token endpoint and caches them.
///
/// A token is reused until shortly before it expires; when many calls need a new token at
/// once, one request is made and its answer shared. That request has its own time limit,
/// ``TokenContext/timeout`` (the client's configured timeout), so a waiting call that is
/// cancelled or runs out of its own time leaves without failing the others. A token the API rejects
/// with 401 is dropped, so the next call fetches a new one. Token requests go through the
/// client's transport and only over https, or plain http to a loopback host.
///
/// Tokens are cached per token URL: a provider used with clients of several servers
/// keeps one token for each and never sends one server's token to another. Lifetimes are
/// measured on the clock (``TokenContext/clock``) of the call that first asks for a token
/// from that URL.
public final class OAuth2TokenProvider: TokenProvider, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The token endpoint, absolute or relative to the server URL (`/auth/v1/token`).
    public let tokenURL: String
    /// How tokens are asked for.
    public let grant: OAuth2Grant
    private let caches = Locked<[URL: TokenCache]>([:])

    /// Creates a provider asking `tokenURL` for tokens with `grant`.
    public init(tokenURL: String, grant: OAuth2Grant) {
        self.tokenURL = tokenURL
        self.grant = grant
    }

    /// Returns the cached token of the token URL `context.serverURL` resolves to, or
    /// fetches one.
    public func token(in context: TokenContext) async throws -> String {
        guard let url = URL(string: tokenURL, relativeTo: context.serverURL)?.absoluteURL else {
            throw SDKError.configuration("the token URL is not a URL: \(SafeText.oneLine(ServerURL.redacted(tokenURL), limit: 100))")
        }
        try ServerURL.validate(url, as: "the token URL")
        try CredentialTransport.requireSecure(url)
        let grant = self.grant
        return try await cache(for: url, clock: context.clock).token {
            let request = try grant.tokenRequest(to: url)
            return try await TokenEndpoint.requestToken(
                at: url, fields: request.fields, authorization: request.authorization, context: context)
        }
    }

    /// Drops `token` wherever it is cached, so the next call fetches a new one.
    public func invalidate(_ token: String) async -> Bool {
        for cache in caches.withLock({ Array($0.values) }) {
            cache.invalidate(token)
        }
        return true
    }

    /// The token URL without user name, password, query or fragment, and the grant;
    /// secrets and tokens are never printed.
    public var description: String {
        "OAuth2TokenProvider(tokenURL: \(SafeText.oneLine(ServerURL.redacted(tokenURL), limit: 200)), grant: \(grant))"
    }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print a cached token.
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    /// The cache of `url`'s tokens, made with `clock` when it is the first token asked for.
    private func cache(for url: URL, clock: any Clock<Duration>) -> TokenCache {
        caches.withLock { caches in
            if let cache = caches[url] { return cache }
            let cache = TokenCache(clock: clock)
            caches[url] = cache
            return cache
        }
    }
}
