import OpenAPIReader
import SDKGenDiagnostics

// Schemas to the declarations of structs, enums, unions and typealiases.

extension Planner {
    /// The top-level declaration of a component schema.
    mutating func declaration(forComponent component: String) -> PlannedDeclaration {
        let name = context.typeNames[component]!
        var schema = context.index.schemas[component]!
        if let note = ComponentNaming.renameNote(name) {
            schema.description = [Self.documentation(of: schema, named: name), note].compactMap { $0 }.joined(separator: "\n\n")
        }
        recordExamples(of: schema, as: .named(name), subject: name)
        state.sendsNulls = context.sentOnly.contains(component)
        state.uploadsFiles = context.uploaded.contains(component)
        defer { (state.sendsNulls, state.uploadsFiles) = (false, false) }
        return declaration(named: name, for: schema, path: [])
    }

    /// A declaration named `name` for `schema`: a struct for objects, an enum for enums,
    /// a union for `oneOf`/`anyOf`, else a typealias. `path` holds the names of the
    /// enclosing types; `reserved`, the names nested types must not take because code
    /// inside the top-level declaration refers to top-level types of those names (worked
    /// out here for a top-level declaration).
    mutating func declaration(named name: String, for schema: Schema, path: [String], reserved: Set<String>? = nil) -> PlannedDeclaration {
        state.declaredNames.append(name)
        let reserved = reserved ?? referencedTypeNames(in: schema).union([name])
        switch schema.kind {
        case .object(let properties, let additional) where !properties.isEmpty || additional.isClosed:
            let object = MergedObject(properties: properties, additional: additional)
            return .structure(structure(named: name, object: object, schema: schema, path: path, reserved: reserved))
        case .allOf(let members):
            if let object = mergedObject(members) {
                return .structure(structure(named: name, object: object, schema: schema, path: path, reserved: reserved))
            }
            state.log.warning("allOf", "an 'allOf' whose members are not all objects is read as any JSON value", at: schema.mark)
            return .alias(PlannedAlias(name: name, type: .builtin(.jsonValue), documentation: Self.documentation(of: schema, named: name)))
        case .string where schema.enumValues != nil, .integer where schema.enumValues != nil:
            return .enumeration(enumeration(named: name, for: schema))
        case .oneOf(let members, let discriminator):
            if let values = Self.enumAlternatives(members, schema: schema) {
                return declaration(named: name, for: values, path: path, reserved: reserved)
            }
            return .union(union(named: name, members: members, discriminator: discriminator, schema: schema, path: path, reserved: reserved))
        default:
            // Inline types under an alias cannot nest in it: they become top-level declarations.
            var nested: [PlannedDeclaration] = []
            let type = topLevelTypeReference(for: schema, suggestedName: name + "Item", nested: &nested)
            state.extraDeclarations += nested
            return .alias(PlannedAlias(name: name, type: type, documentation: Self.documentation(of: schema, named: name)))
        }
    }

    private mutating func structure(
        named name: String, object: MergedObject, schema: Schema, path: [String], reserved: Set<String>
    ) -> PlannedStruct {
        var memberScope = Naming.Scope()
        memberScope.reserveCapacity(object.properties.count + 1)
        var nestedScope = Naming.Scope(reserved: reserved)
        var nested: [PlannedDeclaration] = []
        var planned: [PlannedProperty] = []
        for property in object.properties.sorted(by: { $0.name < $1.name }) {
            let coding = PlannedProperty.Coding(property.schema)
            let isFieldMask = Self.isFieldMask(property)
            let type: TypeReference = isFieldMask
                ? .builtin(.fieldMask)
                : typeReference(
                    for: property.schema, suggestedName: typeName(ofProperty: property.name),
                    path: path + [name], scope: &nestedScope, nested: &nested, reserved: reserved, int64InStrings: coding != .standard)
            let swiftName = memberScope.claim(propertyName(property.name))
            let isOptional = !property.required || property.schema.nullable
            // Left out, `null` or a value: only where sending `null` can mean something.
            let isNullable = state.sendsNulls && !property.required && property.schema.nullable && coding == .standard
                && !isFieldMask && !property.schema.readOnly
            // Required and nullable: the member must be sent, so `nil` goes as `null`.
            let encodesNull = property.required && property.schema.nullable && coding == .standard && !property.schema.readOnly
            planned.append(
                PlannedProperty(
                    swiftName: swiftName,
                    storageName: property.schema.deprecated ? "_" + swiftName : swiftName,
                    jsonName: property.name,
                    type: type,
                    isOptional: isOptional,
                    isNullable: isNullable,
                    encodesNull: encodesNull,
                    coding: coding,
                    documentation: propertyDocumentation(property.schema, name: property.name, isOptional: isOptional),
                    deprecated: property.schema.deprecated,
                    defaultValue: isOptional ? nil : defaultValue(of: property.schema, type: type),
                    sample: property.required ? state.samples.sample(of: property.schema, index: context.index) : nil,
                    isSecret: property.schema.format == "password"))
        }
        var additional: PlannedAdditionalProperties?
        switch object.additional {
        case .any where !object.properties.isEmpty:
            additional = PlannedAdditionalProperties(
                swiftName: memberScope.claim("additionalProperties"), valueType: .builtin(.jsonValue),
                documentation: "Members not declared above, kept as they were sent.")
        case .schema(let values) where !object.properties.isEmpty:
            let valueType = typeReference(
                for: values, suggestedName: "AdditionalProperty", path: path + [name], scope: &nestedScope, nested: &nested,
                reserved: reserved)
            additional = PlannedAdditionalProperties(
                swiftName: memberScope.claim("additionalProperties"), valueType: valueType,
                documentation: "Members not declared above, by name.")
        default:
            break
        }
        return PlannedStruct(
            name: name, documentation: Self.documentation(of: schema, named: name), deprecated: schema.deprecated,
            properties: planned, additionalProperties: additional, nested: nested)
    }

