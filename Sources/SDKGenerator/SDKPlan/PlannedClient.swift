/// The client type: a property per operation group, and the servers the API is served from.
package struct PlannedClient: Sendable {
    /// The client type's name.
    package var typeName: String
    /// The file the client and the servers are written in.
    package var file: String
    package var documentation: String
    /// What the SDK sends as its `User-Agent`.
    package var userAgent: PlannedUserAgent
    /// The type listing the servers; `nil` when the spec names none.
    package var servers: PlannedServers?
    /// A static function per OAuth 2 scheme with a client credentials flow, making the
    /// token provider for its `tokenUrl`.
    package var tokenProviders: [PlannedTokenProvider] = []
}

/// `static func oauthTokenProvider(clientID:authentication:scopes:) -> OAuth2TokenProvider`:
/// client credentials from the token URL an OAuth 2 scheme of the spec names.
package struct PlannedTokenProvider: Sendable {
    /// The function's name.
    package var name: String
    /// The token URL as the spec writes it, absolute or relative to the server URL.
    package var tokenURL: String
    package var documentation: String
}

/// The SDK's `User-Agent`: `<product>/<version>`, such as `petstore-swift/1.2.0`.
package struct PlannedUserAgent: Sendable, Hashable {
    /// The module's name in lowercase with `-swift`.
    package var product: String
    /// The configuration's `version`; `nil` for the runtime's (`SDKInfo.version`).
    package var version: String?
}

/// The servers of the API, as static functions returning their URLs.
package struct PlannedServers: Sendable {
    package var typeName: String
    package var documentation: String
    package var servers: [PlannedServer]
}

package struct PlannedServer: Sendable {
    /// The Swift name of the function returning the URL.
    package var name: String
    /// The URL with `{variable}` placeholders, as written in the spec.
    package var template: String
    package var documentation: String
    /// The variables, sorted by name.
    package var variables: [Variable]

    package struct Variable: Sendable {
        /// The function's parameter name.
        package var swiftName: String
        /// The variable's name in the template.
        package var name: String
        package var defaultValue: String
        /// The values allowed; empty when any value is.
        package var allowedValues: [String]
    }
}
