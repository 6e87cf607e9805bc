/// Prints one operation group: a type whose static methods build requests and whose
/// instance methods send them.
struct OperationEmitter {
    let plan: SDKPlan
    let group: PlannedGroup
    let names: RuntimeNames

    func emit() -> String {
        var writer = SwiftWriter(capacity: group.operations.count * 2048)
        SwiftEmitter.preamble(&writer)
        writer.line("/// The \(group.typeName) operations of the \(plan.title).")
        writer.line("///")
        writer.line("/// Static methods build requests without sending them; instance methods send them with `client`.")
        writer.block("\(names.access)struct \(group.typeName): Sendable") { writer in
            writer.line("/// The client requests are sent with.")
            writer.line("\(names.access)let client: \(names.runtime("APIClient"))")
            writer.line()
            writer.line("/// Creates the group over `client`.")
            writer.block("\(names.access)init(client: \(names.runtime("APIClient")))") { writer in
                writer.line("self.client = client")
            }
            for operation in group.operations {
                writer.line()
                writeBuilder(operation, to: &writer)
                writer.line()
                writeSender(operation, to: &writer)
            }
        }
        return writer.text
    }

    /// Signature parameters: path and required ones, the body, then optional ones.
    private func signature(_ operation: PlannedOperation) -> [(label: String, declaration: String)] {
        var items: [(String, String)] = []
        let required = operation.parameters.filter { !$0.isOptional }
        let optional = operation.parameters.filter(\.isOptional)
        for parameter in required {
            items.append((parameter.swiftName, "\(Naming.identifier(parameter.swiftName)): \(names.spelling(parameter.type))"))
        }
        if let body = operation.body {
            let type = names.spelling(body.type)
            items.append(("body", body.isOptional ? "body: \(type)? = nil" : "body: \(type)"))
        }
        for parameter in optional {
            items.append((parameter.swiftName, "\(Naming.identifier(parameter.swiftName)): \(names.spelling(parameter.type))? = nil"))
        }
        return items
    }

    private func writeDocumentation(
        _ operation: PlannedOperation, returns: String, options: Bool = false, to writer: inout SwiftWriter
    ) {
        var lines: [String] = []
        if let summary = operation.summary { lines.append(summary) }
        if let documentation = operation.documentation, documentation != operation.summary {
            if !lines.isEmpty { lines.append("") }
            lines.append(documentation)
        }
        var parameters: [(String, String)] = operation.parameters.map { ($0.swiftName, $0.documentation ?? "") }
        if let body = operation.body {
            let index = operation.parameters.firstIndex(where: \.isOptional) ?? parameters.count
            parameters.insert(("body", body.documentation ?? "The request body."), at: index)
        }
        if options {
            parameters.append(("options", "Retry and timeout settings for this call; the client's by default."))
        }
        if !parameters.isEmpty {
            if !lines.isEmpty { lines.append("") }
            lines.append("- Parameters:")
            for (name, text) in parameters {
                let summary = SwiftSyntax.documentationLines(text).first ?? ""
                lines.append("  - \(name): \(summary)")
            }
        }
        lines.append(returns)
        writer.documentation(lines.joined(separator: "\n"))
    }

