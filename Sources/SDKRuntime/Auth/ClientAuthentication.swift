/// How a client proves its identity to a token endpoint (RFC 6749 §2.3, RFC 7523 §2.2).
public enum ClientAuthentication: Sendable {
    /// The client secret in the form body (`client_secret_post`).
    case clientSecretPost(String)
    /// The client ID and secret in an `Authorization: Basic` header (`client_secret_basic`),
    /// each form-encoded first as RFC 6749 §2.3.1 asks.
    case clientSecretBasic(String)
    /// A JWT assertion made by `signer` for each token request (`private_key_jwt` or
    /// `client_secret_jwt`); the key it is signed with is never sent.
    case clientAssertion(any ClientAssertionSigner)
}

extension ClientAuthentication: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Names the method; the secret or signer is never printed.
    public var description: String {
        switch self {
        case .clientSecretPost: return "clientSecretPost(\(Redaction.placeholder))"
        case .clientSecretBasic: return "clientSecretBasic(\(Redaction.placeholder))"
        case .clientAssertion: return "clientAssertion(\(Redaction.placeholder))"
        }
    }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print a secret.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
