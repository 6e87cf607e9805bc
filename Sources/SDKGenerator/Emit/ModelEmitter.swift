/// Prints model declarations: structs, open enums and typealiases.
struct ModelEmitter {
    let names: RuntimeNames

    func write(_ declarations: [PlannedDeclaration], to writer: inout SwiftWriter) {
        for declaration in declarations {
            write(declaration, to: &writer)
            writer.line()
        }
        writer.trimTrailingEmptyLine()
    }

    func write(_ declaration: PlannedDeclaration, to writer: inout SwiftWriter) {
        switch declaration {
        case .structure(let structure): write(structure, to: &writer)
        case .enumeration(let enumeration): write(enumeration, to: &writer)
        case .union(let union): write(union, to: &writer)
        case .alias(let alias):
            writer.documentation(alias.documentation)
            writer.line("\(names.access)typealias \(alias.name) = \(names.spelling(alias.type))")
        }
    }

    private func write(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        let members = structure.properties.map { Member($0, in: self) }
        writer.documentation(structure.documentation)
        let mirrored = structure.hasSecrets ? ", \(names.runtime("CustomReflectable", module: "Swift"))" : ""
        writer.block("\(names.typeModifiers)struct \(structure.name): Codable, Hashable, Sendable\(mirrored)") { writer in
            for member in members {
                writer.documentation(member.property.documentation)
                if member.property.deprecated { writer.line("@available(*, deprecated)") }
                if member.storage == member.name {
                    writer.line("\(names.access)var \(member.name): \(member.type)")
                } else {
                    // A computed property over storage of another name (no property wrapper:
                    // a `nonisolated` type cannot have one).
                    let value = member.storedValue
                    writer.line("\(names.access)var \(member.name): \(member.type) { get { \(value) } set { \(value) = newValue } }")
                    if member.property.isIndirect {
                        writer.line("private var \(member.storage): \(names.runtime("Indirect"))<\(member.type)>")
                    } else {
                        writer.line("private var \(member.storage): \(member.type)")
                    }
                }
            }
            if let additional = structure.additionalProperties {
                writer.documentation(additional.documentation)
                writer.line("\(names.access)var \(SwiftSpelling.identifier(additional.swiftName)): \(additionalType(additional))")
            }
            if !members.isEmpty { writer.line() }
            writeInitializer(structure, members, to: &writer)
            if !members.isEmpty {
                writer.line()
                writeDecoder(structure, members, to: &writer)
                writer.line()
                writeEncoder(structure, members, to: &writer)
            }
            if structure.hasSecrets {
                writer.line()
                writeMirror(structure, members, to: &writer)
            }
            if structure.additionalProperties != nil {
                writer.line()
                writer.line("/// The members declared above, by their JSON names.")
                let keys = members.map(\.key).joined(separator: ", ")
                writer.line("private static let declaredKeys: \(names.runtime("Set", module: "Swift"))<\(names.runtime("String", module: "Swift"))> = [\(keys)]")
            }
            for nested in structure.nested {
                writer.line()
                write(nested, to: &writer)
            }
        }
    }

    /// A property as code: its names, type and JSON key spelled once for the several
    /// places a struct's declaration uses them.
    private struct Member {
        let property: PlannedProperty
        /// The property's name as written in code.
        let name: String
        /// The stored property's name as written in code: `name`, or other storage behind
        /// a computed property.
        let storage: String
        let type: String
        /// The JSON name as a string literal.
        let key: String

        init(_ property: PlannedProperty, in emitter: ModelEmitter) {
            self.property = property
            name = SwiftSpelling.identifier(property.swiftName)
            storage = property.storageName == property.swiftName ? name : SwiftSpelling.identifier(property.storageName)
            type = emitter.typeSpelling(property)
            key = SwiftSpelling.stringLiteral(property.jsonName)
        }

        /// The stored value as an expression: the storage, or the value it holds out of line.
        var storedValue: String {
            property.isIndirect ? storage + ".wrappedValue" : storage
        }
    }

    /// What wraps a value the way `member`'s storage holds it: `Indirect(wrappedValue: `
    /// and `)`, or nothing.
    private func boxing(_ member: Member) -> (open: String, close: String) {
        member.property.isIndirect ? ("\(names.runtime("Indirect"))(wrappedValue: ", ")") : ("", "")
    }

    private func typeSpelling(_ property: PlannedProperty) -> String {
        let type = names.spelling(property.type)
        if property.isNullable { return "\(names.runtime("Nullable"))<\(type)>?" }
        return property.isOptional ? type + "?" : type
    }

    private func additionalType(_ additional: PlannedAdditionalProperties) -> String {
        names.spelling(.dictionary(additional.valueType))
    }

    /// A literal from the spec as Swift source.
    func literal(_ value: PlannedLiteral) -> String {
        switch value {
        case .null: "nil"
        case .bool(let value): value ? "true" : "false"
        case .number(let text): text
        case .string(let text): SwiftSpelling.stringLiteral(text)
        case .enumCase(let name): "." + SwiftSpelling.identifier(name)
        }
    }

