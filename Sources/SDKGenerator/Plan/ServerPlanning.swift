import OpenAPIReader

/// The servers of the document as functions returning their URLs.
enum ServerPlanning {
    /// The servers, in the document's order: `default`, then `server2`, …; `nil` without any.
    static func servers(of document: OpenAPIDocument, typeName: String) -> PlannedServers? {
        guard !document.servers.isEmpty else { return nil }
        var scope = Naming.Scope()
        let servers = document.servers.enumerated().map { index, server in
            var variableScope = Naming.Scope()
            let variables = server.variables.sorted { $0.name < $1.name }.map { variable in
                PlannedServer.Variable(
                    swiftName: variableScope.claim(Naming.memberName(variable.name)), name: variable.name,
                    defaultValue: variable.defaultValue, allowedValues: variable.allowedValues)
            }
            return PlannedServer(
                name: scope.claim(index == 0 ? "default" : "server\(index + 1)"),
                template: server.url,
                documentation: documentation(of: server, variables: variables),
                variables: variables)
        }
        return PlannedServers(
            typeName: typeName, documentation: "The servers the \(document.info.title) is served from.", servers: servers)
    }

    /// The server's description (or its URL), its variables and what the function throws.
    private static func documentation(of server: Server, variables: [PlannedServer.Variable]) -> String {
        var documentation = server.description ?? "The server at `\(server.url)`."
        if !variables.isEmpty {
            documentation += "\n\n- Parameters:"
            for variable in variables {
                let described = server.variables.first { $0.name == variable.name }?.description
                let summary = described.flatMap { DocumentationText.firstLine($0) } ?? "The `\(variable.name)` variable."
                documentation += "\n  - \(variable.swiftName): \(summary)"
            }
        }
        return documentation + "\n- Throws: `ServerTemplate.InvalidServer` when a value is not allowed or the URL is invalid."
    }
}
