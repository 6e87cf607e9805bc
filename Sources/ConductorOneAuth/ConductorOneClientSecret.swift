import Crypto
import Foundation
import SDKRuntime

/// A ConductorOne client secret, `secret-token:conductorone.com:v1:<JWK>`: an Ed25519
/// private key as a base64url-encoded JSON Web Key.
///
/// The secret is never sent: it signs the JWT assertion the client authenticates with.
/// It is never printed either.
public struct ConductorOneClientSecret: Sendable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The Ed25519 key the secret holds.
    public let privateKey: Curve25519.Signing.PrivateKey

    /// Parses a client secret; throws `SDKError.authentication` without repeating the
    /// secret when it has any other shape.
    public init(_ secret: String) throws {
        let fields = secret.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard fields.count == 4, fields[2] == "v1" else {
            throw Self.invalid("expected secret-token:conductorone.com:v1:<key>")
        }
        guard let json = Base64URL.decode(String(fields[3])),
            let key = try? JSONDecoder().decode(JSONWebKey.self, from: json)
        else {
            throw Self.invalid("its key is not a base64url-encoded JSON Web Key")
        }
        guard key.kty == "OKP", key.crv == "Ed25519", let d = Base64URL.decode(key.d),
            let privateKey = try? Curve25519.Signing.PrivateKey(rawRepresentation: d)
        else {
            throw Self.invalid("its key is not an Ed25519 private key")
        }
        if let x = key.x, Base64URL.decode(x) != privateKey.publicKey.rawRepresentation {
            throw Self.invalid("its public key does not match its private key")
        }
        self.privateKey = privateKey
    }

    /// `ConductorOneClientSecret(<redacted>)`.
    public var description: String { "ConductorOneClientSecret(\(Redaction.placeholder))" }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print the key.
    public var customMirror: Mirror { Mirror(self, children: [:]) }

    private static func invalid(_ reason: String) -> SDKError {
        .authentication(.invalidCredentials, "the client secret is not a valid ConductorOne client secret: \(reason)")
    }

    private struct JSONWebKey: Decodable {
        var kty: String
        var crv: String
        var x: String?
        var d: String
    }
}
