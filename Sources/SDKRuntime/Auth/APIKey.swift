/// A key or token that is already known, for an API key scheme (or any other): sent as it
/// is where its scheme says.
public struct APIKey: TokenProvider, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let value: String

    /// Creates a provider that always supplies `key`.
    public init(_ key: String) {
        self.value = key
    }

    /// Returns the key.
    public func token(in context: TokenContext) async throws -> String {
        value
    }

    /// `APIKey(<redacted>)`: the key is never printed.
    public var description: String { "APIKey(\(Redaction.placeholder))" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print the key.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
