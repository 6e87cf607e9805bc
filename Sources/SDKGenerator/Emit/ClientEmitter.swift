/// Prints the client type, with a property per operation group, and the servers.
struct ClientEmitter {
    let plan: SDKPlan
    let names: RuntimeNames

    func write(to writer: inout SwiftWriter) {
        let client = plan.client
        let apiClient = names.runtime("APIClient")
        writer.documentation(client.documentation)
        writer.block("\(names.typeModifiers)struct \(client.typeName): Sendable") { writer in
            writeUserAgent(client.userAgent, to: &writer)
            writer.line()
            writer.line("/// The client requests are sent with.")
            writer.line("\(names.access)let \(GeneratedLocals.client): \(apiClient)")
            writer.line()
            writer.line("/// Creates a client sending requests with `\(GeneratedLocals.client)`.")
            writer.block("\(names.access)init(\(GeneratedLocals.client): \(apiClient))") { writer in
                writer.line("self.\(GeneratedLocals.client) = \(GeneratedLocals.client)")
            }
            writer.line()
            writeServerInitializer(to: &writer)
            for provider in client.tokenProviders {
                writer.line()
                write(provider, to: &writer)
            }
            for group in plan.groups {
                writer.line()
                writer.documentation(group.propertyDocumentation)
                writer.line(
                    "\(names.access)var \(SwiftSpelling.identifier(group.propertyName)): \(group.typeName) { \(group.typeName)(\(GeneratedLocals.client): \(GeneratedLocals.client)) }")
            }
        }
        guard let servers = client.servers else { return }
        writer.line()
        writer.documentation(servers.documentation)
        writer.block("\(names.typeModifiers)enum \(servers.typeName)") { writer in
            for (index, server) in servers.servers.enumerated() {
                if index > 0 { writer.line() }
                write(server, to: &writer)
            }
        }
    }

    /// The SDK's `User-Agent`, with the runtime's version unless the plan has one.
    private func writeUserAgent(_ userAgent: PlannedUserAgent, to writer: inout SwiftWriter) {
        if let version = userAgent.version {
            writer.line("/// The `User-Agent` the SDK sends: `\(userAgent.product)/\(version)`.")
            writer.line("\(names.access)static let userAgent = \(SwiftSpelling.stringLiteral("\(userAgent.product)/\(version)"))")
        } else {
            writer.line("/// The `User-Agent` the SDK sends: `\(userAgent.product)/` and the runtime's version.")
            writer.line("\(names.access)static let userAgent = \"\(userAgent.product)/\\(\(names.runtime("SDKInfo")).version)\"")
        }
    }

    /// `init(serverURL:tokenProvider:credentials:)`: a client with the SDK's `User-Agent`.
    private func writeServerInitializer(to writer: inout SwiftWriter) {
        writer.line("/// Creates a client sending requests to `serverURL` with the SDK's ``userAgent``, the")
        writer.line("/// token of `tokenProvider` for every bearer and OAuth 2 scheme without a credential in")
        writer.line("/// `credentials` (by scheme name), and the runtime's defaults for every other setting.")
        let url = names.runtime("URL", module: "Foundation")
        let provider = names.runtime("TokenProvider")
        let string = names.runtime("String", module: "Swift")
        writer.block(
            "\(names.access)init(serverURL: \(url), tokenProvider: (any \(provider))? = nil, credentials: [\(string): any \(provider)] = [:])"
        ) { writer in
            writer.line("self.init(")
            writer.list([
                "\(GeneratedLocals.client): \(names.runtime("APIClient"))(serverURL: serverURL, tokenProvider: tokenProvider, credentials: credentials, userAgent: Self.userAgent)"
            ])
            writer.line(")")
        }
    }

    /// `static func oauthTokenProvider(clientID:authentication:scopes:) -> OAuth2TokenProvider`.
    private func write(_ provider: PlannedTokenProvider, to writer: inout SwiftWriter) {
        writer.documentation(provider.documentation)
        let string = names.runtime("String", module: "Swift")
        let tokenProvider = names.runtime("OAuth2TokenProvider")
        writer.block(
            "\(names.access)static func \(SwiftSpelling.identifier(provider.name))(clientID: \(string), authentication: \(names.runtime("ClientAuthentication")), scopes: [\(string)] = []) -> \(tokenProvider)"
        ) { writer in
            writer.line("\(tokenProvider)(")
            writer.list([
                "tokenURL: \(SwiftSpelling.stringLiteral(provider.tokenURL))",
                "grant: .clientCredentials(clientID: clientID, authentication: authentication, scopes: scopes)",
            ])
            writer.line(")")
        }
    }

    private func write(_ server: PlannedServer, to writer: inout SwiftWriter) {
        writer.documentation(server.documentation)
        let string = names.runtime("String", module: "Swift")
        let parameters = server.variables.map {
            "\(SwiftSpelling.identifier($0.swiftName)): \(string) = \(SwiftSpelling.stringLiteral($0.defaultValue))"
        }
        let url = names.runtime("URL", module: "Foundation")
        writer.block("\(names.access)static func \(SwiftSpelling.identifier(server.name))(\(parameters.joined(separator: ", "))) throws -> \(url)") { writer in
            var arguments = [SwiftSpelling.stringLiteral(server.template)]
            if !server.variables.isEmpty {
                let pairs = server.variables.map { "\(SwiftSpelling.stringLiteral($0.name)): \(SwiftSpelling.identifier($0.swiftName))" }
                arguments.append("variables: [\(pairs.joined(separator: ", "))]")
            }
            let allowed = server.variables.filter { !$0.allowedValues.isEmpty }.map {
                "\(SwiftSpelling.stringLiteral($0.name)): [\($0.allowedValues.map(SwiftSpelling.stringLiteral).joined(separator: ", "))]"
            }
            if !allowed.isEmpty { arguments.append("allowed: [\(allowed.joined(separator: ", "))]") }
            writer.line("try \(names.runtime("ServerTemplate")).url(")
            writer.list(arguments)
            writer.line(")")
        }
    }
}
