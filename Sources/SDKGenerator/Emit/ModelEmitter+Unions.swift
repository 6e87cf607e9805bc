// `oneOf` and `anyOf` unions: a case per alternative, chosen by discriminator or by trying
// each in order, and `undocumented` keeping any other value.

extension ModelEmitter {
    func write(_ union: PlannedUnion, to writer: inout SwiftWriter) {
        writer.documentation(union.documentation)
        let keyword = union.isIndirect ? "\(names.access)indirect enum" : "\(names.access)enum"
        let jsonValue = names.spelling(.builtin(.jsonValue))
        writer.block("\(keyword) \(union.name): Codable, Hashable, Sendable") { writer in
            for unionCase in union.cases {
                writer.line("case \(SwiftSpelling.identifier(unionCase.name))(\(names.spelling(unionCase.type)))")
            }
            writer.line("/// A value matching none of the alternatives above, kept as it was decoded.")
            writer.line("case undocumented(\(jsonValue))")
            writer.line()
            // Through a single-value container, so the decoder's date and data strategies apply.
            writer.block("\(names.access)init(from decoder: any Decoder) throws") { writer in
                writer.line("let container = try decoder.singleValueContainer()")
                if let discriminator = union.discriminator {
                    let string = names.runtime("String", module: "Swift")
                    let key = SwiftSpelling.stringLiteral(discriminator)
                    writer.line("let kind: \(string)? = try? decoder.container(keyedBy: \(names.runtime("JSONKey")).self).optional(\(key))")
                    writer.switchBlock("kind") { writer in
                        for unionCase in union.cases where !unionCase.discriminatorValues.isEmpty {
                            let values = unionCase.discriminatorValues.map(SwiftSpelling.stringLiteral).joined(separator: ", ")
                            writer.line("case \(values): self = .\(SwiftSpelling.identifier(unionCase.name))(try container.decode(\(names.spelling(unionCase.type)).self))")
                        }
                        writer.line("default: self = .undocumented(try container.decode(\(jsonValue).self))")
                    }
                } else {
                    for (index, unionCase) in union.cases.enumerated() {
                        let keyword = index == 0 ? "if" : "} else if"
                        writer.line("\(keyword) let value = try? container.decode(\(names.spelling(unionCase.type)).self) {")
                        writer.indented { $0.line("self = .\(SwiftSpelling.identifier(unionCase.name))(value)") }
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
                        writer.line("case .\(SwiftSpelling.identifier(unionCase.name))(let value): try container.encode(value)")
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
}
