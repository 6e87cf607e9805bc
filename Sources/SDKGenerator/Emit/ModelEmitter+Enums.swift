// Open enums: a case per known value and `undocumented` keeping any other.

extension ModelEmitter {
    func write(_ enumeration: PlannedEnum, to writer: inout SwiftWriter) {
        writer.documentation(enumeration.documentation)
        let rawType = names.runtime(enumeration.rawType.rawValue, module: "Swift")
        let literal: (String) -> String = { value in
            enumeration.rawType == .string ? SwiftSpelling.stringLiteral(value) : value
        }
        writer.block("\(names.typeModifiers)enum \(enumeration.name): \(names.runtime("OpenEnum"))") { writer in
            for enumCase in enumeration.cases {
                writer.line("case \(SwiftSpelling.identifier(enumCase.name))")
            }
            writer.line("/// A value this version of the SDK does not know.")
            writer.line("case undocumented(\(rawType))")
            writer.line()
            writer.line("/// Creates the case for `rawValue`, or ``undocumented(_:)`` keeping it.")
            writer.block("\(names.access)init(rawValue: \(rawType))") { writer in
                writer.switchBlock("rawValue") { writer in
                    for enumCase in enumeration.cases {
                        writer.line("case \(literal(enumCase.rawValue)): self = .\(SwiftSpelling.identifier(enumCase.name))")
                    }
                    writer.line("default: self = .undocumented(rawValue)")
                }
            }
            writer.line()
            writer.line("/// The value as sent over the wire.")
            writer.block("\(names.access)var rawValue: \(rawType)") { writer in
                writer.switchBlock("self") { writer in
                    for enumCase in enumeration.cases {
                        writer.line("case .\(SwiftSpelling.identifier(enumCase.name)): \(literal(enumCase.rawValue))")
                    }
                    writer.line("case .undocumented(let value): value")
                }
            }
            writer.line()
            writer.line("/// Whether this is one of the values above, not one kept as ``undocumented(_:)``.")
            writer.block("\(names.access)var isKnown: \(names.runtime("Bool", module: "Swift"))") { writer in
                writer.line("if case .undocumented = self { false } else { true }")
            }
        }
    }
}
