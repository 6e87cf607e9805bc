/// Prints model declarations: structs, open enums and typealiases.
struct ModelEmitter {
    let names: RuntimeNames

    func emit(_ declarations: [PlannedDeclaration]) -> String {
        var writer = SwiftWriter(capacity: declarations.count * 1024)
        SwiftEmitter.preamble(&writer)
        for declaration in declarations {
            write(declaration, to: &writer)
            writer.line()
        }
        writer.trimTrailingEmptyLine()
        return writer.text
    }

    private func write(_ declaration: PlannedDeclaration, to writer: inout SwiftWriter) {
        switch declaration {
        case .structure(let structure): write(structure, to: &writer)
        case .enumeration(let enumeration): write(enumeration, to: &writer)
        case .union(let union): write(union, to: &writer)
        case .alias(let name, let type, let documentation):
            writer.documentation(documentation)
            writer.line("\(names.access)typealias \(name) = \(names.spelling(type))")
        }
    }

    private func write(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.documentation(structure.documentation)
        writer.block("\(names.access)struct \(structure.name): Codable, Hashable, Sendable") { writer in
            for property in structure.properties {
                writer.documentation(property.documentation)
                let wrapper = property.isIndirect ? "@\(names.runtime("Indirect")) " : ""
                if property.deprecated {
                    // Stored under another name, so the type's own code uses it without warnings.
                    writer.line("@available(*, deprecated)")
                    let name = Naming.identifier(property.swiftName)
                    writer.line("\(names.access)var \(name): \(typeSpelling(property)) { get { \(storage(property)) } set { \(storage(property)) = newValue } }")
                    writer.line("\(wrapper)private var \(storage(property)): \(typeSpelling(property))")
                } else {
                    writer.line("\(wrapper)\(names.access)var \(Naming.identifier(property.swiftName)): \(typeSpelling(property))")
                }
            }
            if !structure.properties.isEmpty { writer.line() }
            writeInitializer(structure, to: &writer)
            if !structure.properties.isEmpty {
                writer.line()
                writeDecoder(structure, to: &writer)
                writer.line()
                writeEncoder(structure, to: &writer)
            }
            for nested in structure.nested {
                writer.line()
                write(nested, to: &writer)
            }
        }
    }

    /// The stored property's name: a deprecated property is stored as `_name`.
    private func storage(_ property: PlannedProperty) -> String {
        property.deprecated ? "_" + property.swiftName : Naming.identifier(property.swiftName)
    }

    private func typeSpelling(_ property: PlannedProperty) -> String {
        names.spelling(property.type) + (property.isOptional ? "?" : "")
    }

