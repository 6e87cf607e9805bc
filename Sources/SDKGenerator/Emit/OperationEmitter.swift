/// Prints one operation group: a type whose static methods build requests and whose
/// instance methods send them.
struct OperationEmitter {
    let group: PlannedGroup
    let names: RuntimeNames

    /// Writes the group's type with the operations of its own file, or, for another of
    /// its files, an extension of the type with that file's operations.
    func write(file: String, to writer: inout SwiftWriter) {
        let operations = group.operations.filter { $0.file == file }
        defer {
            for cases in operations.compactMap(\.responseCases) {
                writer.line()
                writeResponseCases(cases, to: &writer)
            }
        }
        guard file == group.file else {
            writer.block("nonisolated extension \(group.typeName)") { writer in
                for (index, operation) in operations.enumerated() {
                    if index > 0 { writer.line() }
                    writeOperation(operation, to: &writer)
                }
            }
            return
        }
        let apiClient = names.runtime("APIClient")
        writer.documentation(group.documentation)
        writer.block("\(names.typeModifiers)struct \(group.typeName): Sendable") { writer in
            writer.line("/// The client requests are sent with.")
            writer.line("\(names.access)let \(GeneratedLocals.client): \(apiClient)")
            writer.line()
            writer.line("/// Creates the group over `\(GeneratedLocals.client)`.")
            writer.block("\(names.access)init(\(GeneratedLocals.client): \(apiClient))") { writer in
                writer.line("self.\(GeneratedLocals.client) = \(GeneratedLocals.client)")
            }
            for operation in operations {
                writer.line()
                writeOperation(operation, to: &writer)
            }
        }
    }

    private func writeOperation(_ operation: PlannedOperation, to writer: inout SwiftWriter) {
        writeBuilder(operation, to: &writer)
        if operation.streaming?.replacesSender != true {
            writer.line()
            writeSender(operation, to: &writer)
        }
        if let flattened = operation.flattenedBody {
            writer.line()
            writeFlattenedSender(flattened, of: operation, to: &writer)
        }
        if let pagination = operation.pagination {
            writePagination(pagination, of: operation, to: &writer)
        }
        if let streaming = operation.streaming {
            writeStream(streaming, of: operation, to: &writer)
        }
        for variant in operation.bodyVariants {
            writer.line()
            writeBuilder(variant, to: &writer)
            writer.line()
            writeSender(variant, to: &writer)
        }
    }

    /// `label: Type`, or `label: Type? = nil`.
    func declaration(_ argument: PlannedArgument) -> String {
        let type = names.spelling(argument.type)
        let label = SwiftSpelling.identifier(argument.label)
        return argument.isOptional ? "\(label): \(type)? = nil" : "\(label): \(type)"
    }

