// The overload taking a small body's properties as arguments:
// `client.webhooks.create(displayName: "Builds", url: hook)` beside `create(body:)`.
//
// Decided as the operation is planned, after its stream method, from the body's planned
// struct.

extension Planner {
    /// The most properties a body may have for its operation to get the overload.
    static let flattenedPropertyLimit = 6

    /// The overload of `operation`, or `nil` when its body is not a struct of 1 to
    /// `flattenedPropertyLimit` properties, keeps undeclared members or deprecated
    /// properties, has a property named like another argument, or when the overload
    /// could not be told from the method taking the body: an optional body whose
    /// properties are all optional makes `create()` ambiguous. The body's `stream` flag,
    /// when the operation has a stream method setting it, is not an argument.
    static func flattenedBody(of operation: PlannedOperation, types: PlannedTypes) -> PlannedFlattenedBody? {
        guard operation.streaming?.replacesSender != true,
            let bodyIndex = operation.arguments.firstIndex(where: { $0.label == GeneratedLocals.body }),
            let body = types.structure(operation.arguments[bodyIndex].type),
            (1...flattenedPropertyLimit).contains(body.properties.count),
            body.additionalProperties == nil,
            !body.properties.contains(where: \.deprecated)
        else { return nil }
        // The `stream` flag a stream method sets is left to that method.
        let taken = body.properties.filter { $0.swiftName != operation.streaming?.streamFlag?.swiftName }
        let required = taken.filter(\.requiresArgument)
        if operation.arguments[bodyIndex].isOptional && required.isEmpty { return nil }
        let otherLabels = Set(operation.arguments.map(\.label)).subtracting([GeneratedLocals.body]).union([GeneratedLocals.options])
        guard !taken.isEmpty, !taken.contains(where: { otherLabels.contains($0.swiftName) }) else { return nil }

        let properties = required + taken.filter { property in !required.contains { $0.swiftName == property.swiftName } }
        var arguments = operation.arguments.map(PlannedFlattenedBody.Argument.operation)
        arguments.replaceSubrange(bodyIndex...bodyIndex, with: properties.map(PlannedFlattenedBody.Argument.property))
        let bodyType = operation.arguments[bodyIndex].type
        return PlannedFlattenedBody(
            type: bodyType, properties: taken, arguments: arguments,
            documentation: OperationDocumentation.flattened(
                operation.senderDocumentation, typeName: bodyType.apiSpelling,
                properties: properties.map { property in
                    (property.swiftName, property.documentation ?? "The `\(property.jsonName)` property of the request body.")
                }))
    }
}
