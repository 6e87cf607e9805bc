import SDKGenDiagnostics

// Schemas, with every nullability dialect folded into `Schema.nullable`.

extension DocumentDecoder {
    /// Keywords the generator does not model; each is reported once per kind.
    private static let unsupportedKeywords = [
        "not", "if", "then", "else", "patternProperties", "dependentSchemas", "prefixItems",
        "$dynamicRef", "unevaluatedProperties", "contains", "propertyNames",
    ]

    mutating func schema(_ node: Node) -> Schema {
        // The tree's own nesting is limited when it is read; `$ref`s can nest schemas further.
        guard schemaDepth < ReaderLimits.maxDepth else {
            if !reportedSchemaDepth { log.error(ReaderLimits.schemasTooDeep, at: node.mark) }
            reportedSchemaDepth = true
            return Schema(.any, at: node.mark)
        }
        schemaDepth += 1
        defer { schemaDepth -= 1 }
        if let flag = node.scalar?.bool {
            // `true` allows anything; `false` allows nothing, which no Swift type can model.
            if !flag { log.warning("false-schema", "the schema 'false' is read as any value", at: node.mark) }
            return Schema(.any, at: node.mark)
        }
        guard entries(node, "a schema") != nil else { return Schema(.any, at: node.mark) }
        var schema = shape(node)
        annotate(&schema, from: node)
        if !configuredNames.isEmpty {
            schema.configuredName = configuredNames.schemas[node.mark]
            schema.configuredCaseNames = configuredNames.enumCases[node.mark]
        }
        return schema
    }

    /// The structural part of a schema: its kind, format and enum values.
    private mutating func shape(_ node: Node) -> Schema {
        if let reference = node["$ref"] {
            return referenced(reference)
        }
        for keyword in Self.unsupportedKeywords {
            if let value = node[keyword] {
                log.warning("keyword-\(keyword)", "the schema keyword '\(keyword)' is not supported; it is ignored", at: value.mark)
            }
        }
        if let members = node["allOf"] {
            return allOf(members, in: node)
        }
        if let members = node["oneOf"] ?? node["anyOf"], !Self.onlyConstrains(members, node) {
            return oneOf(members, in: node)
        }

        var nullable = bool(node, "nullable")
        var types: [String] = []
        if let typeNode = node["type"] {
            if let list = typeNode.items {
                // An unquoted `null` item means the type "null".
                types = list.compactMap { $0.scalar?.isNull == true ? "null" : text($0, "an item of 'type'") }
            } else if let single = text(typeNode, "'type'") {
                types = [single]
            }
        }
        if types.contains("null") {
            nullable = true
            types.removeAll { $0 == "null" }
        }

        // The scalar values, kept as nodes to place an error at one.
        var enumValues: [Node]?
        if let values = node["enum"].flatMap({ items($0, "'enum'") }) {
            let scalars = values.filter { $0.scalar != nil }
            if scalars.contains(where: { $0.scalar?.isNull == true }) { nullable = true }
            enumValues = scalars.filter { $0.scalar?.isNull == false }
        } else if let constant = node["const"], constant.scalar != nil {
            enumValues = [constant]
        }
        if types.isEmpty {
            if node["properties"] != nil || node["additionalProperties"] != nil {
                types = ["object"]
            } else if node["items"] != nil {
                types = ["array"]
            } else if let enumValues, !enumValues.isEmpty {
                types = [enumValues.allSatisfy { $0.scalar?.int != nil } ? "integer" : "string"]
            }
        }

        let kind: Schema.Kind
        switch types.count == 1 ? types[0] : "" {
        case "string": kind = .string
        case "integer": kind = .integer
        case "number": kind = .number
        case "boolean": kind = .boolean
        case "array": kind = .array(items: node["items"].map { schema($0) } ?? Schema(.any, at: node.mark))
        case "object": kind = object(node)
        default: kind = .any
        }
        var result = Schema(kind, at: node.mark)
        result.nullable = nullable
        result.format = node["format"]?.scalar?.text
        switch kind {
        case .string: result.enumValues = enumValues?.compactMap(\.scalar)
        case .integer: result.enumValues = enumValues.map { integerEnumValues($0) }
        default: break
        }
        return result
    }

