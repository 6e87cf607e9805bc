// A `$ref` to a component schema that admits null admits null itself, wherever it is
// written: `Schema.nullable` on the reference says so, so that no later stage has to
// follow the reference to find out.

extension DocumentDecoder {
    /// The component schemas that admit null: nullable themselves, a reference to one that
    /// is, a union with an alternative that is, or an `allOf` whose members all are.
    /// A cycle of references admits nothing more than its members say.
    static func nullableComponents(in schemas: [NamedSchema]) -> Set<String> {
        var byName: [String: Schema] = [:]
        byName.reserveCapacity(schemas.count)
        for named in schemas where byName[named.name] == nil { byName[named.name] = named.schema }
        // `true` or `false` once known; `false` while being worked out, which ends a cycle.
        var known: [String: Bool] = [:]
        func admitsNull(_ schema: Schema) -> Bool {
            if schema.nullable { return true }
            switch schema.kind {
            case .reference(let name):
                if let answer = known[name] { return answer }
                guard let target = byName[name] else { return false }
                known[name] = false
                let answer = admitsNull(target)
                known[name] = answer
                return answer
            case .oneOf(let members, _):
                return members.contains(where: admitsNull)
            case .allOf(let members):
                return members.allSatisfy(admitsNull)
            default:
                return false
            }
        }
        var names: Set<String> = []
        for named in schemas where admitsNull(Schema(.reference(named.name), at: named.schema.mark)) {
            names.insert(named.name)
        }
        return names
    }

    /// Marks every reference inside `schema` to a component in `nullable` as nullable, and
    /// the unions and `allOf`s that admit null because of one. Returns whether anything in
    /// `schema` changed; a schema with nothing to mark is left as it is, not copied.
    static func markNullableReferences(in schema: inout Schema, nullable: Set<String>) -> Bool {
        var changed = false
        var admitsNull = false
        switch schema.kind {
        case .reference(let name):
            admitsNull = nullable.contains(name)
        case .array(var items):
            changed = markNullableReferences(in: &items, nullable: nullable)
            if changed { schema.kind = .array(items: items) }
        case .object(var properties, var additional):
            for index in properties.indices {
                var member = properties[index].schema
                if markNullableReferences(in: &member, nullable: nullable) {
                    properties[index].schema = member
                    changed = true
                }
            }
            if case .schema(var values) = additional, markNullableReferences(in: &values, nullable: nullable) {
                additional = .schema(values)
                changed = true
            }
            if changed { schema.kind = .object(properties: properties, additionalProperties: additional) }
        case .allOf(var members):
            changed = markNullableReferences(in: &members, nullable: nullable)
            if changed {
                schema.kind = .allOf(members)
                admitsNull = members.allSatisfy(\.nullable)
            }
        case .oneOf(var members, let discriminator):
            changed = markNullableReferences(in: &members, nullable: nullable)
            if changed {
                schema.kind = .oneOf(members, discriminator: discriminator)
                admitsNull = members.contains(where: \.nullable)
            }
        case .any, .boolean, .integer, .number, .string:
            break
        }
        if admitsNull, !schema.nullable {
            schema.nullable = true
            changed = true
        }
        return changed
    }

    /// `markNullableReferences` on each schema of `schemas`; whether any changed.
    private static func markNullableReferences(in schemas: inout [Schema], nullable: Set<String>) -> Bool {
        var changed = false
        for index in schemas.indices {
            var member = schemas[index]
            if markNullableReferences(in: &member, nullable: nullable) {
                schemas[index] = member
                changed = true
            }
        }
        return changed
    }
}
