import OpenAPIReader
import SDKGenDiagnostics

// Schemas to the declarations of structs, enums, unions and typealiases.

extension Planner {
    /// The top-level declaration of a component schema.
    mutating func declaration(forComponent component: String) -> PlannedDeclaration {
        declaration(named: context.typeNames[component]!, for: context.index.schemas[component]!, path: [])
    }

    /// A declaration named `name` for `schema`: a struct for objects, an enum for enums,
    /// a union for `oneOf`/`anyOf`, else a typealias. `path` holds the names of the
    /// enclosing types.
    mutating func declaration(named name: String, for schema: Schema, path: [String]) -> PlannedDeclaration {
        state.declaredNames.append(name)
        let documentation = schema.description ?? schema.title
        switch schema.kind {
        case .object(let properties, let additional) where !properties.isEmpty || additional.isClosed:
            if !properties.isEmpty, !additional.isClosed {
                state.log.warning(
                    "additional-properties", "additional properties beside declared ones are not kept; only the declared properties are decoded",
                    at: schema.mark)
            }
            return .structure(structure(named: name, properties: properties, schema: schema, path: path))
        case .allOf(let members):
            if let properties = mergedProperties(members) {
                return .structure(structure(named: name, properties: properties, schema: schema, path: path))
            }
            state.log.warning("allOf", "an 'allOf' whose members are not all objects is read as any JSON value", at: schema.mark)
            return .alias(PlannedAlias(name: name, type: .builtin(.jsonValue), documentation: documentation))
        case .string where schema.enumValues != nil, .integer where schema.enumValues != nil:
            return .enumeration(enumeration(named: name, for: schema))
        case .oneOf(let members, let discriminator):
            if let strings = Self.stringAlternatives(members, schema: schema) {
                return declaration(named: name, for: strings, path: path)
            }
            return .union(union(named: name, members: members, discriminator: discriminator, schema: schema, path: path))
        default:
            // Inline types under an alias cannot nest in it: they become top-level declarations.
            var nested: [PlannedDeclaration] = []
            let type = topLevelTypeReference(for: schema, suggestedName: name + "Item", nested: &nested)
            state.extraDeclarations += nested
            return .alias(PlannedAlias(name: name, type: type, documentation: documentation))
        }
    }

    private mutating func structure(named name: String, properties: [Property], schema: Schema, path: [String]) -> PlannedStruct {
        var memberScope = Naming.Scope()
        var nestedScope = Naming.Scope(reserved: referencedTypeNames(properties).union([name]))
        var nested: [PlannedDeclaration] = []
        var planned: [PlannedProperty] = []
        for property in properties.sorted(by: { $0.name < $1.name }) {
            let coding = PlannedProperty.Coding(property.schema)
            let type = typeReference(
                for: property.schema, suggestedName: Naming.typeName(property.name),
                path: path + [name], scope: &nestedScope, nested: &nested, int64InStrings: coding != .standard)
            let swiftName = memberScope.claim(propertyName(property.name))
            planned.append(
                PlannedProperty(
                    swiftName: swiftName,
                    storageName: property.schema.deprecated ? "_" + swiftName : swiftName,
                    jsonName: property.name,
                    type: type,
                    isOptional: !property.required || property.schema.nullable,
                    coding: coding,
                    documentation: propertyDocumentation(property.schema),
                    deprecated: property.schema.deprecated))
        }
        return PlannedStruct(
            name: name, documentation: schema.description ?? schema.title, deprecated: schema.deprecated,
            properties: planned, nested: nested)
    }

    /// `Naming.propertyName`, remembered.
    private mutating func propertyName(_ jsonName: String) -> String {
        if let name = state.propertyNames[jsonName] { return name }
        let name = Naming.propertyName(jsonName)
        state.propertyNames[jsonName] = name
        return name
    }

    /// A property's description, with notes on its default and on who sets it.
    private func propertyDocumentation(_ schema: Schema) -> String? {
        var notes: [String] = []
        if let text = schema.description ?? schema.title { notes.append(text) }
        if let value = schema.defaultValue?.scalar, !value.isNull {
            notes.append("Defaults to `\(value.text)` on the server when left out.")
        }
        if schema.readOnly { notes.append("Set by the server; ignored in requests.") }
        if schema.writeOnly { notes.append("Sent in requests; never returned.") }
        return notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    }

    /// Swift names of the component types `properties` refer to directly, which nested
    /// types must not hide.
    private func referencedTypeNames(_ properties: [Property]) -> Set<String> {
        var names: Set<String> = []
        for property in properties {
            var schema = property.schema
            while case .array(let items) = schema.kind { schema = items }
            if case .reference(let component) = schema.kind, let name = context.typeNames[component] { names.insert(name) }
        }
        return names
    }
}

extension PlannedProperty.Coding {
    /// How a property of `schema` is coded: 64-bit integers in strings (directly or as
    /// array items) are read and written as numbers in Swift.
    init(_ schema: Schema) {
        if schema.isInt64String {
            self = .int64String
        } else if case .array(let items) = schema.kind, items.isInt64String {
            self = .int64StringArray
        } else {
            self = .standard
        }
    }
}

extension Schema {
    /// Whether the schema is a string holding a 64-bit integer (`format: int64` or `uint64`).
    var isInt64String: Bool {
        guard case .string = kind, enumValues == nil else { return false }
        return format == "int64" || format == "uint64"
    }
}

extension AdditionalProperties {
    /// Whether an object with no properties is a fixed (empty) shape rather than a map.
    var isClosed: Bool {
        switch self {
        case .unspecified, .forbidden: true
        case .any, .schema: false
        }
    }
}
