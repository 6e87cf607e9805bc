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
        let type = typeReference(for: schema, suggestedName: suggestedName, path: [], scope: &scope, nested: &nested, reserved: [])
        if scope.taken.count > knownCount { state.topLevel.reserve(scope.taken) }
        return type
    }

    /// The Swift type for `schema` used inside another declaration; inline enums and
    /// objects become nested declarations named from `suggestedName`, unless the same
    /// schema is written in several places, which makes it one top-level type. `reserved`
    /// are names nested declarations must not take. With `int64InStrings`, a string holding
    /// a 64-bit integer is an `Int64` (the property codes it as a string).
    mutating func typeReference(
        for schema: Schema, suggestedName: String, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration], reserved: Set<String>, int64InStrings: Bool = false
    ) -> TypeReference {
        let type = assignedType(
            for: schema, suggestedName: suggestedName, path: path, scope: &scope, nested: &nested, reserved: reserved,
            int64InStrings: int64InStrings)
        recordExamples(
            of: schema, as: type, coding: int64InStrings ? PlannedProperty.Coding(schema) : .standard,
            subject: (path + [suggestedName]).joined(separator: "."))
        return type
    }

    /// `typeReference` before the examples of `schema` are recorded.
    private mutating func assignedType(
        for schema: Schema, suggestedName: String, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration], reserved: Set<String>, int64InStrings: Bool
    ) -> TypeReference {
        switch schema.kind {
        case .reference(let component):
            return .named(context.typeNames[component] ?? "JSONValue")
        case .integer where schema.enumValues != nil, .string where schema.enumValues != nil:
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested, reserved: reserved)
        case .boolean, .integer, .number, .string:
            return .builtin(Self.scalarType(of: schema, binary: state.uploadsFiles ? .filePart : .data, int64InStrings: int64InStrings))
        case .array(let items):
            let element = typeReference(
                for: items, suggestedName: suggestedName + "Item", path: path, scope: &scope, nested: &nested,
                reserved: reserved, int64InStrings: int64InStrings)
            return .array(element)
        case .object(let properties, let additional) where properties.isEmpty:
            switch additional {
            case .schema(let values):
                return .dictionary(
                    typeReference(
                        for: values, suggestedName: suggestedName + "Value", path: path, scope: &scope, nested: &nested,
                        reserved: reserved))
            case .forbidden:
                return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested, reserved: reserved)
            case .any, .unspecified:
                return .dictionary(.builtin(.jsonValue))
            }
        case .object, .allOf:
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested, reserved: reserved)
        case .oneOf(let members, _):
            if let values = Self.enumAlternatives(members, schema: schema) {
                return typeReference(
                    for: values, suggestedName: suggestedName, path: path, scope: &scope, nested: &nested, reserved: reserved)
            }
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested, reserved: reserved)
        case .any:
            return .builtin(.jsonValue)
        }
    }

    /// The built-in type of a boolean, integer, number or string schema, by its format:
    /// `binary` is what a `format: binary` string holds (bytes, or a file to upload), and
    /// with `int64InStrings` a string holding a 64-bit integer is an `Int64`.
    static func scalarType(of schema: Schema, binary: TypeReference.Builtin, int64InStrings: Bool) -> TypeReference.Builtin {
        switch schema.kind {
        case .boolean:
            return .bool
        case .integer:
            switch schema.format {
            case "int32": return .int32
            case "int64": return .int64
            default: return .int
            }
        case .number:
            return schema.format == "float" ? .float : .double
        default:
            switch schema.format {
            case "date-time": return .date
            case "uuid": return .uuid
            case "uri": return .url
            case "binary": return binary
            case "byte": return .data
            case "int64", "uint64": return int64InStrings ? .int64 : .string
            default: return .string
            }
        }
    }

    /// A type declared inside the one being planned (or at the top level, for the top
    /// level's scope), named from `suggestedName`; a typealias is not declared but used
    /// directly. A schema written the same way elsewhere too is declared once, at the top
    /// level, and used from every place.
    private mutating func nestedDeclaration(
        named suggestedName: String, for schema: Schema, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration], reserved: Set<String>
    ) -> TypeReference {
        if let shared = sharedDeclaration(for: schema, suggestedName: suggestedName, path: path) { return shared }
        // A name Swift or code inside this declaration needs for another type gets `Value`,
        // and if that is taken too, the owner's name in front.
        scope.reserve(state.sharedTypeNameSet)
        let isFree = { [taken = scope.taken] (name: String) in
            !Naming.reservedTypeNames.contains(name) && !Naming.standardTypeNames.contains(name) && !reserved.contains(name)
                && !taken.contains(name)
        }
        let name: String
        if let configured = schema.configuredName {
            // The configuration's name is used as written.
            state.usedConfiguredNames.insert(schema.mark)
            name = scope.claim(configured)
        } else if isFree(suggestedName) {
            name = scope.claim(suggestedName)
        } else {
            let candidates = [suggestedName + "Value"] + (path.last.map { [$0 + suggestedName] } ?? [])
            name = scope.claim(candidates.first(where: isFree) ?? suggestedName + "Value")
        }
        let declaration = declaration(named: name, for: schema, path: path, reserved: path.isEmpty ? nil : reserved)
        if case .alias(let alias) = declaration { return alias.type }
        nested.append(declaration)
        return .named((path + [name]).joined(separator: "."))
    }

    /// The top-level type for a schema written in several places, declared the first time
    /// it is met; `nil` for a schema written once. It is named for its place: the
    /// suggested name, else that name with `Value`, else with the names of the types it is
    /// first met in before it (`ThreadRunStepDeltaData`), the nearest first.
    private mutating func sharedDeclaration(for schema: Schema, suggestedName: String, path: [String]) -> TypeReference? {
        guard schema.mark != state.unsharedBody, let fingerprint = SharedInlineSchemas.fingerprint(of: schema),
            context.shared.contains(fingerprint)
        else { return nil }
        if let name = state.sharedTypeNames[fingerprint] { return .named(name) }
        // Not a name a nested type already has either, so no nested type hides it.
        let nestedNames = Set(state.declaredNames)
        let taken = state.topLevel.taken
        let isFree = { (name: String) in
            !taken.contains(name) && !nestedNames.contains(name) && !Naming.reservedTypeNames.contains(name)
        }
        let candidate: String
        if let configured = schema.configuredName {
            state.usedConfiguredNames.insert(schema.mark)
            candidate = configured
        } else if isFree(suggestedName) {
            candidate = suggestedName
        } else {
            let owners = path.indices.reversed().lazy.map { path[$0...].joined() + suggestedName }
            candidate = ([suggestedName + "Value"] + owners).first(where: isFree) ?? suggestedName + "Value"
        }
        let name = state.topLevel.claim(candidate)
        state.sharedTypeNames[fingerprint] = name
        state.sharedTypeNameSet.insert(name)
        // Written in several places, maybe in responses too: never `Nullable`.
        let (sendsNulls, uploadsFiles) = (state.sendsNulls, state.uploadsFiles)
        (state.sendsNulls, state.uploadsFiles) = (false, false)
        defer { (state.sendsNulls, state.uploadsFiles) = (sendsNulls, uploadsFiles) }
        let declaration = declaration(named: name, for: schema, path: [])
        state.sharedDeclarations.append(declaration)
        return .named(name)
    }
}
