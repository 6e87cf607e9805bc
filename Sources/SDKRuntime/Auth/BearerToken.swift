/// A token that is already known, such as a personal access token.
public struct BearerToken: TokenProvider, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Creates a provider that always supplies `token`.
    public init(_ token: String) {
        self.value = token
    }

    /// Returns the token.
    public func token(in context: TokenContext) async throws -> String {
        value
    }

    /// `BearerToken(<redacted>)`: the token is never printed.
    public var description: String { "BearerToken(\(Redaction.placeholder))" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print the token.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
