import SDKGenDiagnostics

/// The parts of an OpenAPI 3.0 or 3.1 document the generator uses, with every
/// `$ref` outside `components/schemas` already resolved.
package struct OpenAPIDocument: Sendable {
    /// The `openapi` field, e.g. `3.1.0`.
    package var version: String
    package var info: Info
    package var servers: [Server]
    /// Every operation, in path order as written, then in method order.
    package var operations: [APIOperation]
    /// `components/schemas`, in document order.
    package var schemas: [NamedSchema]
    package var securitySchemes: [SecurityScheme]
    /// The security that applies to operations that do not set their own.
    package var security: [SecurityRequirement]
    /// The file the document was read from.
    package var source: SourceFile
    /// The parameters, headers, responses and request bodies of `components`, used by an
    /// operation or not; read only for the examples check
    /// (`OpenAPIParser.parse(_:path:examples:)`), else empty.
    package var componentPlaces = ComponentPlaces()
}

/// The places in `components` besides schemas that can hold examples.
package struct ComponentPlaces: Sendable {
    package var parameters: [Parameter] = []
    package var headers: [Header] = []
    /// Responses by their name in `components/responses`, which `status` holds.
    package var responses: [Response] = []
    /// Request bodies and their names in `components/requestBodies`.
    package var requestBodies: [(name: String, body: RequestBody)] = []

    package init() {}
}

package struct Info: Sendable, Hashable {
    package var title: String
    package var version: String
    package var description: String?
}

package struct Server: Sendable, Hashable {
    package var url: String
    package var description: String?
    package var variables: [ServerVariable]
}

package struct ServerVariable: Sendable, Hashable {
    package var name: String
    package var defaultValue: String
    package var allowedValues: [String]
    package var description: String?
}

/// A component schema and its name in `components/schemas`.
package struct NamedSchema: Sendable {
    package var name: String
    package var schema: Schema
}

package struct SecurityScheme: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        /// `type: http` with its `scheme` (`bearer`, `basic`).
        case http(scheme: String)
        /// `type: apiKey`, sent in `location` (`header`, `query`, `cookie`) as `name`.
        case apiKey(name: String, location: String)
        /// `type: oauth2` with the client-credentials token URL when the flow is present.
        case oauth2(tokenURL: String?)
        case openIDConnect(url: String)
        case other(String)
    }

    package var name: String
    package var kind: Kind
    package var description: String?
}

/// Scheme names that together satisfy an operation's security (one entry of `security`).
package struct SecurityRequirement: Sendable, Hashable {
    package var schemes: [String]
}
