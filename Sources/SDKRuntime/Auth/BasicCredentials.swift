import Foundation

/// A user name and password for HTTP Basic (RFC 7617), sent as
/// `Authorization: Basic base64(user:password)`.
public struct BasicCredentials: TokenProvider, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let username: String
    private let password: String

    /// Creates credentials; the user name may not contain `:`, or the server would split
    /// it there.
    public init(username: String, password: String) {
        self.username = username
        self.password = password
    }

    /// `user:password` in UTF-8 and base64.
    ///
    /// - Throws: ``SDKError/authentication(_:)`` (``AuthenticationFailure/Kind/invalidCredentials``)
    ///   when the user name contains `:`.
    public func token(in context: TokenContext) async throws -> String {
        guard !username.contains(":") else {
            throw SDKError.authentication(.invalidCredentials, "an HTTP Basic user name may not contain ':'")
        }
        return Data("\(username):\(password)".utf8).base64EncodedString()
    }

    /// `BasicCredentials(<redacted>)`: neither the user name nor the password is printed.
    public var description: String { "BasicCredentials(\(Redaction.placeholder))" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print the password.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
