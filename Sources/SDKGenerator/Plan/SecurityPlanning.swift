import OpenAPIReader

// Which credentials an operation sends, and where each goes.

extension Planner {
    /// The operation's security (its own, else the document's): alternatives, each the
    /// schemes whose credentials are all sent.
    func plannedSecurity(of operation: APIOperation) -> [[PlannedSecurityScheme]] {
        (operation.security ?? context.document.security).map(\.schemes).filter { !$0.isEmpty }.map { names in
            names.map { PlannedSecurityScheme(name: $0, placement: placement(ofScheme: $0)) }
        }
    }

    /// Where the scheme named `name` puts its credential: HTTP bearer, Basic and other HTTP
    /// schemes in `Authorization` with their own name (`Bearer`, `Basic`, `Bot`), API keys where
    /// they say, OAuth 2, OpenID Connect and schemes the document does not declare as
    /// bearer tokens.
    private func placement(ofScheme name: String) -> PlannedSecurityScheme.Placement {
        guard let scheme = context.document.securitySchemes.first(where: { $0.name == name }) else {
            return .authorization(scheme: "Bearer")
        }
        switch scheme.kind {
        case .http(let httpScheme):
            switch httpScheme.lowercased() {
            case "bearer", "": return .authorization(scheme: "Bearer")
            case "basic": return .authorization(scheme: "Basic")
            // Scheme names are case-insensitive; the reader keeps them in lowercase.
            default: return .authorization(scheme: httpScheme.prefix(1).uppercased() + httpScheme.dropFirst())
            }
        case .apiKey(let keyName, let location):
            switch location {
            case "query": return .query(keyName)
            case "cookie": return .cookie(keyName)
            default: return .header(keyName)
            }
        case .oauth2, .openIDConnect, .other:
            return .authorization(scheme: "Bearer")
        }
    }
}

extension Planner {
    /// The token provider functions of the document's OAuth 2 schemes with a client
    /// credentials flow, named `<scheme>TokenProvider` without taking a name in `taken`.
    static func tokenProviders(of document: OpenAPIDocument, taken: Set<String>) -> [PlannedTokenProvider] {
        var scope = Naming.Scope(reserved: taken.union([GeneratedLocals.client, "init", "userAgent"]))
        return document.securitySchemes.compactMap { scheme in
            guard case .oauth2(let tokenURL?) = scheme.kind else { return nil }
            return PlannedTokenProvider(
                name: scope.claim(Naming.memberName(scheme.name + "TokenProvider")), tokenURL: tokenURL,
                documentation: """
                    The token provider of the `\(scheme.name)` security scheme: OAuth 2.0 client credentials
                    from `\(tokenURL)`, the scheme's `tokenUrl` (relative to the client's server URL when
                    it is a path). Tokens are cached until shortly before they expire.

                    Pass it as the client's `tokenProvider`, or in its `credentials` under `"\(scheme.name)"`.

                    - Parameters:
                      - clientID: The client's ID.
                      - authentication: How the client proves itself: `.clientSecretPost(secret)` sends
                        the secret in the form, `.clientSecretBasic(secret)` in an `Authorization` header.
                      - scopes: The scopes to ask for; none by default.
                    - Returns: A provider fetching and caching the scheme's tokens.
                    """)
        }
    }
}