    /// An integer schema's enum values as the decimal integers they stand for (`0x1F` is
    /// `31`), the way generated code spells them. A value written as a string (`'7'`) is
    /// read as its integer, with a warning; any other value is an error at it, since no
    /// Swift integer can hold it (`1.5`, `abc`, a number past `Int.max`).
    private mutating func integerEnumValues(_ nodes: [Node]) -> [Scalar] {
        nodes.compactMap { node in
            guard let scalar = node.scalar else { return nil }
            if let value = scalar.int {
                return Scalar(String(value), style: .plain)
            }
            if !scalar.isPlain, let value = Int(scalar.text) {
                log.warning(
                    "enum-integer-string", "the integer enum value '\(scalar.text)' is written as a string; it is read as \(value)",
                    at: node.mark)
                return Scalar(String(value), style: .plain)
            }
            log.error("the enum value '\(scalar.text)' is not an integer, but its schema's type is integer", at: node.mark)
            return nil
        }
    }

    private mutating func referenced(_ reference: Node) -> Schema {
        guard let text = text(reference, "'$ref'") else { return Schema(.any, at: reference.mark) }
        if let name = Self.componentSchemaName(text) {
            if !schemaNames.contains(name) {
                log.error("$ref '\(text)' points at nothing in this document", at: reference.mark)
            }
            var schema = Schema(.reference(name), at: reference.mark)
            schema.nullable = nullableSchemaNames.contains(name)
            return schema
        }
        if let cached = resolvedSchemas[text] { return cached }
        guard resolving.insert(text).inserted else {
            log.warning("ref-cycle", "$ref '\(text)' refers to itself outside components/schemas; it is read as any value", at: reference.mark)
            return Schema(.any, at: reference.mark)
        }
        defer { resolving.remove(text) }
        guard let target = resolve(text, at: reference.mark) else { return Schema(.any, at: reference.mark) }
        let resolved = schema(target)
        resolvedSchemas[text] = resolved
        return resolved
    }

    private mutating func object(_ node: Node) -> Schema.Kind {
        let required = Set(texts(node, "required"))
        var properties: [Property] = []
        if let list = node["properties"].flatMap({ entries($0, "'properties'") }) {
            properties.reserveCapacity(list.count)
            for entry in list {
                guard let name = text(entry.key, "a property name") else { continue }
                properties.append(Property(name: name, schema: schema(entry.value), required: required.contains(name)))
            }
        }
        let additional: AdditionalProperties
        switch node["additionalProperties"] {
        case nil:
            additional = .unspecified
        case let value? where value.scalar?.bool == true:
            additional = .any
        case let value? where value.scalar?.bool == false:
            additional = .forbidden
        case let value? where value.entries?.isEmpty == true:
            additional = .any
        case let value?:
            additional = .schema(schema(value))
        }
        return .object(properties: properties, additionalProperties: additional)
    }

    /// `allOf`: members that only annotate (a description, `nullable`, `readOnly`, …) are
    /// folded into the result; one remaining member is that member (the `allOf: [$ref]`
    /// plus `nullable` idiom); several, with any properties written beside them, are kept
    /// for the planner to merge.
    private mutating func allOf(_ membersNode: Node, in node: Node) -> Schema {
        guard let list = items(membersNode, "'allOf'") else { return Schema(.any, at: node.mark) }
        let annotations = list.filter(Self.isAnnotationOnly)
        var members = list.filter { !Self.isAnnotationOnly($0) }.map { schema($0) }
        if node["properties"] != nil {
            members.append(Schema(object(node), at: node.mark))
        }
        var result: Schema
        switch members.count {
        case 0:
            result = Schema(.any, at: node.mark)
        case 1:
            result = members[0]
        default:
            result = Schema(.allOf(members), at: node.mark)
            result.nullable = members.allSatisfy(\.nullable)
        }
        for annotation in annotations { annotate(&result, from: annotation) }
        if bool(node, "nullable") || node["type"]?.items?.contains(where: { $0.scalar?.text == "null" }) == true {
            result.nullable = true
        }
        return result
    }

    /// Keys that describe a schema without constraining its values.
    private static let annotationKeys: Set<String> = [
        "description", "title", "nullable", "readOnly", "writeOnly", "deprecated", "example", "examples", "default",
        "externalDocs", "$comment",
    ]

