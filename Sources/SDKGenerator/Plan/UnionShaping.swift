import OpenAPIReader
import SDKGenDiagnostics

// `oneOf` and `anyOf` as enums with a case per alternative.

extension Planner {
    /// Alternatives that are all inline strings (`string` or a string `enum`), or all
    /// integer constants, make one enum schema: an open enum already accepts any other
    /// value. A constant's `title` names its case.
    static func enumAlternatives(_ members: [Schema], schema: Schema) -> Schema? {
        let allStrings = members.allSatisfy { member in
            if case .string = member.kind { member.format == nil } else { false }
        }
        let allIntegerConstants = members.allSatisfy { member in
            if case .integer = member.kind { member.enumValues?.isEmpty == false } else { false }
        }
        guard allStrings || allIntegerConstants else { return nil }
        var values: [Scalar] = []
        var names: [String] = []
        for member in members {
            let memberValues = member.enumValues ?? []
            values += memberValues
            for (index, _) in memberValues.enumerated() {
                if let given = member.enumNames, index < given.count {
                    names.append(given[index])
                } else {
                    names.append(memberValues.count == 1 ? member.title ?? "" : "")
                }
            }
        }
        var merged = schema
        merged.kind = allStrings ? .string : .integer
        merged.enumValues = values.isEmpty ? nil : values
        merged.enumNames = names.contains { !$0.isEmpty } ? names : nil
        return merged
    }

    /// A union with a case per alternative, named from the component it refers to, its
    /// title or its kind. With a discriminator, the values selecting each case are the
    /// mapping's, else the alternative's own constant for the discriminator property, else
    /// (for a referenced component) the component's name; without one, each case carries
    /// its JSON shape so a value decodes as the alternative it fits best.
    mutating func union(
        named name: String, members: [Schema], discriminator: Discriminator?, schema: Schema, path: [String],
        reserved: Set<String>
    ) -> PlannedUnion {
        var caseScope = Naming.Scope(reserved: ["undocumented"])
        var nestedScope = Naming.Scope(reserved: reserved.union([name]))
        var nested: [PlannedDeclaration] = []
        var cases: [PlannedUnion.Case] = []
        // Several arrays are told apart by what they hold, and a title several alternatives
        // share names none of them.
        let arrays = members.count(where: { if case .array = $0.kind { true } else { false } })
        let titles = members.compactMap(\.title)
        let sharedTitles = Set(titles.filter { title in titles.count(where: { $0 == title }) > 1 })
        for member in members {
            var named = member
            if let title = member.title, sharedTitles.contains(title) { named.title = nil }
            let caseName = self.caseName(named, byItems: arrays > 1)
            let type = typeReference(
                for: member, suggestedName: Naming.typeName(caseName), path: path + [name], scope: &nestedScope, nested: &nested,
                reserved: reserved)
            cases.append(
                PlannedUnion.Case(
                    name: caseScope.claim(caseName), type: type,
                    discriminatorValues: discriminator.map { discriminatorValues(of: member, for: $0) } ?? [],
                    shape: shape(of: member)))
        }
        state.declaredNames += nested.map(\.name)
        return PlannedUnion(
            name: name, documentation: Self.documentation(of: schema, named: name), cases: cases,
            discriminator: discriminator?.propertyName, nested: nested)
    }

    /// The discriminator values selecting `member`: the mapping's, else its constant for
    /// the property, else its component's name. An inline alternative with neither cannot
    /// be selected, which is worth a warning.
    private mutating func discriminatorValues(of member: Schema, for discriminator: Discriminator) -> [String] {
        if case .reference(let component) = member.kind {
            let mapped = discriminator.mapping.filter { $0.value == component }.map(\.key).sorted()
            if !mapped.isEmpty { return mapped }
        }
        let constants = discriminatorValues(of: member, property: discriminator.propertyName)
        if !constants.isEmpty { return constants }
        if case .reference(let component) = member.kind { return [component] }
        state.log.warning(
            "discriminator-unidentified",
            "an alternative has no value for the discriminator '\(discriminator.propertyName)' (no mapping, const or enum); it is never chosen by it",
            at: member.mark)
        return []
    }

    /// A case name for an alternative: its component's name, its title, for an object what
    /// tells it apart (see `objectCaseName`), else its kind; `byItems`, an array's is its
    /// items' with `Array` (`stringArray`, `integerArray`).
    private func caseName(_ member: Schema, byItems: Bool) -> String {
        if case .reference(let component) = member.kind {
            return Naming.memberName(context.typeNames[component] ?? component)
        }
        if let title = member.title { return Naming.memberName(title) }
        switch member.kind {
        case .array(let items) where byItems:
            return caseName(items, byItems: true) + "Array"
        case .object(let properties, _) where !properties.isEmpty:
            return objectCaseName(properties).map(Naming.memberName) ?? "object"
        case .allOf(let members):
            return mergedProperties(members).flatMap(objectCaseName).map(Naming.memberName) ?? "object"
        default:
            return Self.caseName(ofKind: member)
        }
    }

    /// What names an object alternative: the value of a property that can hold only one
    /// (`type: {enum: [image_url]}`, `event: {const: thread.run.created}`), a required one
    /// first; else its only required property, else its only property. `nil` when none
    /// tells it apart.
    private func objectCaseName(_ properties: [Property]) -> String? {
        let constants = properties.filter { property in
            let values = context.index.resolved(property.schema).enumValues ?? []
            return values.count == 1 && !values[0].text.isEmpty
        }
        if let constant = constants.first(where: \.required) ?? constants.first {
            return context.index.resolved(constant.schema).enumValues?.first?.text
        }
        let required = properties.filter(\.required)
        if required.count == 1 { return required[0].name }
        return properties.count == 1 ? properties[0].name : nil
    }

    /// A case name for an inline alternative, from its kind.
    private static func caseName(ofKind member: Schema) -> String {
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
        case .any, .oneOf, .reference: return "value"
        case .object, .allOf: return "object"
        }
    }
}