    /// Whether a property is a protobuf field mask, typed `FieldMask`: a string property
    /// (no enum, no other format) with `format: field-mask`, or named `updateMask`,
    /// `fieldMask` or `readMask` (or in snake case), or described as a `FieldMask`.
    static func isFieldMask(_ property: Property) -> Bool {
        let schema = property.schema
        guard case .string = schema.kind, schema.enumValues == nil else { return false }
        if schema.format == "field-mask" { return true }
        guard schema.format == nil else { return false }
        return fieldMaskNames.contains(property.name) || schema.description.map { DocumentationText.mentions("FieldMask", in: $0) } == true
    }

    private static let fieldMaskNames: Set<String> = ["updateMask", "update_mask", "fieldMask", "field_mask", "readMask", "read_mask"]

    /// `Naming.propertyName`, remembered.
    private mutating func propertyName(_ jsonName: String) -> String {
        if let name = state.propertyNames[jsonName] { return name }
        let name = Naming.propertyName(jsonName)
        state.propertyNames[jsonName] = name
        return name
    }

    /// `Naming.typeName` of a property's JSON name, the name a type nested for it starts
    /// from; remembered, as `propertyName` is.
    private mutating func typeName(ofProperty jsonName: String) -> String {
        if let name = state.propertyTypeNames[jsonName] { return name }
        let name = Naming.typeName(jsonName)
        state.propertyTypeNames[jsonName] = name
        return name
    }

    /// A property's description, with notes on its default and on who sets it.
    private func propertyDocumentation(_ schema: Schema, name: String, isOptional: Bool) -> String? {
        var notes: [String] = []
        if let text = Self.documentation(of: schema, named: name) { notes.append(text) }
        if let value = schema.defaultValue?.scalar, !value.isNull {
            notes.append(isOptional ? "Defaults to `\(value.text)` on the server when left out." : "Defaults to `\(value.text)`.")
        }
        if schema.readOnly { notes.append("Set by the server; ignored in requests.") }
        if schema.writeOnly { notes.append("Sent in requests; never returned.") }
        return notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    }

    /// A schema's description (else its title) as Markdown, unless it only repeats `name`.
    static func documentation(of schema: Schema, named name: String) -> String? {
        DocumentationCleanup.meaningful(schema.description, describing: name)
            ?? DocumentationCleanup.meaningful(schema.title, describing: name)
    }

    /// The spec's `default` of a required property as a Swift literal of its type, when
    /// the type can hold it: a Boolean, a number, a string, or a case of an enum.
    private func defaultValue(of schema: Schema, type: TypeReference) -> PlannedLiteral? {
        guard let value = schema.defaultValue?.scalar, !value.isNull else { return nil }
        switch type {
        case .builtin(.bool):
            return value.bool.map { .bool($0) }
        case .builtin(.int), .builtin(.int32), .builtin(.int64):
            return value.int.map { String($0) }.map { .number($0) }
        case .builtin(.double), .builtin(.float):
            return value.double.flatMap { $0.isFinite ? .number(String($0)) : nil }
        case .builtin(.string):
            return .string(value.text)
        case .named:
            let resolved = context.index.resolved(schema)
            guard let values = resolved.enumValues?.map(\.text), values.contains(value.text) else { return nil }
            let isInteger = { if case .integer = resolved.kind { true } else { false } }()
            let cases = Self.enumCases(values, names: resolved.enumNames ?? [], configured: resolved.configuredCaseNames ?? [:], isInteger: isInteger)
            return cases.first { $0.rawValue == value.text }.map { .enumCase($0.name) }
        default:
            return nil
        }
    }

    /// Swift names of the component types `schema` refers to anywhere inside it (without
    /// following the references), which the types nested in its declaration must not hide.
    private func referencedTypeNames(in schema: Schema) -> Set<String> {
        var components: [String] = []
        ComponentIndex.references(in: schema, into: &components)
        return Set(components.compactMap { context.typeNames[$0] })
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
