// An SDK plan's Swift API, as a snapshot.

extension APISnapshot {
    /// The API `plan` generates.
    package init(_ plan: SDKPlan) {
        var types: [SnapshotType] = []
        for model in plan.models {
            Self.collect(model.declaration, qualifiedName: model.declaration.name, origin: model.origin, into: &types)
        }
        let operations = plan.groups.flatMap { group in
            group.operations.map { SnapshotOperation($0, group: group) }
        }
        self.init(client: plan.client.typeName, types: types, operations: operations)
    }

    /// Appends `declaration`, named `qualifiedName`, and the types nested in it.
    private static func collect(_ declaration: PlannedDeclaration, qualifiedName: String, origin: String?, into types: inout [SnapshotType]) {
        var nested: [PlannedDeclaration] = []
        switch declaration {
        case .structure(let structure):
            var properties = structure.properties.map(SnapshotProperty.init)
            if let additional = structure.additionalProperties {
                properties.append(
                    SnapshotProperty(
                        name: additional.swiftName, json: "*", type: "[String: \(additional.valueType.apiSpelling)]", optional: false,
                        defaulted: true, encoding: nil))
            }
            types.append(
                SnapshotType(name: qualifiedName, origin: origin, kind: .struct, properties: properties.sorted { $0.name < $1.name }))
            nested = structure.nested
        case .enumeration(let enumeration):
            types.append(
                SnapshotType(
                    name: qualifiedName, origin: origin, kind: .enum, rawType: enumeration.rawType.rawValue,
                    cases: enumeration.cases.map { SnapshotCase(name: $0.name, value: $0.rawValue, type: nil) }))
        case .union(let union):
            types.append(
                SnapshotType(
                    name: qualifiedName, origin: origin, kind: .union,
                    cases: union.cases.map { SnapshotCase(name: $0.name, value: nil, type: $0.type.apiSpelling) }))
            nested = union.nested
        case .alias(let alias):
            types.append(SnapshotType(name: qualifiedName, origin: origin, kind: .alias, aliasOf: alias.type.apiSpelling))
        }
        for declaration in nested {
            collect(declaration, qualifiedName: qualifiedName + "." + declaration.name, origin: nil, into: &types)
        }
    }
}

extension SnapshotProperty {
    init(_ property: PlannedProperty) {
        let encoding: String? =
            switch property.coding {
            case .standard: nil
            case .int64String, .int64StringArray: "string"
            }
        self.init(
            name: property.swiftName, json: property.jsonName,
            type: property.isNullable ? "Nullable<\(property.type.apiSpelling)>" : property.type.apiSpelling, optional: property.isOptional,
            defaulted: property.defaultValue != nil, encoding: encoding)
    }
}

extension SnapshotOperation {
    init(_ operation: PlannedOperation, group: PlannedGroup) {
        var wires: [String: String] = [:]
        for parameter in operation.parameters {
            wires[parameter.swiftName] = "\(parameter.location.rawValue) \(parameter.name)"
        }
        let bodyWire: String? =
            switch operation.body?.format {
            case nil: nil
            case .json: "body json"
            case .form: "body form"
            case .multipart: "body multipart"
            case .raw(let contentType): "body \(contentType)"
            }
        let path = operation.pathSegments.map { segment in
            switch segment {
            case .literal(let text): text
            case .parameter(let swiftName, _): "{\(swiftName)}"
            }
        }.joined()
        let pathLabels = Set(operation.pathSegments.compactMap { segment -> String? in
            if case .parameter(let swiftName, _) = segment { return swiftName }
            return nil
        })
        let arguments = operation.arguments.map { argument in
            let wire =
                if pathLabels.contains(argument.label) { "path" }
                else if let parameter = wires[argument.label] { parameter }
                else { bodyWire ?? "body" }
            return SnapshotArgument(label: argument.label, type: argument.type.apiSpelling, optional: argument.isOptional, wire: wire)
        }
        self.init(
            group: group.typeName, property: group.propertyName, name: operation.swiftName, operationID: operation.operationID,
            method: operation.method.rawValue.uppercased(), path: path, arguments: arguments, response: operation.response.apiSpelling,
            methods: Self.methods(of: operation))
    }

    /// The signatures of `operation`'s methods besides the two every operation has.
    private static func methods(of operation: PlannedOperation) -> [String] {
        func signature(_ name: String, _ labels: [String]) -> String {
            "\(name)(\(labels.map { $0 + ":" }.joined()))"
        }
        let labels = operation.arguments.map(\.label)
        var methods: [String] = []
        if let pagination = operation.pagination {
            methods.append(signature(pagination.pagesName, labels))
            if let items = pagination.items { methods.append(signature(items.name, labels)) }
        }
        if let streaming = operation.streaming, !streaming.replacesSender {
            methods.append(signature(streaming.name, labels))
        }
        for variant in operation.bodyVariants {
            methods.append(signature(variant.swiftName, variant.arguments.map(\.label)))
        }
        if let flattened = operation.flattenedBody {
            methods.append(
                signature(
                    operation.swiftName,
                    flattened.arguments.map { argument in
                        switch argument {
                        case .operation(let argument): argument.label
                        case .property(let property): property.swiftName
                        }
                    }))
        }
        return methods
    }
}

extension TypeReference {
    /// The type as an API snapshot writes it: generated types by their qualified names,
    /// others by their own (`[String: Date]`).
    var apiSpelling: String {
        switch self {
        case .named(let name): name
        case .builtin(let builtin): builtin.swiftName.name
        case .array(let element): "[\(element.apiSpelling)]"
        case .dictionary(let value): "[String: \(value.apiSpelling)]"
        }
    }
}