    private func writeBuilder(_ operation: PlannedOperation, to writer: inout SwiftWriter) {
        let path = operation.pathSegments.map { segment -> String in
            switch segment {
            case .literal(let text): String(SwiftSpelling.stringLiteral(text).dropFirst().dropLast())
            case .parameter(let name, nil): "\\(\(names.runtime("URLPath")).segment(\(SwiftSpelling.identifier(name))))"
            case .parameter(let name, let layout?):
                "\\(\(names.runtime("URLPath")).segment(\(SwiftSpelling.identifier(name)), name: \(SwiftSpelling.stringLiteral(layout.name)), style: .\(layout.style.rawValue), explode: \(layout.explode)))"
            }
        }.joined()
        writer.documentation(operation.builderDocumentation)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        let parameters = operation.arguments.map(declaration).joined(separator: ", ")
        let responseType = names.spelling(operation.response)
        let queryItems = GeneratedLocals.queryItems
        let headerFields = GeneratedLocals.headerFields
        writer.block("\(names.access)static func \(SwiftSpelling.identifier(operation.swiftName))(\(parameters)) -> \(names.runtime("Request"))<\(responseType)>") { writer in
            let query = operation.parameters.filter { $0.location == .query }
            let headers = operation.parameters.filter { $0.location != .query }
            if !query.isEmpty {
                writer.line("var \(queryItems): [\(names.runtime("URLQueryItem", module: "Foundation"))] = []")
                for parameter in query {
                    let name = SwiftSpelling.stringLiteral(parameter.name)
                    let value = SwiftSpelling.identifier(parameter.swiftName)
                    switch parameter.shape {
                    case .value, .headerArray, .path:
                        writer.line("\(queryItems).append(name: \(name), \(value))")
                    case .styled(let style, let arrays):
                        let indexing = arrays == .indexed ? "" : ", arrays: .\(arrays.rawValue)"
                        writer.line("\(queryItems).append(name: \(name), \(value), style: \(Self.spelling(style))\(indexing))")
                    case .json:
                        writer.line("\(queryItems).append(name: \(name), json: \(value))")
                    }
                }
            }
            if !headers.isEmpty {
                writer.line("var \(headerFields): [\(names.runtime("HeaderField"))] = []")
                for parameter in headers {
                    let name = SwiftSpelling.stringLiteral(parameter.name)
                    let value = SwiftSpelling.identifier(parameter.swiftName)
                    if parameter.location == .cookie {
                        writer.line("\(headerFields).append(cookie: \(name), \(value))")
                    } else {
                        let uuid = names.runtime("UUID", module: "Foundation")
                        let given = parameter.generatesValue ? "\(value) ?? \(uuid)().uuidString" : value
                        writer.line("\(headerFields).append(name: \(name), \(parameter.shape == .json ? "json: " : "")\(given))")
                    }
                }
            }
            var arguments = [
                "method: .\(operation.method.rawValue)",
                "path: \"\(path)\"",
            ]
            if let server = operation.serverURL {
                arguments.append("serverURL: \(names.runtime("URL", module: "Foundation"))(string: \(SwiftSpelling.stringLiteral(server)))")
            }
            if !query.isEmpty { arguments.append("query: \(queryItems)") }
            if !headers.isEmpty { arguments.append("headers: \(headerFields)") }
            if let body = operation.body {
                arguments.append("body: \(body.emptyObject.map { names.spelling($0) + "()" } ?? SwiftSpelling.identifier(body.argumentLabel))")
                switch body.format {
                case .json: break
                case .form(let arrays): arguments.append("bodyFormat: .form(arrays: .\(arrays.rawValue))")
                case .multipart(let types) where types.isEmpty: arguments.append("bodyFormat: .multipart")
                case .multipart(let types):
                    let pairs = types.sorted { $0.key < $1.key }.map { "\(SwiftSpelling.stringLiteral($0.key)): \(SwiftSpelling.stringLiteral($0.value))" }
                    arguments.append("bodyFormat: .multipartEncoding(contentTypes: [\(pairs.joined(separator: ", "))])")
                case .raw(let contentType): arguments.append("bodyFormat: .raw(contentType: \(SwiftSpelling.stringLiteral(contentType)))")
                }
            }
            if operation.responseFormat != .json { arguments.append("responseFormat: .\(operation.responseFormat.rawValue)") }
            if !operation.errors.isEmpty {
                arguments.append("errors: [\(operation.errors.map(spelling).joined(separator: ", "))]")
            }
            if !operation.security.isEmpty {
                let alternatives = operation.security.map { "[" + $0.map(Self.spelling).joined(separator: ", ") + "]" }
                arguments.append("security: [\(alternatives.joined(separator: ", "))]")
            }
            arguments.append("operationID: \(SwiftSpelling.stringLiteral(operation.operationID))")
            writer.line("\(query.isEmpty && headers.isEmpty ? "" : "return ")\(names.runtime("Request"))(")
            writer.list(arguments)
            writer.line(")")
        }
    }

    private func writeSender(_ operation: PlannedOperation, to writer: inout SwiftWriter) {
        writer.documentation(operation.senderDocumentation)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        if operation.discardableResult { writer.line("@discardableResult") }
        let options = "\(GeneratedLocals.options): \(names.runtime("RequestOptions")) = \(names.runtime("RequestOptions"))()"
        let parameters = (operation.arguments.map(declaration) + [options]).joined(separator: ", ")
        let responseType = names.spelling(operation.response)
        let arguments = operation.arguments.map { "\($0.label): \(SwiftSpelling.identifier($0.label))" }.joined(separator: ", ")
        let name = SwiftSpelling.identifier(operation.swiftName)
        writer.block("\(names.access)func \(name)(\(parameters)) async throws -> \(responseType)") { writer in
            writer.line(
                "try await \(GeneratedLocals.client).send(Self.\(name)(\(arguments)), \(GeneratedLocals.options): \(GeneratedLocals.options))")
        }
    }

    /// The overload taking the body's properties: it builds the body and calls the sending method.
    private func writeFlattenedSender(_ flattened: PlannedFlattenedBody, of operation: PlannedOperation, to writer: inout SwiftWriter) {
        writer.documentation(flattened.documentation)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        if operation.discardableResult { writer.line("@discardableResult") }
        let models = ModelEmitter(names: names)
        let options = GeneratedLocals.options
        var parameters = flattened.arguments.map { argument in
            switch argument {
            case .operation(let argument): declaration(argument)
            case .property(let property): models.initializerParameter(property)
            }
        }
        parameters.append("\(options): \(names.runtime("RequestOptions")) = \(names.runtime("RequestOptions"))()")
        let properties = flattened.properties.map { "\($0.swiftName): \(SwiftSpelling.identifier($0.swiftName))" }
        let body = "\(names.spelling(flattened.type))(\(properties.joined(separator: ", ")))"
        let arguments = operation.arguments.map { argument in
            "\(argument.label): \(argument.label == GeneratedLocals.body ? body : SwiftSpelling.identifier(argument.label))"
        } + ["\(options): \(options)"]
        let name = SwiftSpelling.identifier(operation.swiftName)
        writer.block("\(names.access)func \(name)(\(parameters.joined(separator: ", "))) async throws -> \(names.spelling(operation.response))") { writer in
            writer.line("try await self.\(name)(\(arguments.joined(separator: ", ")))")
        }
    }

