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
            var type = topLevelTypeReference(
                for: parameter.schema, suggestedName: typeStem + Naming.typeName(parameter.name), nested: &inline)
            var shape = parameter.contentType != nil ? .json : parameterShape(parameter.schema, style: parameter.style)
            let supported: Bool
            switch (parameter.location, shape) {
            case (_, .value), (.query, _), (.header, .array), (.header, .json): supported = true
            default: supported = false
            }
            if !supported {
                log.warning(
                    "structured-parameter", "arrays and objects in path, header and cookie parameters are sent as text; '\(parameter.name)' is a string",
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
        if let requestBody = operation.requestBody, let media = preferredMedia(requestBody.content) {
            let (format, type): (PlannedBody.Format, TypeReference)
            switch MediaKind(media.contentType) {
            case .json, .form, .multipart:
                let kind = MediaKind(media.contentType)
                format = kind == .json ? .json : kind == .form ? .form : .multipart
                type = media.schema.map {
                    topLevelTypeReference(for: $0, suggestedName: typeStem + "Request", nested: &inline)
                } ?? .builtin(.jsonValue)
            case .text:
                (format, type) = (.raw(contentType: media.contentType), .builtin(.string))
            case .binary:
                (format, type) = (.raw(contentType: media.contentType), .builtin(.data))
            }
            body = PlannedBody(
                type: type, isOptional: !requestBody.required, format: format,
                documentation: requestBody.description ?? media.schema.flatMap(describe))
            parameterScope.reserve(["body"])
        }

        var response = TypeReference.builtin(.empty)
        var responseFormat = PlannedOperation.ResponseFormat.json
        let success = operation.responses.first { $0.status.hasPrefix("2") && !$0.content.isEmpty }
            ?? operation.responses.first { $0.status.hasPrefix("2") }
            ?? operation.responses.first { $0.status == "default" }
        let typedSuccesses = operation.responses.filter { $0.status.hasPrefix("2") && !$0.content.isEmpty }
        if typedSuccesses.count > 1 {
            log.warning(
                "several-successes", "only the first success response with content is typed; others decode as that type",
                at: operation.mark)
        }
        if let success, let media = preferredMedia(success.content) {
            switch MediaKind(media.contentType) {
            case .json, .form, .multipart:
                if let schema = media.schema {
                    response = topLevelTypeReference(for: schema, suggestedName: typeStem + "Response", nested: &inline)
                }
            case .text:
                (response, responseFormat) = (.builtin(.string), .text)
            case .binary:
                (response, responseFormat) = (.builtin(.data), .binary)
            }
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
            responseFormat: responseFormat,
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

    /// The media type to use from `content`: JSON first, then forms, then anything else.
    private func preferredMedia(_ content: [MediaType]) -> MediaType? {
        guard content.count > 1 else { return content.first }
        let kinds = content.map { MediaKind($0.contentType) }
        return kinds.indices.min { kinds[$0] < kinds[$1] }.map { content[$0] }
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

/// The families of media types the generator tells apart, in the order they are preferred.
enum MediaKind: Int, Comparable {
    case json, form, multipart, text, binary

    static func < (lhs: MediaKind, rhs: MediaKind) -> Bool { lhs.rawValue < rhs.rawValue }

    init(_ contentType: String) {
        self.init(base: Self.base(of: contentType))
    }

    /// The type and subtype, without parameters or spaces, in lower case.
    private static func base(of contentType: String) -> String {
        guard contentType.utf8.allSatisfy({ $0 < 0x80 }) else {
            return (contentType.split(separator: ";").first ?? "").filter { $0 != " " }.lowercased()
        }
        let bytes = contentType.utf8.prefix { $0 != UInt8(ascii: ";") }.filter { $0 != UInt8(ascii: " ") }
        return String(decoding: bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
    }

    private init(base: String) {
        if base == "application/json" || base.hasSuffix("+json") {
            self = .json
        } else if base == "application/x-www-form-urlencoded" {
            self = .form
        } else if base.hasPrefix("multipart/") {
            self = .multipart
        } else if base.hasPrefix("text/") {
            self = .text
        } else {
            self = .binary
        }
    }
}
