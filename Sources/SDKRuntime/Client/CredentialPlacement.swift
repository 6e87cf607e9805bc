import HTTPTypes

extension SecurityScheme {
    /// Puts `credential` on `head` where the scheme says: the `Authorization` field, a
    /// field of its own, a query item (percent-encoded) or a cookie beside the request's
    /// other cookies. Throws ``SDKError/invalidRequest(_:)`` for a field name HTTP does
    /// not allow; the credential is never part of an error.
    func place(_ credential: String, on head: inout HTTPRequest) throws {
        switch placement {
        case .authorization(let scheme):
            head.headerFields[.authorization] = "\(scheme) \(credential)"
        case .header(let name):
            guard let field = HTTPField.Name(name) else {
                throw SDKError.invalidRequest("\"\(name)\" of the security scheme \(self.name) is not a valid header name")
            }
            head.headerFields[field] = credential
        case .query(let name):
            let path = head.path ?? "/"
            head.path = path + (path.contains("?") ? "&" : "?")
                + "\(URLPath.percentEncoded(name))=\(URLPath.percentEncoded(credential))"
        case .cookie(let name):
            let pair = "\(URLPath.percentEncoded(name))=\(URLPath.percentEncoded(credential))"
            head.headerFields[.cookie] = head.headerFields[.cookie].map { "\($0); \(pair)" } ?? pair
        }
    }

    /// The header field the credential goes in other than `Authorization`, to redact in logs.
    var ownHeaderField: HTTPField.Name? {
        if case .header(let name) = placement { HTTPField.Name(name) } else { nil }
    }

    /// Whether the client's token provider may supply this scheme's credential: a token in
    /// `Authorization` with a prefix other than `Basic` (HTTP bearer, OAuth 2, OpenID
    /// Connect, or a scheme such as `Bot`). API keys go in URLs, cookies and fields of their
    /// own, where a bearer token would end up in logs, so they need their own credential.
    var takesBearerTokens: Bool {
        if case .authorization(let prefix) = placement { prefix.lowercased() != "basic" } else { false }
    }
}
