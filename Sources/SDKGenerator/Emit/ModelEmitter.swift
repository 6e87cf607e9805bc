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
        writer.documentation(structure.documentation)
        writer.block("\(names.typeModifiers)struct \(structure.name): Codable, Hashable, Sendable") { writer in
            for property in structure.properties {
                writer.documentation(property.documentation)
                if property.deprecated { writer.line("@available(*, deprecated)") }
                let name = SwiftSpelling.identifier(property.swiftName)
                if property.storageName == property.swiftName {
                    writer.line("\(names.access)var \(name): \(typeSpelling(property))")
                } else {
                    // A computed property over storage of another name (no property wrapper:
                    // a `nonisolated` type cannot have one).
                    let value = storedValue(property)
                    writer.line("\(names.access)var \(name): \(typeSpelling(property)) { get { \(value) } set { \(value) = newValue } }")
                    writer.line("private var \(storage(property)): \(storedType(property))")
                }
            }
            if let additional = structure.additionalProperties {
                writer.documentation(additional.documentation)
                writer.line("\(names.access)var \(SwiftSpelling.identifier(additional.swiftName)): \(additionalType(additional))")
            }
            if !structure.properties.isEmpty { writer.line() }
            writeInitializer(structure, to: &writer)
            if !structure.properties.isEmpty {
                writer.line()
                writeDecoder(structure, to: &writer)
                writer.line()
                writeEncoder(structure, to: &writer)
            }
            if structure.additionalProperties != nil {
                writer.line()
                writer.line("/// The members declared above, by their JSON names.")
                let keys = structure.properties.map { SwiftSpelling.stringLiteral($0.jsonName) }.joined(separator: ", ")
                writer.line("private static let declaredKeys: \(names.runtime("Set", module: "Swift"))<\(names.runtime("String", module: "Swift"))> = [\(keys)]")
            }
            for nested in structure.nested {
                writer.line()
                write(nested, to: &writer)
            }
        }
    }

    /// The stored property's name as written in code.
    private func storage(_ property: PlannedProperty) -> String {
        SwiftSpelling.identifier(property.storageName)
    }

    /// The stored value as an expression: the storage, or the value it holds out of line.
    private func storedValue(_ property: PlannedProperty) -> String {
        property.isIndirect ? storage(property) + ".wrappedValue" : storage(property)
    }

    /// The type of the stored property.
    private func storedType(_ property: PlannedProperty) -> String {
        property.isIndirect ? "\(names.runtime("Indirect"))<\(typeSpelling(property))>" : typeSpelling(property)
    }

    /// `expression`, boxed as the stored property holds it.
    private func stored(_ expression: String, for property: PlannedProperty) -> String {
        property.isIndirect ? "\(names.runtime("Indirect"))(wrappedValue: \(expression))" : expression
    }

    private func typeSpelling(_ property: PlannedProperty) -> String {
        let type = names.spelling(property.type)
        if property.isNullable { return "\(names.runtime("Nullable"))<\(type)>?" }
        return type + (property.isOptional ? "?" : "")
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
        let defaultValue = property.isOptional ? " = nil" : property.defaultValue.map { " = " + literal($0) } ?? ""
        return "\(SwiftSpelling.identifier(property.swiftName)): \(typeSpelling(property))\(defaultValue)"
    }

    private func writeInitializer(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.line("/// Creates a value from its properties.")
        var parameters = structure.properties.map(initializerParameter)
        if let additional = structure.additionalProperties {
            parameters.append("\(SwiftSpelling.identifier(additional.swiftName)): \(additionalType(additional)) = [:]")
        }
        let single = "\(names.access)init(\(parameters.joined(separator: ", ")))"
        if parameters.isEmpty {
            writer.line("\(names.access)init() {}")
            return
        }
        let assignments: (inout SwiftWriter) -> Void = { writer in
            for property in structure.properties {
                writer.line("self.\(storage(property)) = \(stored(SwiftSpelling.identifier(property.swiftName), for: property))")
            }
            if let additional = structure.additionalProperties {
                let name = SwiftSpelling.identifier(additional.swiftName)
                writer.line("self.\(name) = \(name)")
            }
        }
        // Generated names and types are ASCII, where bytes are characters.
        if single.utf8.count <= 100 {
            writer.block(Code(single), assignments)
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

    private func writeDecoder(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.block("\(names.access)init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.container(keyedBy: \(names.runtime("JSONKey")).self)")
            for property in structure.properties {
                let call = (property.isOptional ? "optional" : "required") + Self.codingSuffix(property)
                let key = SwiftSpelling.stringLiteral(property.jsonName)
                writer.line("self.\(storage(property)) = try \(stored("container.\(call)(\(key))", for: property))")
            }
            if let additional = structure.additionalProperties {
                writer.line("self.\(SwiftSpelling.identifier(additional.swiftName)) = try container.additionalProperties(excluding: Self.declaredKeys)")
            }
        }
    }

    private func writeEncoder(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.block("\(names.access)func encode(to encoder: any Encoder) throws") { writer in
            writer.line("var container = encoder.container(keyedBy: \(names.runtime("JSONKey")).self)")
            for property in structure.properties {
                let method = "put" + Self.codingSuffix(property)
                let key = SwiftSpelling.stringLiteral(property.jsonName)
                writer.line("try container.\(method)(self.\(storedValue(property)), \(key))")
            }
            if let additional = structure.additionalProperties {
                writer.line("try container.putAdditionalProperties(self.\(SwiftSpelling.identifier(additional.swiftName)))")
            }
        }
    }
}
