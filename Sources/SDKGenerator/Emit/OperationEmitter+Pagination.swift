// The sequences of a paged operation: `PageSequence` and `PageItemSequence` methods
// beside the method sending one request.

extension OperationEmitter {
    func writePagination(_ pagination: PlannedPagination, of operation: PlannedOperation, to writer: inout SwiftWriter) {
        let options = GeneratedLocals.options
        let parameters = (operation.arguments.map(declaration) + ["\(options): \(names.runtime("RequestOptions")) = \(names.runtime("RequestOptions"))()"])
            .joined(separator: ", ")
        let arguments = operation.arguments.map { "\($0.label): \(SwiftSpelling.identifier($0.label))" } + ["\(options): \(options)"]
        let responseType = names.spelling(operation.response)
        let pageSequence = "\(names.runtime("PageSequence"))<\(responseType)>"

        writer.line()
        writer.documentation(pagination.pagesDocumentation)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        writer.block("\(names.access)func \(SwiftSpelling.identifier(pagination.pagesName))(\(parameters)) -> \(pageSequence)") { writer in
            writePageSequence(pagination, of: operation, to: &writer)
        }

        guard let items = pagination.items else { return }
        writer.line()
        writer.documentation(items.documentation)
        if operation.deprecated { writer.line("@available(*, deprecated)") }
        let itemSequence = "\(names.runtime("PageItemSequence"))<\(responseType), \(names.spelling(items.itemType))>"
        writer.block("\(names.access)func \(SwiftSpelling.identifier(items.name))(\(parameters)) -> \(itemSequence)") { writer in
            writer.line("\(SwiftSpelling.identifier(pagination.pagesName))(\(arguments.joined(separator: ", "))).items { page in")
            writer.indented { writer in
                writer.line("\(access(items.path, from: "page"))\(Self.isOptional(items.path) ? " ?? []" : "")")
            }
            writer.line("}")
        }
    }

    /// `PageSequence(...) { token in request } nextPageToken: { page in token }`.
    private func writePageSequence(_ pagination: PlannedPagination, of operation: PlannedOperation, to writer: inout SwiftWriter) {
        let name = SwiftSpelling.identifier(operation.swiftName)
        let client = GeneratedLocals.client
        let options = GeneratedLocals.options
        let body = GeneratedLocals.body
        let arguments = operation.arguments.map { "\($0.label): \(SwiftSpelling.identifier($0.label))" }.joined(separator: ", ")
        let token = SwiftSpelling.identifier(pagination.tokenName)
        let firstToken: String
        switch pagination.pageToken {
        case .argument:
            firstToken = token
        case .bodyProperty(let property, _, let createsBody):
            firstToken = "\(body)\(createsBody ? "?" : "").\(SwiftSpelling.identifier(property.swiftName))"
                + (property.isNullable ? "?.value" : "")
        }
        writer.line("\(names.runtime("PageSequence"))(\(client): \(client), \(options): \(options), firstPageToken: \(firstToken)) { \(token) in")
        writer.indented { writer in
            switch pagination.pageToken {
            case .argument:
                writer.line("Self.\(name)(\(arguments))")
            case .bodyProperty(let property, let bodyType, let createsBody):
                writer.line("var \(body) = \(body)\(createsBody ? " ?? \(names.spelling(bodyType))()" : "")")
                // A `Nullable` token is left out for the first page, never sent as `null`.
                let value = property.isNullable ? "\(token).map { .value($0) }" : token
                writer.line("\(body).\(SwiftSpelling.identifier(property.swiftName)) = \(value)")
                writer.line("return Self.\(name)(\(arguments))")
            }
        }
        writer.line("} nextPageToken: { page in")
        writer.indented { writer in
            switch pagination.nextPageToken {
            case .property(let path):
                writer.line(Code(access(path, from: "page")))
            case .lastItem(let hasMore, let property):
                let list = access(pagination.items?.path ?? [], from: "page")
                let optionalList = Self.isOptional(pagination.items?.path ?? [])
                let more = access(hasMore, from: "page") + (Self.isOptional(hasMore) ? " == true" : "")
                writer.line("\(more) ? \(list)\(optionalList ? "?" : "").last?.\(SwiftSpelling.identifier(property.swiftName)) : nil")
            }
        }
        writer.line("}")
    }

    /// Whether reading `path` may give `nil`.
    private static func isOptional(_ path: [PlannedPagination.PropertyStep]) -> Bool {
        path.contains { $0.isOptional }
    }

    /// `page.a?.b`: the properties of `path` read from `root`, through optionals.
    private func access(_ path: [PlannedPagination.PropertyStep], from root: String) -> String {
        var text = root
        for (index, step) in path.enumerated() {
            text += (index > 0 && path[index - 1].isOptional ? "?." : ".") + SwiftSpelling.identifier(step.swiftName)
        }
        return text
    }
}
