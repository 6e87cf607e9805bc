import Foundation
import OpenAPIReader

// Schemas to Swift declarations and type references.

extension Planner {
    /// A component's declarations as worked out on its own, away from the others.
    struct ComponentDeclarations: Sendable {
        /// The component's declaration, then those its inline types add at the top level.
        var declarations: [PlannedDeclaration]
        var log: DiagnosticLog
        /// Whether it claimed top-level names, so that its names depend on the components
        /// before it: it is then worked out again, in order.
        var dependsOnOrder: Bool
    }

    /// The declarations of `components`, worked out on every core, in the components'
    /// order, and the type names they declare.
    func declarations(ofComponents components: [String]) -> ([ComponentDeclarations], [String]) {
        let chunkSize = max(64, components.count / (ProcessInfo.processInfo.activeProcessorCount * 4) + 1)
        let chunks = stride(from: 0, to: components.count, by: chunkSize).map { $0..<min($0 + chunkSize, components.count) }
        let planner = self
        let results = concurrentMap(chunks.count) { index in
            var worker = planner
            worker.declaredNames = []
            var declarations: [ComponentDeclarations] = []
            for component in components[chunks[index]] {
                worker.log = DiagnosticLog(source: planner.document.source)
                let namesBefore = worker.declaredNames.count
                let claimedBefore = worker.topLevel.taken.count
                let declaration = worker.declaration(forComponent: component)
                let dependsOnOrder = worker.topLevel.taken.count > claimedBefore
                if dependsOnOrder {
                    worker.declaredNames.removeSubrange(namesBefore...)
                    worker.topLevel = planner.topLevel
                }
                declarations.append(ComponentDeclarations(
                    declarations: [declaration] + worker.extraDeclarations, log: worker.log, dependsOnOrder: dependsOnOrder))
                worker.extraDeclarations = []
            }
            return (declarations, worker.declaredNames)
        }
        return (results.flatMap(\.0), results.flatMap(\.1))
    }

    /// The top-level declaration of a component schema.
    mutating func declaration(forComponent component: String) -> PlannedDeclaration {
        let schema = components[component]!
        return declaration(named: typeNames[component]!, for: schema, path: [])
    }

    /// A declaration named `name` for `schema`: a struct for objects, an enum for enums,
    /// else a typealias. `path` holds the names of the enclosing types.
    mutating func declaration(named name: String, for schema: Schema, path: [String]) -> PlannedDeclaration {
        declaredNames.append(name)
        let documentation = schema.description ?? schema.title
        switch schema.kind {
        case .object(let properties, let additional) where !properties.isEmpty || additional.isClosed:
            if !properties.isEmpty, !additional.isClosed {
                log.warning(
                    "additional-properties", "additional properties beside declared ones are not kept; only the declared properties are decoded",
                    at: schema.mark)
            }
            return .structure(structure(named: name, properties: properties, schema: schema, path: path))
        case .allOf(let members):
            if let properties = mergedProperties(members) {
                return .structure(structure(named: name, properties: properties, schema: schema, path: path))
            }
            log.warning("allOf", "an 'allOf' whose members are not all objects is read as any JSON value", at: schema.mark)
            return .alias(name: name, type: .builtin(.jsonValue), documentation: documentation)
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
            extraDeclarations += nested
            return .alias(name: name, type: type, documentation: documentation)
        }
    }

    private mutating func structure(named name: String, properties: [Property], schema: Schema, path: [String]) -> PlannedStruct {
        var memberScope = Naming.Scope()
        var nestedScope = Naming.Scope(reserved: referencedTypeNames(properties).union([name]))
        var nested: [PlannedDeclaration] = []
        var planned: [PlannedProperty] = []
        for property in properties.sorted(by: { $0.name < $1.name }) {
            let type = typeReference(
                for: property.schema, suggestedName: Naming.typeName(property.name),
                path: path + [name], scope: &nestedScope, nested: &nested, allowInt64String: true)
            planned.append(
                PlannedProperty(
                    swiftName: memberScope.claim(propertyName(property.name)),
                    jsonName: property.name,
                    type: type,
                    isOptional: !property.required || property.schema.nullable,
                    documentation: propertyDocumentation(property.schema),
                    deprecated: property.schema.deprecated))
        }
        return PlannedStruct(
            name: name, documentation: schema.description ?? schema.title, deprecated: schema.deprecated,
            properties: planned, nested: nested)
    }

