import OpenAPIReader

// Which Swift type each schema becomes where it is used: built-in types by type and
// format, generated types by name, and inline types declared where they are needed.

extension Planner {
    /// The Swift type for `schema` where inline types it needs are declared at the top level
    /// (operation parameters, bodies and responses, and the items of a typealias).
    mutating func topLevelTypeReference(
        for schema: Schema, suggestedName: String, nested: inout [PlannedDeclaration]
    ) -> TypeReference {
        // `typeReference` changes `state`, so it works on a copy of the scope; a copy only
        // gains names, so they are merged back only when it grew.
        var scope = state.topLevel
        let knownCount = scope.taken.count
        let type = typeReference(for: schema, suggestedName: suggestedName, path: [], scope: &scope, nested: &nested)
        if scope.taken.count > knownCount { state.topLevel.reserve(scope.taken) }
        return type
    }

    /// The Swift type for `schema` used inside another declaration; inline enums and
    /// objects become nested declarations named from `suggestedName`. With
    /// `int64InStrings`, a string holding a 64-bit integer is an `Int64` (the property
    /// codes it as a string).
    mutating func typeReference(
        for schema: Schema, suggestedName: String, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration], int64InStrings: Bool = false
    ) -> TypeReference {
        switch schema.kind {
        case .reference(let component):
            return .named(context.typeNames[component] ?? "JSONValue")
        case .boolean:
            return .builtin(.bool)
        case .integer where schema.enumValues != nil, .string where schema.enumValues != nil:
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested)
        case .integer:
            switch schema.format {
            case "int32": return .builtin(.int32)
            case "int64": return .builtin(.int64)
            default: return .builtin(.int)
            }
        case .number:
            return .builtin(schema.format == "float" ? .float : .double)
        case .string:
            switch schema.format {
            case "date-time": return .builtin(.date)
            case "uuid": return .builtin(.uuid)
            case "uri": return .builtin(.url)
            case "byte", "binary": return .builtin(.data)
            case "int64", "uint64": return .builtin(int64InStrings ? .int64 : .string)
            default: return .builtin(.string)
            }
        case .array(let items):
            let element = typeReference(
                for: items, suggestedName: suggestedName + "Item", path: path, scope: &scope, nested: &nested,
                int64InStrings: int64InStrings)
            return .array(element)
        case .object(let properties, let additional) where properties.isEmpty:
            switch additional {
            case .schema(let values):
                return .dictionary(
                    typeReference(for: values, suggestedName: suggestedName + "Value", path: path, scope: &scope, nested: &nested))
            case .forbidden:
                return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested)
            case .any, .unspecified:
                return .dictionary(.builtin(.jsonValue))
            }
        case .object, .allOf:
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested)
        case .oneOf(let members, _):
            if let strings = Self.stringAlternatives(members, schema: schema) {
                return typeReference(for: strings, suggestedName: suggestedName, path: path, scope: &scope, nested: &nested)
            }
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested)
        case .any:
            return .builtin(.jsonValue)
        }
    }

    /// A type declared inside the one being planned (or at the top level, for the top
    /// level's scope), named from `suggestedName`; a typealias is not declared but used
    /// directly.
    private mutating func nestedDeclaration(
        named suggestedName: String, for schema: Schema, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration]
    ) -> TypeReference {
        var name = suggestedName
        if Naming.reservedTypeNames.contains(name) { name += "Value" }
        name = scope.claim(name)
        let declaration = declaration(named: name, for: schema, path: path)
        if case .alias(let alias) = declaration { return alias.type }
        nested.append(declaration)
        return .named((path + [name]).joined(separator: "."))
    }
}
