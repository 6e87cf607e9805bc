import Crypto
import Foundation
import SDKRuntime

/// Signs ConductorOne's client assertions: JWTs (RFC 7523) signed with EdDSA over the
/// Ed25519 key a client secret holds.
///
/// Claims: `iss` and `sub` are the client ID, `aud` the token endpoint's host without a
/// port, `iat` now, `nbf` two minutes ago, `exp` in two minutes. The protected header
/// carries a random `nonce`, as the official Go client's does. The key is never printed.
public struct EdDSAAssertionSigner: ClientAssertionSigner, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// How long an assertion is valid either side of the moment it is made.
    public static let validity: TimeInterval = 120

    private let key: Curve25519.Signing.PrivateKey

    /// Creates a signer with `key`.
    public init(key: Curve25519.Signing.PrivateKey) {
        self.key = key
    }

    /// Signs an assertion that `clientID` is asking the token endpoint at `tokenURL` for a token.
    public func assertion(clientID: String, tokenURL: URL) throws -> String {
        let header = Header(alg: "EdDSA", typ: "JWT", nonce: Base64URL.encode(Self.randomBytes(count: 16)))
        let seconds = Int64(Date().timeIntervalSince1970.rounded(.down))
        let claims = Claims(
            iss: clientID, sub: clientID, aud: tokenURL.host ?? "",
            iat: seconds, nbf: seconds - Int64(Self.validity), exp: seconds + Int64(Self.validity))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let signingInput =
            "\(Base64URL.encode(try encoder.encode(header))).\(Base64URL.encode(try encoder.encode(claims)))"
        let signature = try key.signature(for: Data(signingInput.utf8))
        return "\(signingInput).\(Base64URL.encode(signature))"
    }

    /// `EdDSAAssertionSigner(<redacted>)`.
    public var description: String { "EdDSAAssertionSigner(\(Redaction.placeholder))" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print the key.
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    private struct Header: Encodable {
        var alg: String
        var typ: String
        var nonce: String
    }

    private struct Claims: Encodable {
        var iss: String
        var sub: String
        var aud: String
        var iat: Int64
        var nbf: Int64
        var exp: Int64
    }

    private static func randomBytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
    }
}
