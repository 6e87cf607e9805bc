import OpenAPIReader

// `oneOf` and `anyOf` as enums with a case per alternative.

extension Planner {
    /// Alternatives that are all inline strings (`string` or a string `enum`) make one
    /// string schema: an open enum already accepts any other string.
    static func stringAlternatives(_ members: [Schema], schema: Schema) -> Schema? {
        var values: [Scalar] = []
        for member in members {
            guard case .string = member.kind, member.format == nil else { return nil }
            values += member.enumValues ?? []
        }
        var merged = schema
        merged.kind = .string
        merged.enumValues = values.isEmpty ? nil : values
        return merged
    }

    /// A union with a case per alternative, named from the component it refers to, its
    /// title or its kind; the discriminator's mapping (else the component's name) gives the
    /// values selecting each case.
    mutating func union(
        named name: String, members: [Schema], discriminator: Discriminator?, schema: Schema, path: [String]
    ) -> PlannedUnion {
        var caseScope = Naming.Scope(reserved: ["undocumented"])
        var nestedScope = Naming.Scope(reserved: [name])
        var nested: [PlannedDeclaration] = []
        var cases: [PlannedUnion.Case] = []
        for (index, member) in members.enumerated() {
            let caseName: String
            var values: [String] = []
            if case .reference(let component) = member.kind {
                caseName = Naming.memberName(context.typeNames[component] ?? component)
                if let discriminator {
                    values = discriminator.mapping.filter { $0.value == component }.map(\.key).sorted()
                    if values.isEmpty { values = [component] }
                }
            } else {
                caseName = member.title.map(Naming.memberName) ?? Self.caseName(forInline: member, index: index)
            }
            let type = typeReference(
                for: member, suggestedName: Naming.typeName(caseName), path: path + [name], scope: &nestedScope, nested: &nested)
            cases.append(PlannedUnion.Case(name: caseScope.claim(caseName), type: type, discriminatorValues: values))
        }
        state.declaredNames += nested.map(\.name)
        return PlannedUnion(
            name: name, documentation: schema.description ?? schema.title, cases: cases,
            discriminator: discriminator?.propertyName, nested: nested)
    }

    /// A case name for an inline alternative, from its kind.
    private static func caseName(forInline member: Schema, index: Int) -> String {
        switch member.kind {
        case .string:
            switch member.format {
            case "date-time": return "date"
            case "uuid": return "uuid"
            case "int64": return "int64"
            default: return "string"
            }
        case .integer: return "integer"
        case .number: return "number"
        case .boolean: return "bool"
        case .array: return "array"
        case .any: return "value"
        default: return "variant\(index + 1)"
        }
    }
}
