/// One of an operation's security schemes, as the spec's `securitySchemes` declare it:
/// its name, which keys the client's credentials, and where its credential goes.
///
/// A string literal is a bearer scheme of that name, so `security: [["bearerAuth"]]` sends
/// `Authorization: Bearer <token>`.
@_spi(Generated) public struct SecurityScheme: Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Where a scheme's credential goes on a request.
    public enum Placement: Sendable, Hashable {
        /// `Authorization: <scheme> <credential>`, such as `Bearer`, `Basic` or `Bot`.
        case authorization(scheme: String)
        /// A header field of its own, such as `X-API-Key`.
        case header(String)
        /// A query item, such as `api_key`.
        case query(String)
        /// A cookie.
        case cookie(String)
    }

    /// The scheme's name in the spec, the key of its credential in
    /// ``APIClient/Configuration/credentials``.
    public var name: String
    /// Where the credential goes.
    public var placement: Placement

    /// Creates a scheme.
    public init(name: String, placement: Placement) {
        self.name = name
        self.placement = placement
    }

    /// A bearer scheme named `name`.
    public init(stringLiteral name: String) {
        self.init(name: name, placement: .authorization(scheme: "Bearer"))
    }

    /// `Authorization: <prefix> <token>`: HTTP bearer (`Bearer`), OAuth 2 and OpenID
    /// Connect, or another HTTP scheme such as `Bot`.
    public static func bearer(_ name: String, prefix: String = "Bearer") -> Self {
        Self(name: name, placement: .authorization(scheme: prefix))
    }

    /// HTTP Basic: `Authorization: Basic <credential>`, whose credential is a
    /// ``BasicCredentials``.
    public static func basic(_ name: String) -> Self {
        Self(name: name, placement: .authorization(scheme: "Basic"))
    }

    /// An API key in the header field `header`.
    public static func apiKey(_ name: String, header: String) -> Self {
        Self(name: name, placement: .header(header))
    }

    /// An API key in the query item `query`.
    public static func apiKey(_ name: String, query: String) -> Self {
        Self(name: name, placement: .query(query))
    }

    /// An API key in the cookie `cookie`.
    public static func apiKey(_ name: String, cookie: String) -> Self {
        Self(name: name, placement: .cookie(cookie))
    }

    /// The scheme's name.
    public var description: String { name }
}
