/// The parts of an OpenAPI 3.0 or 3.1 document the generator uses, with every
/// `$ref` outside `components/schemas` already resolved.
public struct OpenAPIDocument: Sendable {
    /// The `openapi` field, e.g. `3.1.0`.
    public var version: String
    public var info: Info
    public var servers: [Server]
    /// Every operation, in path order as written, then in method order.
    public var operations: [APIOperation]
    /// `components/schemas`, in document order.
    public var schemas: [NamedSchema]
    public var securitySchemes: [SecurityScheme]
    /// The security that applies to operations that do not set their own.
    public var security: [SecurityRequirement]
    /// The file the document was read from.
    public var source: SourceFile
}

public struct Info: Sendable, Hashable {
    public var title: String
    public var version: String
    public var description: String?
}

public struct Server: Sendable, Hashable {
    public var url: String
    public var description: String?
    public var variables: [ServerVariable]
}

public struct ServerVariable: Sendable, Hashable {
    public var name: String
    public var defaultValue: String
    public var allowedValues: [String]
    public var description: String?
}

/// A component schema and its name in `components/schemas`.
public struct NamedSchema: Sendable {
    public var name: String
    public var schema: Schema
}

public struct SecurityScheme: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `type: http` with its `scheme` (`bearer`, `basic`).
        case http(scheme: String)
        /// `type: apiKey`, sent in `location` (`header`, `query`, `cookie`) as `name`.
        case apiKey(name: String, location: String)
        /// `type: oauth2` with the client-credentials token URL when the flow is present.
        case oauth2(tokenURL: String?)
        case openIDConnect(url: String)
        case other(String)
    }

    public var name: String
    public var kind: Kind
    public var description: String?
}

/// Scheme names that together satisfy an operation's security (one entry of `security`).
public struct SecurityRequirement: Sendable, Hashable {
    public var schemes: [String]
}