    /// The memberwise initializer's parameter for `property`: `name: Type`, with its
    /// default when it has one.
    func initializerParameter(_ property: PlannedProperty) -> String {
        initializerParameter(Member(property, in: self))
    }

    private func initializerParameter(_ member: Member) -> String {
        let property = member.property
        let defaultValue =
            property.encodesNull ? "" : property.isOptional ? " = nil" : property.defaultValue.map { " = " + literal($0) } ?? ""
        return "\(member.name): \(member.type)\(defaultValue)"
    }

    private func writeInitializer(_ structure: PlannedStruct, _ members: [Member], to writer: inout SwiftWriter) {
        writer.line("/// Creates a value from its properties.")
        var parameters = members.map(initializerParameter)
        if let additional = structure.additionalProperties {
            parameters.append("\(SwiftSpelling.identifier(additional.swiftName)): \(additionalType(additional)) = [:]")
        }
        if parameters.isEmpty {
            writer.line("\(names.access)init() {}")
            return
        }
        let assignments: (inout SwiftWriter) -> Void = { writer in
            for member in members {
                let box = boxing(member)
                writer.line("self.\(member.storage) = \(box.open)\(member.name)\(box.close)")
            }
            if let additional = structure.additionalProperties {
                let name = SwiftSpelling.identifier(additional.swiftName)
                writer.line("self.\(name) = \(name)")
            }
        }
        // On one line when it fits in 100 columns (generated names and types are ASCII,
        // where bytes are columns).
        let columns = names.access.utf8.count + "init()".utf8.count + parameters.reduce(2 * (parameters.count - 1)) { $0 + $1.utf8.count }
        if columns <= 100 {
            writer.block("\(names.access)init(\(parameters.joined(separator: ", ")))", assignments)
        } else {
            writer.line("\(names.access)init(")
            writer.list(parameters)
            writer.block(")", assignments)
        }
    }

    /// How a property's JSON differs from its Swift type, as the `JSONKey` container
    /// methods name it: `Int64` and `Int64List` for 64-bit integers in strings.
    private static func codingSuffix(_ property: PlannedProperty) -> String {
        switch property.coding {
        case .standard: property.isNullable ? "Nullable" : ""
        case .int64String: "Int64"
        case .int64StringArray: "Int64List"
        }
    }

    private func writeDecoder(_ structure: PlannedStruct, _ members: [Member], to writer: inout SwiftWriter) {
        writer.block("\(names.access)init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.container(keyedBy: \(names.runtime("JSONKey")).self)")
            for member in members {
                let call = member.property.isOptional ? "optional" : "required"
                let box = boxing(member)
                writer.line("self.\(member.storage) = try \(box.open)container.\(call)\(Self.codingSuffix(member.property))(\(member.key))\(box.close)")
            }
            if let additional = structure.additionalProperties {
                writer.line("self.\(SwiftSpelling.identifier(additional.swiftName)) = try container.additionalProperties(excluding: Self.declaredKeys)")
            }
        }
    }

    /// `customMirror`: the members as `dump` and `print` show them, secrets redacted.
    private func writeMirror(_ structure: PlannedStruct, _ members: [Member], to writer: inout SwiftWriter) {
        let secrets = members.filter(\.property.isSecret).map { "`\($0.property.swiftName)`" }
        let named = secrets.count == 1 ? "secret \(secrets[0])" : "secrets " + secrets.dropLast().joined(separator: ", ") + " and \(secrets.last!)"
        writer.line("/// The members as `print`, string interpolation and `dump` show them, with the")
        writer.line("/// \(named) shown as `<redacted>`.")
        let mirror = names.runtime("Mirror", module: "Swift")
        writer.block("\(names.access)var customMirror: \(mirror)") { writer in
            writer.line("\(mirror)(")
            var children = members.map { member in
                let value = member.property.isSecret ? "\"<redacted>\"" : member.property.isOptional ? "\(member.name) as Any" : member.name
                return "\(SwiftSpelling.stringLiteral(member.property.swiftName)): \(value)"
            }
            if let additional = structure.additionalProperties {
                let name = SwiftSpelling.identifier(additional.swiftName)
                children.append("\(SwiftSpelling.stringLiteral(additional.swiftName)): \(name)")
            }
            writer.line("    self,")
            writer.line("    children: [")
            for child in children { writer.line("        \(child),") }
            writer.line("    ],")
            writer.line("    displayStyle: .struct")
            writer.line(")")
        }
    }

    private func writeEncoder(_ structure: PlannedStruct, _ members: [Member], to writer: inout SwiftWriter) {
        writer.block("\(names.access)func encode(to encoder: any Encoder) throws") { writer in
            writer.line("var container = encoder.container(keyedBy: \(names.runtime("JSONKey")).self)")
            for member in members {
                let suffix = member.property.encodesNull ? "OrNull" : Self.codingSuffix(member.property)
                writer.line("try container.put\(suffix)(self.\(member.storedValue), \(member.key))")
            }
            if let additional = structure.additionalProperties {
                writer.line("try container.putAdditionalProperties(self.\(SwiftSpelling.identifier(additional.swiftName)))")
            }
        }
    }
}
