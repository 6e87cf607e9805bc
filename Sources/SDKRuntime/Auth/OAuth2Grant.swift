import Foundation

/// How an ``OAuth2TokenProvider`` asks its token endpoint for a token.
public enum OAuth2Grant: Sendable {
    /// The client credentials grant (RFC 6749 §4.4), the client proving itself with
    /// `authentication`; `scopes` are sent as `scope` when not empty.
    case clientCredentials(clientID: String, authentication: ClientAuthentication, scopes: [String] = [])
    /// Token exchange (RFC 8693) of a token issued by someone else, such as an OIDC token
    /// from a CI system, for an access token.
    case tokenExchange(subjectToken: String, subjectTokenType: String = OAuth2Grant.jwtTokenType, clientID: String?)

    /// `urn:ietf:params:oauth:token-type:jwt`.
    public static let jwtTokenType = "urn:ietf:params:oauth:token-type:jwt"

    /// The form fields and the `Authorization` header value, if any, of a token request to
    /// `tokenURL`.
    func tokenRequest(to tokenURL: URL) throws -> (fields: [(name: String, value: String)], authorization: String?) {
        let fields: [(name: String, value: String)]
        var authorization: String?
        switch self {
        case let .clientCredentials(clientID, .clientSecretPost(secret), scopes):
            fields = [
                ("grant_type", "client_credentials"), ("client_id", clientID), ("client_secret", secret),
                ("scope", scopes.joined(separator: " ")),
            ]
        case let .clientCredentials(clientID, .clientSecretBasic(secret), scopes):
            fields = [("grant_type", "client_credentials"), ("scope", scopes.joined(separator: " "))]
            let pair = "\(URLPath.percentEncoded(clientID)):\(URLPath.percentEncoded(secret))"
            authorization = "Basic \(Data(pair.utf8).base64EncodedString())"
        case let .clientCredentials(clientID, .clientAssertion(signer), scopes):
            let assertion = try signer.assertion(clientID: clientID, tokenURL: tokenURL)
            fields = [
                ("grant_type", "client_credentials"), ("client_id", clientID),
                ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                ("client_assertion", assertion), ("scope", scopes.joined(separator: " ")),
            ]
        case let .tokenExchange(subjectToken, subjectTokenType, clientID):
            fields = [
                ("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange"),
                ("subject_token", subjectToken), ("subject_token_type", subjectTokenType),
                ("client_id", clientID ?? ""),
            ]
        }
        return (fields.filter { !$0.value.isEmpty }, authorization)
    }
}

extension OAuth2Grant: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Names the grant and client; tokens and secrets are never printed.
    public var description: String {
        switch self {
        case let .clientCredentials(clientID, authentication, _):
            return "clientCredentials(clientID: \(clientID), authentication: \(authentication))"
        case let .tokenExchange(_, _, clientID):
            return "tokenExchange(clientID: \(clientID ?? "none"), subjectToken: \(Redaction.placeholder))"
        }
    }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print a secret.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
