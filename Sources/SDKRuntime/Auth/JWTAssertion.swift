import Crypto
import Foundation

/// A JWT client assertion (RFC 7523) signed with EdDSA over an Ed25519 key.
enum JWTAssertion {
    /// How long an assertion is valid either side of the moment it is made.
    static let validity: TimeInterval = 120

    /// Signs an assertion that `clientID` is asking a token from `audience`.
    ///
    /// Claims: `iss` and `sub` are the client ID, `aud` the token host, `iat` now, `nbf` two
    /// minutes ago, `exp` in two minutes. The protected header carries a random `nonce`.
    static func make(
        clientID: String, audience: String, key: Curve25519.Signing.PrivateKey, now: Date = Date()
    ) throws -> String {
        let header = Header(alg: "EdDSA", typ: "JWT", nonce: Base64URL.encode(randomBytes(count: 16)))
        let seconds = Int64(now.timeIntervalSince1970.rounded(.down))
        let claims = Claims(
            iss: clientID, sub: clientID, aud: audience,
            iat: seconds, nbf: seconds - Int64(validity), exp: seconds + Int64(validity))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let signingInput =
            "\(Base64URL.encode(try encoder.encode(header))).\(Base64URL.encode(try encoder.encode(claims)))"
        let signature = try key.signature(for: Data(signingInput.utf8))
        return "\(signingInput).\(Base64URL.encode(signature))"
    }

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
