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
}
