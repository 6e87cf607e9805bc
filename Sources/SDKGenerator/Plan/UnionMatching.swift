import OpenAPIReader

// What each alternative of a union looks like in JSON, so a value without a
// discriminator decodes as the alternative it fits best.

extension Planner {
    /// The JSON shape of `schema` as a union alternative: the kinds of value it accepts,
    /// a constant value if it has one, and for objects the members it requires, declares
    /// and fixes.
    func shape(of schema: Schema) -> PlannedShape {
        var visiting: Set<String> = []
        return shape(of: schema, visiting: &visiting)
    }

    private func shape(of schema: Schema, visiting: inout Set<String>) -> PlannedShape {
        var shape: PlannedShape
        switch schema.kind {
        case .reference(let name):
            guard let target = context.index.schemas[name], visiting.insert(name).inserted else { return PlannedShape(kinds: .any) }
            defer { visiting.remove(name) }
            shape = self.shape(of: target, visiting: &visiting)
        case .any:
            shape = PlannedShape(kinds: .any)
        case .boolean:
            shape = PlannedShape(kinds: .boolean)
        case .integer:
            shape = PlannedShape(kinds: .integer, values: Self.constant(of: schema).map { [$0] } ?? [])
        case .number:
            shape = PlannedShape(kinds: [.number, .integer])
        case .string:
            // A date, a UUID or bytes are strings in JSON too.
            shape = PlannedShape(kinds: .string, values: Self.constant(of: schema).map { [$0] } ?? [])
        case .array:
            shape = PlannedShape(kinds: .array)
        case .object(let properties, _):
            shape = objectShape(properties)
        case .allOf(let members):
            shape = mergedProperties(members).map(objectShape) ?? PlannedShape(kinds: .any)
        case .oneOf(let members, _):
            let kinds = members.reduce(into: PlannedShape.Kinds()) { $0.formUnion(self.shape(of: $1, visiting: &visiting).kinds) }
            shape = PlannedShape(kinds: kinds)
        }
        if schema.nullable { shape.kinds.insert(.null) }
        return shape
    }

    /// An object's required, declared and fixed members.
    private func objectShape(_ properties: [Property]) -> PlannedShape {
        var shape = PlannedShape(kinds: .object)
        for property in properties {
            shape.properties.append(property.name)
            if property.required { shape.required.append(property.name) }
            if let value = Self.constant(of: context.index.resolved(property.schema)) {
                shape.constants.append(PlannedShape.Constant(name: property.name, values: [value]))
            }
        }
        shape.constants.sort { $0.name < $1.name }
        return shape
    }

    /// The value of a `const` or a single-value `enum`, which is all a value of the
    /// schema can be.
    static func constant(of schema: Schema) -> PlannedLiteral? {
        guard let values = schema.enumValues, values.count == 1 else { return nil }
        switch schema.kind {
        case .string: return .string(values[0].text)
        case .integer: return values[0].int.map { _ in .number(values[0].text) }
        default: return nil
        }
    }

    /// The values a discriminator property of `schema` can hold: its `const` or `enum`
    /// values, looking through references and `allOf`; empty when it does not say.
    func discriminatorValues(of schema: Schema, property: String) -> [String] {
        let resolved = context.index.resolved(schema)
        let properties: [Property]
        switch resolved.kind {
        case .object(let list, _): properties = list
        case .allOf(let members): properties = mergedProperties(members) ?? []
        default: return []
        }
        guard let found = properties.first(where: { $0.name == property }) else { return [] }
        let values = context.index.resolved(found.schema).enumValues ?? []
        return values.map(\.text)
    }
}
