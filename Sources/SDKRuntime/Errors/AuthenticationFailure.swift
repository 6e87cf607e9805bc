/// Why a request could not be authenticated.
public struct AuthenticationFailure: Sendable, CustomStringConvertible {
    /// The kinds of authentication failure.
    public enum Kind: Sendable, Hashable {
        /// The operation needs credentials and the client has none.
        case missingCredentials
        /// A client ID or secret does not have the expected shape.
        case invalidCredentials
        /// Credentials would travel over plain http to a host that is not loopback.
        case insecureTransport
        /// The token endpoint refused the credentials or answered something unusable.
        case tokenRequestFailed
    }

    /// What went wrong.
    public var kind: Kind
    /// A sentence for a person; never contains a secret or token.
    public var message: String
    /// The token endpoint's answer, for ``Kind/tokenRequestFailed`` when it answered.
    public var response: HTTPFailure?

    /// Creates a failure.
    public init(kind: Kind, message: String, response: HTTPFailure? = nil) {
        self.kind = kind
        self.message = message
        self.response = response
    }

    /// The message on one line, prefixed so the reader knows it is about authentication.
    public var description: String { "authentication failed: \(SafeText.oneLine(message, limit: 1000))" }
}

extension SDKError {
    /// An ``authentication(_:)`` error of `kind`.
    package static func authentication(_ kind: AuthenticationFailure.Kind, _ message: String, response: HTTPFailure? = nil)
        -> SDKError
    {
        .authentication(AuthenticationFailure(kind: kind, message: message, response: response))
    }
}