    private func writeInitializer(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.line("/// Creates a value from its properties.")
        let parameters = structure.properties.map { property in
            "\(Naming.identifier(property.swiftName)): \(typeSpelling(property))\(property.isOptional ? " = nil" : "")"
        }
        let single = "\(names.access)init(\(parameters.joined(separator: ", ")))"
        if parameters.isEmpty {
            writer.line("\(names.access)init() {}")
            return
        }
        let assignments: (inout SwiftWriter) -> Void = { writer in
            for property in structure.properties {
                writer.line("self.\(storage(property)) = \(Naming.identifier(property.swiftName))")
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
        switch property.type {
        case .builtin(.int64String): "Int64"
        case .array(.builtin(.int64String)): "Int64List"
        default: ""
        }
    }

    private func writeDecoder(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.block("\(names.access)init(from decoder: any Decoder) throws") { writer in
            writer.line("let container = try decoder.container(keyedBy: \(names.runtime("JSONKey")).self)")
            for property in structure.properties {
                let call = (property.isOptional ? "optional" : "required") + Self.codingSuffix(property)
                let key = SwiftSyntax.stringLiteral(property.jsonName)
                writer.line("self.\(storage(property)) = try container.\(call)(\(key))")
            }
        }
    }

    private func writeEncoder(_ structure: PlannedStruct, to writer: inout SwiftWriter) {
        writer.block("\(names.access)func encode(to encoder: any Encoder) throws") { writer in
            writer.line("var container = encoder.container(keyedBy: \(names.runtime("JSONKey")).self)")
            for property in structure.properties {
                let method = "put" + Self.codingSuffix(property)
                let key = SwiftSyntax.stringLiteral(property.jsonName)
                writer.line("try container.\(method)(self.\(storage(property)), \(key))")
            }
        }
    }

    private func write(_ union: PlannedUnion, to writer: inout SwiftWriter) {
        writer.documentation(union.documentation)
        let keyword = union.isIndirect ? "\(names.access)indirect enum" : "\(names.access)enum"
        let jsonValue = names.spelling(.builtin(.jsonValue))
        writer.block("\(keyword) \(union.name): Codable, Hashable, Sendable") { writer in
            for unionCase in union.cases {
                writer.line("case \(Naming.identifier(unionCase.name))(\(names.spelling(unionCase.type)))")
            }
            writer.line("/// A value matching none of the alternatives above, kept as it was decoded.")
            writer.line("case undocumented(\(jsonValue))")
            writer.line()
            // Through a single-value container, so the decoder's date and data strategies apply.
            writer.block("\(names.access)init(from decoder: any Decoder) throws") { writer in
                writer.line("let container = try decoder.singleValueContainer()")
                if let discriminator = union.discriminator {
                    let string = names.runtime("String", module: "Swift")
                    let key = SwiftSyntax.stringLiteral(discriminator)
                    writer.line("let kind: \(string)? = try? decoder.container(keyedBy: \(names.runtime("JSONKey")).self).optional(\(key))")
                    writer.switchBlock("kind") { writer in
                        for unionCase in union.cases where !unionCase.discriminatorValues.isEmpty {
                            let values = unionCase.discriminatorValues.map(SwiftSyntax.stringLiteral).joined(separator: ", ")
                            writer.line("case \(values): self = .\(Naming.identifier(unionCase.name))(try container.decode(\(names.spelling(unionCase.type)).self))")
                        }
                        writer.line("default: self = .undocumented(try container.decode(\(jsonValue).self))")
                    }
                } else {
                    for (index, unionCase) in union.cases.enumerated() {
                        let keyword = index == 0 ? "if" : "} else if"
                        writer.line("\(keyword) let value = try? container.decode(\(names.spelling(unionCase.type)).self) {")
                        writer.indented { $0.line("self = .\(Naming.identifier(unionCase.name))(value)") }
                    }
                    writer.line("} else {")
                    writer.indented { $0.line("self = .undocumented(try container.decode(\(jsonValue).self))") }
                    writer.line("}")
                }
            }
            writer.line()
            writer.block("\(names.access)func encode(to encoder: any Encoder) throws") { writer in
                writer.line("var container = encoder.singleValueContainer()")
                writer.switchBlock("self") { writer in
                    for unionCase in union.cases {
                        writer.line("case .\(Naming.identifier(unionCase.name))(let value): try container.encode(value)")
                    }
                    writer.line("case .undocumented(let value): try container.encode(value)")
                }
            }
            for nested in union.nested {
                writer.line()
                write(nested, to: &writer)
            }
        }
    }

    private func write(_ enumeration: PlannedEnum, to writer: inout SwiftWriter) {
        writer.documentation(enumeration.documentation)
        let rawType = names.runtime(enumeration.rawType.rawValue, module: "Swift")
        let literal: (String) -> String = { value in
            enumeration.rawType == .string ? SwiftSyntax.stringLiteral(value) : value
        }
        writer.block("\(names.access)enum \(enumeration.name): \(names.runtime("OpenEnum"))") { writer in
            for enumCase in enumeration.cases {
                writer.line("case \(Naming.identifier(enumCase.name))")
            }
            writer.line("/// A value this version of the SDK does not know.")
            writer.line("case undocumented(\(rawType))")
            writer.line()
            writer.line("/// Creates the case for `rawValue`, or ``undocumented(_:)`` keeping it.")
            writer.block("\(names.access)init(rawValue: \(rawType))") { writer in
                writer.switchBlock("rawValue") { writer in
                    for enumCase in enumeration.cases {
                        writer.line("case \(literal(enumCase.rawValue)): self = .\(Naming.identifier(enumCase.name))")
                    }
                    writer.line("default: self = .undocumented(rawValue)")
                }
            }
            writer.line()
            writer.line("/// The value as sent over the wire.")
            writer.block("\(names.access)var rawValue: \(rawType)") { writer in
                writer.switchBlock("self") { writer in
                    for enumCase in enumeration.cases {
                        writer.line("case .\(Naming.identifier(enumCase.name)): \(literal(enumCase.rawValue))")
                    }
                    writer.line("case .undocumented(let value): value")
                }
            }
        }
    }
}
