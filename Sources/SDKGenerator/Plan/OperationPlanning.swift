import OpenAPIReader

// Operations to request builders, each planned in full from its types and the planned
// models: the signature, the documentation, the file, and what `PaginationPlanning`,
// `StreamPlanning`, `BodyFlattening` and `SnippetPlanning` decide of it.

extension Planner {
    /// The groups of `typed`, in its order, with their operations in its order.
    mutating func planGroups(_ typed: [TypedGroup], types: PlannedTypes) -> [PlannedGroup] {
        var memberScope = Naming.Scope(reserved: [GeneratedLocals.client])
        let title = context.document.info.title
        var groups: [PlannedGroup] = []
        for group in typed {
            let typeName = group.typeName
            let propertyName = memberScope.claim(Naming.memberName(group.swiftName))
            let file = FileLayout.operationsFile(ofGroup: typeName)
            var files = FileLayout.OperationFiles(groupFile: file)
            // The methods of sequences and streams take names no operation has.
            var methodNames = Naming.Scope(reserved: Set(group.operations.map(\.swiftName)).union([GeneratedLocals.client, "init"]))
            var operations: [PlannedOperation] = []
            for operation in group.operations {
                operations.append(planOperation(operation, files: &files, methodNames: &methodNames, groupProperty: propertyName, types: types))
            }
            groups.append(
                PlannedGroup(
                    typeName: typeName, propertyName: propertyName, file: file,
                    documentation: """
                        The \(typeName) operations of the \(title).

                        Static methods build requests without sending them; instance methods send them with `client`.
                        """,
                    propertyDocumentation: "The \(typeName) operations.",
                    operations: operations))
        }
        return groups
    }

    /// The methods of `typed`: the two every operation has, its sequences and stream
    /// method (named in `methodNames`), the overloads taking its body's properties or
    /// other media types, and the usage example in its documentation.
    private mutating func planOperation(
        _ typed: TypedOperation, files: inout FileLayout.OperationFiles, methodNames: inout Naming.Scope, groupProperty: String,
        types: PlannedTypes
    ) -> PlannedOperation {
        let operation = typed.source
        let parameters = typed.parameters
        // The signature: required parameters, the body, then optional parameters.
        var arguments = parameters.filter(\.isRequired).map(\.argument)
        var documented: [(name: String, text: String?)] = parameters.filter(\.isRequired).map(\.documented)
        if let body = typed.body, body.isArgument {
            arguments.append(PlannedArgument(label: GeneratedLocals.body, type: body.type, isOptional: body.isOptional))
            documented.append((GeneratedLocals.body, body.documentation))
        }
        arguments += parameters.filter { !$0.isRequired }.map(\.argument)
        documented += parameters.filter { !$0.isRequired }.map(\.documented)

        let method = PlannedOperation.HTTPMethod(operation.method)
        let route = "\(method.rawValue.uppercased()) \(operation.path)"
        let documentation = OperationDocumentation.methods(operation, name: typed.swiftName, arguments: documented, route: route)
        let plannedParameters = parameters.compactMap(\.planned)
        var planned = PlannedOperation(
            swiftName: typed.swiftName,
            file: files.file(parameterCount: plannedParameters.count, documentation: documentation),
            operationID: typed.operationID,
            method: method,
            pathSegments: pathSegments(operation.path, parameters: parameters),
            serverURL: typed.serverURL,
            arguments: arguments,
            parameters: plannedParameters,
            body: typed.body.map { PlannedBody(format: $0.format, emptyObject: $0.isArgument ? nil : $0.type) },
            response: typed.response,
            responseCases: typed.responseCases,
            responseFormat: typed.responseFormat,
            errors: typed.errors,
            security: plannedSecurity(of: operation),
            builderDocumentation: documentation.builder,
            senderDocumentation: documentation.sender,
            deprecated: operation.deprecated,
            discardableResult: typed.response == .builtin(.empty) || isEmptyObject(of: operation.responses.first { $0.status.hasPrefix("2") && !$0.content.isEmpty }))
        // The body sent as each other media type the spec offers, its argument where the body's is.
        if let bodyIndex = arguments.firstIndex(where: { $0.label == GeneratedLocals.body }) {
            planned.bodyVariants = typed.otherBodies.map { label, other in
                var variant = planned
                variant.arguments[bodyIndex] = PlannedArgument(label: label, type: other.type, isOptional: other.isOptional)
                variant.body = PlannedBody(format: other.format, emptyObject: nil, argumentLabel: label)
                var variantDocumented = documented
                if let index = variantDocumented.firstIndex(where: { $0.name == GeneratedLocals.body }) {
                    variantDocumented[index] = (label, other.documentation)
                }
                let variantDocumentation = OperationDocumentation.methods(operation, name: typed.swiftName, arguments: variantDocumented, route: route)
                (variant.builderDocumentation, variant.senderDocumentation) = (variantDocumentation.builder, variantDocumentation.sender)
                return variant
            }
        }
        planned.pagination = pagination(of: planned, source: operation, types: types, names: &methodNames)
        planned.streaming = typed.events.map { Self.streaming($0, of: planned, types: types, names: &methodNames) }
        planned.flattenedBody = Self.flattenedBody(of: planned, types: types)
        Self.addSnippet(to: &planned, groupProperty: groupProperty, types: types)
        return planned
    }

    private func pathSegments(_ path: String, parameters: [ParameterArgument]) -> [PlannedOperation.PathSegment] {
        var segments: [PlannedOperation.PathSegment] = []
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { segments.append(.literal(String(rest[..<open]))) }
            let name = String(rest[rest.index(after: open)..<close])
            if let parameter = parameters.first(where: { $0.parameter.location == .path && $0.parameter.name == name }) {
                var layout: PlannedOperation.PathLayout?
                if case .path(let style, let explode) = parameter.shape {
                    layout = PlannedOperation.PathLayout(name: parameter.parameter.name, style: style, explode: explode)
                }
                segments.append(.parameter(swiftName: parameter.swiftName, layout: layout))
            } else {
                segments.append(.literal(String(rest[open...close])))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        return segments
    }
}

extension PlannedOperation.HTTPMethod {
    init(_ method: OpenAPIReader.HTTPMethod) {
        switch method {
        case .get: self = .get
        case .put: self = .put
        case .post: self = .post
        case .delete: self = .delete
        case .options: self = .options
        case .head: self = .head
        case .patch: self = .patch
        case .trace: self = .trace
        }
    }
}
