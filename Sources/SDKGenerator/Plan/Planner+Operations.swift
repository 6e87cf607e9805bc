import OpenAPIReader

// Operations to request builders: names, parameters, bodies and responses.

extension Planner {
    mutating func planOperation(
        _ operation: APIOperation, scope: inout Naming.Scope, inlineModels: inout [PlannedModel], file: String
    ) -> PlannedOperation {
        let swiftName = scope.claim(Naming.memberName(operationBaseName(operation)))
        var parameterScope = Naming.Scope(reserved: ["options", "queryItems", "headerFields"])
        var parameters: [PlannedParameter] = []
        var inline: [PlannedDeclaration] = []
        let typeStem = Naming.typeName(swiftName)

        for parameter in operation.parameters {
            if parameter.location == .cookie {
                log.warning("cookie-parameter", "cookie parameters are not supported; '\(parameter.name)' is not sent", at: parameter.mark)
                continue
            }
            var typeScope = topLevel
            var type = typeReference(
                for: parameter.schema, suggestedName: typeStem + Naming.typeName(parameter.name), path: [],
                scope: &typeScope, nested: &inline)
            topLevel.reserve(typeScope.taken)
            var shape = parameter.contentType != nil ? .json : parameterShape(parameter.schema, style: parameter.style)
            let supported: Bool
            switch (parameter.location, shape) {
            case (_, .value), (.query, _), (.header, .array), (.header, .json): supported = true
            default: supported = false
            }
            if !supported {
                log.warning(
                    "structured-parameter", "arrays and objects in path and header parameters are sent as text; '\(parameter.name)' is a string",
                    at: parameter.mark)
                type = .builtin(.string)
                shape = .value
            }
            parameters.append(
                PlannedParameter(
                    swiftName: parameterScope.claim(Naming.memberName(parameter.name)),
                    name: parameter.name, location: parameter.location, type: type,
                    isOptional: !parameter.required, shape: shape, explode: parameter.explode,
                    documentation: parameter.description ?? parameter.schema.description
                        ?? "The `\(parameter.name)` \(parameter.location.rawValue) parameter."))
        }

        var body: PlannedBody?
        if let requestBody = operation.requestBody {
            if let media = jsonMedia(requestBody.content, at: operation.mark) {
                var typeScope = topLevel
                let type = media.schema.map {
                    typeReference(for: $0, suggestedName: typeStem + "Request", path: [], scope: &typeScope, nested: &inline)
                } ?? .builtin(.jsonValue)
                topLevel.reserve(typeScope.taken)
                body = PlannedBody(
                    type: type, isOptional: !requestBody.required,
                    documentation: requestBody.description ?? media.schema.flatMap(describe))
                parameterScope.reserve(["body"])
            }
        }

        var response = TypeReference.builtin(.empty)
        if let success = operation.responses.first(where: { $0.status.hasPrefix("2") }) ?? operation.responses.first(where: { $0.status == "default" }),
            let media = jsonMedia(success.content, at: operation.mark), let schema = media.schema
        {
            var typeScope = topLevel
            response = typeReference(for: schema, suggestedName: typeStem + "Response", path: [], scope: &typeScope, nested: &inline)
            topLevel.reserve(typeScope.taken)
        }
        inlineModels += inline.map { PlannedModel(file: file, declaration: $0) }

        return PlannedOperation(
            swiftName: swiftName,
            operationID: operation.operationID ?? "\(operation.method.rawValue) \(operation.path)",
            method: operation.method.rawValue,
            pathSegments: pathSegments(operation.path, parameters: parameters),
            parameters: orderedForSignature(parameters),
            body: body,
            response: response,
            security: (operation.security ?? document.security).map(\.schemes).filter { !$0.isEmpty },
            summary: operation.summary,
            documentation: operation.description,
            deprecated: operation.deprecated)
    }

    /// How a parameter's schema lays out in a query, looking through references.
    private func parameterShape(_ schema: Schema, style: String) -> PlannedParameter.Shape {
        var current = schema
        var seen: Set<String> = []
        while case .reference(let name) = current.kind, seen.insert(name).inserted, let target = components[name] {
            current = target
        }
        switch current.kind {
        case .array(let items):
            if case .object = parameterShape(items, style: style) { return .object(deepObject: style == "deepObject") }
            return .array
        case .object, .allOf: return .object(deepObject: style == "deepObject")
        default: return .value
        }
    }

    /// A schema's description, or the description of the component it refers to.
    private func describe(_ schema: Schema) -> String? {
        if let description = schema.description { return description }
        if case .reference(let name) = schema.kind { return components[name]?.description }
        return nil
    }

    /// `x-speakeasy-name-override`, else the last dotted part of the `operationId`, else
    /// the method and path (`get /pets/{id}` → `getPetsId`).
    private func operationBaseName(_ operation: APIOperation) -> String {
        if let name = operation.nameOverride { return name }
        if let id = operation.operationID, let last = id.split(separator: ".").last { return String(last) }
        return operation.method.rawValue + "_" + operation.path
    }

    /// The JSON media type of `content` (`application/json` or any `+json`), warning when
    /// the content is of another type only.
    private mutating func jsonMedia(_ content: [MediaType], at mark: Mark) -> MediaType? {
        if let json = content.first(where: { Self.isJSON($0.contentType) }) { return json }
        if let other = content.first {
            log.warning("media-type", "content of type '\(other.contentType)' is not supported yet; it is left out", at: mark)
        }
        return nil
    }

    private static func isJSON(_ contentType: String) -> Bool {
        let base = (contentType.split(separator: ";").first ?? "").filter { $0 != " " }.lowercased()
        return base == "application/json" || base.hasSuffix("+json")
    }

    private func pathSegments(_ path: String, parameters: [PlannedParameter]) -> [PlannedOperation.PathSegment] {
        var segments: [PlannedOperation.PathSegment] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { segments.append(.literal(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            if let parameter = parameters.first(where: { $0.location == .path && $0.name == name }) {
                segments.append(.parameter(swiftName: parameter.swiftName))
            } else {
                segments.append(.literal(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        return segments
    }

    /// Path parameters in path order, then other required ones, then optional ones.
    private func orderedForSignature(_ parameters: [PlannedParameter]) -> [PlannedParameter] {
        parameters.filter { $0.location == .path }
            + parameters.filter { $0.location != .path && !$0.isOptional }
            + parameters.filter { $0.location != .path && $0.isOptional }
    }
}