    /// Whether `node` is a schema that only annotates (`{description: …}`, `{nullable: true}`):
    /// in `allOf`, `oneOf` or `anyOf` it adds to the other members rather than being one.
    private static func isAnnotationOnly(_ node: Node) -> Bool {
        guard let entries = node.entries, !entries.isEmpty else { return false }
        return entries.allSatisfy { entry in
            guard let key = entry.key.scalar?.text else { return false }
            return annotationKeys.contains(key) || key.hasPrefix("x-")
        }
    }

    /// `oneOf`/`anyOf`: a `{type: "null"}` alternative makes the schema nullable, and so
    /// does an alternative that only annotates (`{nullable: true}`), whose other annotations
    /// apply to the whole; one remaining alternative is that alternative.
    private mutating func oneOf(_ membersNode: Node, in node: Node) -> Schema {
        guard let list = items(membersNode, "'\(node["oneOf"] != nil ? "oneOf" : "anyOf")'") else { return Schema(.any, at: node.mark) }
        var nullable = bool(node, "nullable")
        var members: [Schema] = []
        var annotations: [Node] = []
        for member in list {
            if Self.isNullSchema(member) {
                nullable = true
            } else if Self.isAnnotationOnly(member) {
                annotations.append(member)
            } else {
                members.append(schema(member))
            }
        }
        var result: Schema
        switch members.count {
        case 0: result = Schema(.any, at: node.mark)
        case 1: result = members[0]
        default:
            result = Schema(.oneOf(members, discriminator: discriminator(node)), at: node.mark)
            // An alternative that admits null lets the whole admit it.
            if members.contains(where: \.nullable) { nullable = true }
        }
        for annotation in annotations { annotate(&result, from: annotation) }
        if nullable { result.nullable = true }
        return result
    }

    /// Keys that give a schema a shape, rather than constraining the values of one.
    private static let shapingKeys: Set<String> = [
        "type", "properties", "additionalProperties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "const",
    ]

    /// Whether the alternatives of an object's `oneOf`/`anyOf` only say which of its own
    /// properties must be present (`anyOf: [{required: [a]}, {required: [b]}]`): the
    /// object is then its own properties, not a union of shapeless alternatives.
    private static func onlyConstrains(_ members: Node, _ node: Node) -> Bool {
        guard node["properties"] != nil, let items = members.items, !items.isEmpty else { return false }
        return items.allSatisfy { member in
            guard let entries = member.entries else { return false }
            return entries.allSatisfy { !shapingKeys.contains($0.key.scalar?.text ?? "") }
        }
    }

    private static func isNullSchema(_ node: Node) -> Bool {
        guard let entries = node.entries, let type = node["type"]?.scalar?.text, type == "null" else { return false }
        return entries.allSatisfy { ["type", "description", "title"].contains($0.key.scalar?.text ?? "") }
    }

    private mutating func discriminator(_ node: Node) -> Discriminator? {
        guard let value = node["discriminator"], let property = optionalText(value, "propertyName") else { return nil }
        var mapping: [String: String] = [:]
        for entry in value["mapping"]?.entries ?? [] {
            if let key = entry.key.scalar?.text, let target = entry.value.scalar?.text {
                mapping[key] = Self.componentSchemaName(target) ?? target
            }
        }
        return Discriminator(propertyName: property, mapping: mapping)
    }

    /// Documentation and flags written beside the shape; they apply whatever the shape is.
    private mutating func annotate(_ schema: inout Schema, from node: Node) {
        if bool(node, "nullable") { schema.nullable = true }
        if let title = optionalText(node, "title") { schema.title = title }
        if let description = optionalText(node, "description") { schema.description = description }
        if bool(node, "readOnly") { schema.readOnly = true }
        if bool(node, "writeOnly") { schema.writeOnly = true }
        if bool(node, "deprecated") { schema.deprecated = true }
        if let value = node["default"] { schema.defaultValue = value }
        if let pattern = optionalText(node, "pattern") { schema.pattern = pattern }
        if let name = optionalText(node, "x-speakeasy-name-override") { schema.nameOverride = name }
        if let value = node["example"] { schema.examples.append(value) }
        if let values = node["examples"]?.items { schema.examples += values }
        if let names = node["x-enum-varnames"] ?? node["x-enumNames"] {
            schema.enumNames = items(names, "'x-enum-varnames'")?.compactMap { $0.scalar?.text }
        }
    }
}
