import Foundation
import SDKRuntime

/// A ConductorOne client ID, `clever-fox-12345@acme.conductor.one/pcc`, which also names
/// the tenant the client belongs to.
public struct ConductorOneClientID: Sendable, Hashable, CustomStringConvertible {
    /// The client ID as given.
    public let rawValue: String
    /// The tenant's server, from the part between `@` and the following `/`.
    public let serverURL: URL

    /// Parses a client ID; throws `SDKError.authentication` for anything else.
    public init(_ rawValue: String) throws {
        let invalid = SDKError.authentication(
            .invalidCredentials,
            "the client ID is not a ConductorOne client ID (expected name@tenant.conductor.one/suffix)")
        guard let at = rawValue.firstIndex(of: "@"), at != rawValue.startIndex else { throw invalid }
        let afterAt = rawValue[rawValue.index(after: at)...]
        guard let slash = afterAt.firstIndex(of: "/"), slash != afterAt.startIndex,
            rawValue.index(after: slash) != rawValue.endIndex
        else { throw invalid }
        let host = afterAt[..<slash]
        guard !host.contains("@"), let serverURL = try? ConductorOneTenant.serverURL(for: String(host)) else {
            throw invalid
        }
        self.rawValue = rawValue
        self.serverURL = serverURL
    }

    /// The client ID; it is not a secret.
    public var description: String { rawValue }
}
