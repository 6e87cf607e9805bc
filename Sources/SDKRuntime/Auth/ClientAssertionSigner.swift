import Foundation

/// Signs the JWT a client proves its identity with at a token endpoint (RFC 7523 §2.2,
/// `client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer`), for
/// ``ClientAuthentication/clientAssertion(_:)``.
///
/// A signer holds a key: hide it from `description` and `dump` in your conformance.
public protocol ClientAssertionSigner: Sendable {
    /// A newly signed assertion that `clientID` is asking the token endpoint at `tokenURL`
    /// for a token; its audience (`aud`) is the signer's choice, usually `tokenURL` or its host.
    func assertion(clientID: String, tokenURL: URL) throws -> String
}