    private func writeBuilder(_ operation: PlannedOperation, to writer: inout SwiftWriter) {
        let path = operation.pathSegments.map { segment -> String in
            switch segment {
            case .literal(let text): return String(SwiftSyntax.stringLiteral(text).dropFirst().dropLast())
            case .parameter(let name): return "\\(\(names.runtime("URLPath")).segment(\(Naming.identifier(name))))"
            }
        }.joined()
        let route = "`\(operation.method.uppercased()) \(plannedTemplate(operation))`"
        writeDocumentation(operation, returns: "- Returns: A request for \(route), not yet sent.", to: &writer)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        let parameters = signature(operation).map(\.declaration).joined(separator: ", ")
        let responseType = names.spelling(operation.response)
        writer.block("\(names.access)static func \(Naming.identifier(operation.swiftName))(\(parameters)) -> \(names.runtime("Request"))<\(responseType)>") { writer in
            let query = operation.parameters.filter { $0.location == .query }
            let headers = operation.parameters.filter { $0.location == .header || $0.location == .cookie }
            if !query.isEmpty {
                writer.line("var queryItems: [\(names.runtime("URLQueryItem", module: "Foundation"))] = []")
                for parameter in query {
                    let name = SwiftSyntax.stringLiteral(parameter.name)
                    let value = Naming.identifier(parameter.swiftName)
                    switch parameter.shape {
                    case .value:
                        writer.line("queryItems.append(name: \(name), \(value))")
                    case .array:
                        writer.line("queryItems.append(name: \(name), \(value)\(parameter.explode ? "" : ", explode: false"))")
                    case .object(let deepObject):
                        writer.line("queryItems.append(name: \(name), object: \(value), deepObject: \(deepObject))")
                    case .json:
                        writer.line("queryItems.append(name: \(name), json: \(value))")
                    }
                }
            }
            if !headers.isEmpty {
                writer.line("var headerFields: [\(names.runtime("HeaderField"))] = []")
                for parameter in headers {
                    let name = SwiftSyntax.stringLiteral(parameter.name)
                    let value = Naming.identifier(parameter.swiftName)
                    if parameter.location == .cookie {
                        writer.line("headerFields.append(cookie: \(name), \(value))")
                    } else {
                        writer.line("headerFields.append(name: \(name), \(parameter.shape == .json ? "json: " : "")\(value))")
                    }
                }
            }
            var arguments = [
                "method: .\(operation.method)",
                "path: \"\(path)\"",
            ]
            if !query.isEmpty { arguments.append("query: queryItems") }
            if !headers.isEmpty { arguments.append("headers: headerFields") }
            if let body = operation.body {
                arguments.append("body: body")
                switch body.format {
                case .json: break
                case .form: arguments.append("bodyFormat: .form")
                case .multipart: arguments.append("bodyFormat: .multipart")
                case .raw(let contentType): arguments.append("bodyFormat: .raw(contentType: \(SwiftSyntax.stringLiteral(contentType)))")
                }
            }
            if operation.responseFormat != .json { arguments.append("responseFormat: .\(operation.responseFormat.rawValue)") }
            if !operation.security.isEmpty {
                let alternatives = operation.security.map { "[" + $0.map(SwiftSyntax.stringLiteral).joined(separator: ", ") + "]" }
                arguments.append("security: [\(alternatives.joined(separator: ", "))]")
            }
            arguments.append("operationID: \(SwiftSyntax.stringLiteral(operation.operationID))")
            writer.line("\(query.isEmpty && headers.isEmpty ? "" : "return ")\(names.runtime("Request"))(")
            writer.list(arguments)
            writer.line(")")
        }
    }

    private func writeSender(_ operation: PlannedOperation, to writer: inout SwiftWriter) {
        writeDocumentation(
            operation, returns: "- Returns: The decoded response.\n- Throws: `SDKError` when the request fails.", options: true,
            to: &writer)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        let items = signature(operation)
        let options = "options: \(names.runtime("RequestOptions")) = \(names.runtime("RequestOptions"))()"
        let parameters = (items.map(\.declaration) + [options]).joined(separator: ", ")
        let responseType = names.spelling(operation.response)
        let arguments = items.map { "\($0.label): \(Naming.identifier($0.label))" }.joined(separator: ", ")
        writer.block("\(names.access)func \(Naming.identifier(operation.swiftName))(\(parameters)) async throws -> \(responseType)") { writer in
            writer.line("try await client.send(Self.\(Naming.identifier(operation.swiftName))(\(arguments)), options: options)")
        }
    }

    /// The path as written in the spec, for documentation.
    private func plannedTemplate(_ operation: PlannedOperation) -> String {
        operation.pathSegments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let name): "{\(operation.parameters.first { $0.swiftName == name }?.name ?? name)}"
            }
        }.joined()
    }
}

