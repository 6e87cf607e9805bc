/// One security scheme an operation sends a credential for; mirrors
/// `SDKRuntime.SecurityScheme`.
package struct PlannedSecurityScheme: Sendable, Hashable {
    /// Where the credential goes.
    package enum Placement: Sendable, Hashable {
        /// `Authorization: <scheme> <credential>`: `Bearer`, `Basic`, or another HTTP scheme.
        case authorization(scheme: String)
        case header(String)
        case query(String)
        case cookie(String)
    }

    /// The scheme's name in the spec.
    package var name: String
    package var placement: Placement
}
