import Crypto
import Foundation

/// A ConductorOne client made up for the tests.
struct TestCredentials: Sendable {
    let clientID = "clever-fox-12345@acme.conductor.one/pcc"
    let key = Curve25519.Signing.PrivateKey()

    /// The client secret holding `key`, in ConductorOne's format.
    var clientSecret: String {
        let jwk = """
            {"kty":"OKP","crv":"Ed25519","x":"\(TestEncoding.base64URL(key.publicKey.rawRepresentation))",\
            "d":"\(TestEncoding.base64URL(key.rawRepresentation))"}
            """
        return "secret-token:conductorone.com:v1:\(TestEncoding.base64URL(Data(jwk.utf8)))"
    }
}