    /// The method returning the response's events: `EventStream(...)` over the builder's request.
    private func writeStream(_ streaming: PlannedStreaming, of operation: PlannedOperation, to writer: inout SwiftWriter) {
        let options = GeneratedLocals.options
        let body = GeneratedLocals.body
        let parameters = (operation.arguments.map(declaration) + ["\(options): \(names.runtime("RequestOptions")) = \(names.runtime("RequestOptions"))()"])
            .joined(separator: ", ")
        let arguments = operation.arguments.map { "\($0.label): \(SwiftSpelling.identifier($0.label))" }.joined(separator: ", ")
        let event = streaming.event.map { names.spelling($0) } ?? names.runtime("ServerSentEvent")
        let eventStream = names.runtime("EventStream")
        writer.line()
        writer.documentation(streaming.documentation)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        writer.block("\(names.access)func \(SwiftSpelling.identifier(streaming.name))(\(parameters)) -> \(eventStream)<\(event)>") { writer in
            var call = "\(eventStream)(\(GeneratedLocals.client): \(GeneratedLocals.client), \(options): \(options), request: Self.\(SwiftSpelling.identifier(operation.swiftName))(\(arguments))"
            call += streaming.event == nil ? ")" : ", format: .\(streaming.format.rawValue))"
            if let flag = streaming.streamFlag, let argument = operation.arguments.first(where: { $0.label == body }) {
                writer.line("var \(body) = \(body)")
                writer.line("\(body)\(argument.isOptional ? "?" : "").\(SwiftSpelling.identifier(flag.swiftName)) = true")
                writer.line("return \(call)")
            } else {
                writer.line(Code(call))
            }
        }
    }

    /// A security scheme as `SDKRuntime.SecurityScheme` spells it: a bearer scheme as its
    /// name, a string literal.
    private static func spelling(_ scheme: PlannedSecurityScheme) -> String {
        let name = SwiftSpelling.stringLiteral(scheme.name)
        switch scheme.placement {
        case .authorization("Bearer"): return name
        case .authorization("Basic"): return ".basic(\(name))"
        case .authorization(let prefix): return ".bearer(\(name), prefix: \(SwiftSpelling.stringLiteral(prefix)))"
        case .header(let field): return ".apiKey(\(name), header: \(SwiftSpelling.stringLiteral(field)))"
        case .query(let item): return ".apiKey(\(name), query: \(SwiftSpelling.stringLiteral(item)))"
        case .cookie(let cookie): return ".apiKey(\(name), cookie: \(SwiftSpelling.stringLiteral(cookie)))"
        }
    }

    /// The enum of an operation's successes, its case chosen by the response's status.
    private func writeResponseCases(_ responses: PlannedResponseCases, to writer: inout SwiftWriter) {
        writer.documentation(responses.documentation)
        writer.block("\(names.typeModifiers)enum \(responses.name): Decodable, Sendable") { writer in
            for responseCase in responses.cases {
                writer.documentation(responseCase.documentation)
                let payload = responseCase.type.map { "(\(names.spelling($0)))" } ?? ""
                writer.line("case \(SwiftSpelling.identifier(responseCase.name))\(payload)")
            }
            writer.line()
            writer.line("/// Decodes the case of the response's status, which the client passes as the decoder's")
            writer.line("/// `responseStatus`.")
            writer.block("\(names.access)init(from decoder: any Decoder) throws") { writer in
                func assignment(_ responseCase: PlannedResponseCases.Case) -> String {
                    let name = SwiftSpelling.identifier(responseCase.name)
                    guard let type = responseCase.type else { return "self = .\(name)" }
                    return "self = .\(name)(try \(names.spelling(type))(from: decoder))"
                }
                writer.line("switch decoder.responseStatus {")
                for (index, responseCase) in responses.cases.enumerated() where index != responses.fallback {
                    guard let status = responseCase.status else { continue }
                    writer.line("case \(status): \(assignment(responseCase))")
                }
                writer.line("default: \(assignment(responses.cases[responses.fallback]))")
                writer.line("}")
            }
        }
    }

    /// An error response as `SDKRuntime.ErrorResponse` spells it: `.status(404, as: NotFound.self)`.
    private func spelling(_ error: PlannedErrorResponse) -> String {
        let type = "as: \(names.spelling(error.type)).self"
        switch error.statuses {
        case .codes(let codes): return ".status(\(codes.map(String.init).joined(separator: ", ")), \(type))"
        case .clientError: return ".clientError(\(type))"
        case .serverError: return ".serverError(\(type))"
        case .other: return ".default(\(type))"
        }
    }

    /// A query style as `SDKRuntime.QueryStyle` spells it.
    private static func spelling(_ style: PlannedParameter.QueryStyle) -> String {
        switch style {
        case .form(let explode): ".form(explode: \(explode))"
        case .spaceDelimited: ".spaceDelimited"
        case .pipeDelimited: ".pipeDelimited"
        case .deepObject: ".deepObject"
        }
    }
}
