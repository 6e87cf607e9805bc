import Foundation
import SDKRuntime

/// The ways a ConductorOne client can authenticate.
public enum ConductorOneCredentials: Sendable {
    /// A ready bearer token.
    case accessToken(String)
    /// A client ID and secret; the secret signs a JWT assertion exchanged for tokens.
    case clientCredentials(clientID: String, clientSecret: String)
    /// An OIDC token from another issuer (a CI system, a cloud workload), exchanged for
    /// ConductorOne tokens through the client's workload federation trust (RFC 8693).
    case oidcToken(String, clientID: String)

    /// Where the token endpoint is, relative to the tenant's server.
    public static let tokenPath = "/auth/v1/token"

    /// The token provider these credentials authenticate with; throws for a malformed
    /// client ID or secret.
    public func tokenProvider() throws -> any TokenProvider {
        switch self {
        case .accessToken(let token):
            return BearerToken(token)
        case let .clientCredentials(clientID, clientSecret):
            let id = try ConductorOneClientID(clientID)
            let secret = try ConductorOneClientSecret(clientSecret)
            return OAuth2TokenProvider(
                tokenURL: Self.tokenPath,
                grant: .clientCredentials(
                    clientID: id.rawValue, authentication: .clientAssertion(EdDSAAssertionSigner(key: secret.privateKey))))
        case let .oidcToken(token, clientID):
            return OAuth2TokenProvider(
                tokenURL: Self.tokenPath, grant: .tokenExchange(subjectToken: token, clientID: clientID))
        }
    }

    /// The tenant's server as named by the client ID, when there is one.
    public func serverURLFromClientID() throws -> URL? {
        switch self {
        case .accessToken: return nil
        case .clientCredentials(let clientID, _), .oidcToken(_, let clientID):
            return try ConductorOneClientID(clientID).serverURL
        }
    }
}

extension ConductorOneCredentials: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// Names the kind of credentials and the client ID; tokens and secrets are never printed.
    public var description: String {
        switch self {
        case .accessToken: return "accessToken(\(Redaction.placeholder))"
        case .clientCredentials(let clientID, _): return "clientCredentials(clientID: \(clientID))"
        case .oidcToken(_, let clientID): return "oidcToken(clientID: \(clientID))"
        }
    }
    /// The same as ``description``.
    public var debugDescription: String { description }
    /// No children, so `dump` cannot print a secret.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