    /// `Naming.propertyName`, remembered.
    private mutating func propertyName(_ jsonName: String) -> String {
        if let name = propertyNames[jsonName] { return name }
        let name = Naming.propertyName(jsonName)
        propertyNames[jsonName] = name
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
            if case .reference(let component) = schema.kind, let name = typeNames[component] { names.insert(name) }
        }
        return names
    }

    /// The properties of an `allOf` whose members are all objects (or references to them),
    /// merged; `nil` when a member is anything else.
    private func mergedProperties(_ members: [Schema]) -> [Property]? {
        var merged: [Property] = []
        var seen: Set<String> = []
        var visiting: Set<String> = []
        func collect(_ schema: Schema) -> Bool {
            switch schema.kind {
            case .reference(let component):
                guard let target = components[component], visiting.insert(component).inserted else { return false }
                return collect(target)
            case .object(let properties, _):
                for property in properties where seen.insert(property.name).inserted {
                    merged.append(property)
                }
                return true
            case .allOf(let inner):
                return inner.allSatisfy(collect)
            default:
                return false
            }
        }
        return members.allSatisfy(collect) ? merged : nil
    }

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

    private mutating func union(
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
                caseName = Naming.memberName(typeNames[component] ?? component)
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
        declaredNames += nested.map(\.name)
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

    private mutating func enumeration(named name: String, for schema: Schema) -> PlannedEnum {
        let values = schema.enumValues ?? []
        let isInteger = { if case .integer = schema.kind { true } else { false } }()
        let texts = values.map(\.text)
        let prefix = isInteger ? "" : Self.commonWordPrefix(texts)
        var scope = Naming.Scope(reserved: ["undocumented", "rawValue", "init"])
        var cases: [(String, String)] = []
        var seen: Set<String> = []
        for text in texts where seen.insert(text).inserted {
            let base: String
            if isInteger {
                base = text.hasPrefix("-") ? "minus" + text.dropFirst() : "value" + text
            } else {
                let stripped = String(text.dropFirst(prefix.count))
                base = stripped.isEmpty ? "empty" : Naming.memberName(stripped)
            }
            cases.append((scope.claim(base), text))
        }
        return PlannedEnum(
            name: name, documentation: schema.description ?? schema.title,
            rawType: isInteger ? .int : .string, cases: cases)
    }

    /// The longest prefix ending in `_` shared by every value whose removal leaves each
    /// value a name that starts with a letter (`WEBHOOK_STATE_` of `WEBHOOK_STATE_PENDING`).
    static func commonWordPrefix(_ values: [String]) -> String {
        guard values.count > 1, let first = values.first else { return "" }
        // In ASCII text every byte is a Character, so bytes give the same prefix.
        guard values.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else { return commonWordPrefix(characters: values) }
        var length = first.utf8.count
        for value in values.dropFirst() {
            length = zip(first.utf8.prefix(length), value.utf8).prefix { $0.0 == $0.1 }.count
        }
        guard let cut = first.utf8.prefix(length).lastIndex(of: UInt8(ascii: "_")) else { return "" }
        let count = first.utf8.distance(from: first.utf8.startIndex, to: cut) + 1
        let valid = values.allSatisfy { value in
            value.utf8.dropFirst(count).first.map { $0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z") } ?? false
        }
        return valid ? String(first.utf8.prefix(count))! : ""
    }

    /// `commonWordPrefix` by Characters, for values with non-ASCII text.
    private static func commonWordPrefix(characters values: [String]) -> String {
        guard var prefix = values.first.map(Array.init) else { return "" }
        for value in values.dropFirst() {
            prefix = Array(zip(prefix, value).prefix { $0.0 == $0.1 }.map(\.0))
        }
        guard let cut = prefix.lastIndex(of: "_") else { return "" }
        let candidate = String(prefix[...cut])
        let valid = values.allSatisfy { value in
            value.dropFirst(candidate.count).first.map { $0.isLetter } ?? false
        }
        return valid ? candidate : ""
    }

    /// The Swift type for `schema` where inline types it needs are declared at the top level
    /// (operation parameters, bodies and responses, and the items of a typealias).
    mutating func topLevelTypeReference(
        for schema: Schema, suggestedName: String, nested: inout [PlannedDeclaration]
    ) -> TypeReference {
        // `typeReference` mutates `self`, so it works on a copy of the scope; a copy only
        // gains names, so they are merged back only when it grew.
        var scope = topLevel
        let knownCount = scope.taken.count
        let type = typeReference(for: schema, suggestedName: suggestedName, path: [], scope: &scope, nested: &nested)
        if scope.taken.count > knownCount { topLevel.reserve(scope.taken) }
        return type
    }

    /// The Swift type for `schema` used inside another declaration; inline enums and
    /// objects become nested declarations named from `suggestedName`.
    mutating func typeReference(
        for schema: Schema, suggestedName: String, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration], allowInt64String: Bool = false
    ) -> TypeReference {
        switch schema.kind {
        case .reference(let component):
            return .named(typeNames[component] ?? "JSONValue")
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
            case "int64", "uint64": return .builtin(allowInt64String ? .int64String : .string)
            default: return .builtin(.string)
            }
        case .array(let items):
            let element = typeReference(
                for: items, suggestedName: suggestedName + "Item", path: path, scope: &scope, nested: &nested,
                allowInt64String: allowInt64String)
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
        case .object:
            return nestedDeclaration(named: suggestedName, for: schema, path: path, scope: &scope, nested: &nested)
        case .allOf:
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

    private mutating func nestedDeclaration(
        named suggestedName: String, for schema: Schema, path: [String], scope: inout Naming.Scope,
        nested: inout [PlannedDeclaration]
    ) -> TypeReference {
        var name = suggestedName
        if Naming.reservedTypeNames.contains(name) { name += "Value" }
        name = scope.claim(name)
        let declaration = declaration(named: name, for: schema, path: path)
        if case .alias(_, let type, _) = declaration { return type }
        nested.append(declaration)
        return .named((path + [name]).joined(separator: "."))
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
