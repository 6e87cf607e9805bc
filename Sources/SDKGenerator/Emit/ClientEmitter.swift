/// Prints the client type, with a property per operation group, and the servers.
struct ClientEmitter {
    let plan: SDKPlan
    let names: RuntimeNames

    func emit() -> String {
        var writer = SwiftWriter()
        SwiftEmitter.preamble(&writer)
        writer.line("/// A client for the \(plan.title).")
        writer.block("\(names.access)struct \(plan.clientName): Sendable") { writer in
            writer.line("/// The client requests are sent with.")
            writer.line("\(names.access)let client: \(names.runtime("APIClient"))")
            writer.line()
            writer.line("/// Creates a client sending requests with `client`.")
            writer.block("\(names.access)init(client: \(names.runtime("APIClient")))") { writer in
                writer.line("self.client = client")
            }
            for group in plan.groups {
                writer.line()
                writer.line("/// The \(group.typeName) operations.")
                writer.line("\(names.access)var \(Naming.identifier(group.propertyName)): \(group.typeName) { \(group.typeName)(client: client) }")
            }
        }
        guard !plan.servers.isEmpty else { return writer.text }
        writer.line()
        writer.line("/// The servers the \(plan.title) is served from.")
        writer.block("\(names.access)enum Servers") { writer in
            for (index, server) in plan.servers.enumerated() {
                if index > 0 { writer.line() }
                write(server, to: &writer)
            }
        }
        return writer.text
    }

    private func write(_ server: PlannedServer, to writer: inout SwiftWriter) {
        var documentation = server.documentation ?? "The server at `\(server.template)`."
        if !server.variables.isEmpty {
            documentation += "\n\n- Parameters:"
            for variable in server.variables {
                let summary = variable.documentation.flatMap { SwiftSyntax.documentationLines($0).first } ?? "The `\(variable.name)` variable."
                documentation += "\n  - \(variable.swiftName): \(summary)"
            }
        }
        documentation += "\n- Throws: `ServerTemplate.InvalidServer` when a value is not allowed or the URL is invalid."
        writer.documentation(documentation)
        let string = names.runtime("String", module: "Swift")
        let parameters = server.variables.map {
            "\(Naming.identifier($0.swiftName)): \(string) = \(SwiftSyntax.stringLiteral($0.defaultValue))"
        }
        let url = names.runtime("URL", module: "Foundation")
        writer.block("\(names.access)static func \(Naming.identifier(server.name))(\(parameters.joined(separator: ", "))) throws -> \(url)") { writer in
            var arguments = [SwiftSyntax.stringLiteral(server.template)]
            if !server.variables.isEmpty {
                let pairs = server.variables.map { "\(SwiftSyntax.stringLiteral($0.name)): \(Naming.identifier($0.swiftName))" }
                arguments.append("variables: [\(pairs.joined(separator: ", "))]")
            }
            let allowed = server.variables.filter { !$0.allowed.isEmpty }.map {
                "\(SwiftSyntax.stringLiteral($0.name)): [\($0.allowed.map(SwiftSyntax.stringLiteral).joined(separator: ", "))]"
            }
            if !allowed.isEmpty { arguments.append("allowed: [\(allowed.joined(separator: ", "))]") }
            writer.line("try \(names.runtime("ServerTemplate")).url(")
            writer.list(arguments)
            writer.line(")")
        }
    }
}
