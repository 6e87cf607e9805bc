// `oneOf` and `anyOf` unions: a case per alternative, chosen by the discriminator or by
// how well the value fits each alternative's JSON shape, and `undocumented` keeping any
// other value.

extension ModelEmitter {
    func write(_ union: PlannedUnion, to writer: inout SwiftWriter) {
        writer.documentation(union.documentation)
        let keyword = union.isIndirect ? "\(names.typeModifiers)indirect enum" : "\(names.typeModifiers)enum"
        let jsonValue = names.spelling(.builtin(.jsonValue))
        let fallbacks = names.runtime("DecodingFallbacks")
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
                        for branch in union.discriminatorBranches {
                            let values = branch.values.map(SwiftSpelling.stringLiteral).joined(separator: ", ")
                            if let only = branch.cases.first, branch.cases.count == 1 {
                                let unionCase = union.cases[only]
                                writer.line("case \(values): self = .\(SwiftSpelling.identifier(unionCase.name))(try container.decode(\(names.spelling(unionCase.type)).self))")
                            } else {
                                writer.line("case \(values):")
                                writer.indented { writer in
                                    writeMatchByShape(among: branch.cases, of: union, to: &writer)
                                }
                            }
                        }
                        writer.line("default:")
                        writer.indented { writer in
                            writer.line("let value = try container.decode(\(jsonValue).self)")
                            writer.line("\(fallbacks).report(value, of: Self.self, in: decoder)")
                            writer.line("self = .undocumented(value)")
                        }
                    }
                } else {
                    writeMatchByShape(among: Array(union.cases.indices), of: union, to: &writer)
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
            if union.matchesByShape {
                writer.line()
                writer.line("/// What each alternative looks like in JSON, in the order of the cases.")
                writer.line("private static let shapes: [\(names.runtime("JSONShape"))] = [")
                writer.indented { writer in
                    for unionCase in union.cases {
                        writer.line("\(shape(unionCase.shape)),")
                    }
                }
                writer.line("]")
            }
            for nested in union.nested {
                writer.line()
                write(nested, to: &writer)
            }
        }
    }

    /// Decodes the first of the cases at `indices` the value fits best, or keeps it as
    /// `undocumented`.
    private func writeMatchByShape(among indices: [Int], of union: PlannedUnion, to writer: inout SwiftWriter) {
        writer.line("let value = try container.decode(\(names.spelling(.builtin(.jsonValue))).self)")
        writer.block("for alternative in \(names.runtime("JSONShape")).candidates(for: value, among: Self.shapes)") { writer in
            writer.switchBlock("alternative") { writer in
                for index in indices {
                    let unionCase = union.cases[index]
                    let name = SwiftSpelling.identifier(unionCase.name)
                    writer.line("case \(index): if let value = try? container.decode(\(names.spelling(unionCase.type)).self) { self = .\(name)(value); return }")
                }
                writer.line("default: break")
            }
        }
        writer.line("\(names.runtime("DecodingFallbacks")).report(value, of: Self.self, in: decoder)")
        writer.line("self = .undocumented(value)")
    }

    /// `JSONShape(...)` for `shape`.
    private func shape(_ shape: PlannedShape) -> String {
        let kinds: [(PlannedShape.Kinds, String)] = [
            (.null, "null"), (.boolean, "boolean"), (.integer, "integer"), (.number, "number"), (.string, "string"),
            (.array, "array"), (.object, "object"),
        ]
        let named = kinds.filter { shape.kinds.contains($0.0) }.map { "." + $0.1 }
        var arguments = [shape.kinds == .any ? ".any" : named.count == 1 ? named[0] : "[\(named.joined(separator: ", "))]"]
        if !shape.values.isEmpty { arguments.append("values: [\(shape.values.map(literal).joined(separator: ", "))]") }
        if !shape.required.isEmpty { arguments.append("required: [\(shape.required.map(SwiftSpelling.stringLiteral).joined(separator: ", "))]") }
        if !shape.properties.isEmpty {
            arguments.append("properties: [\(shape.properties.map(SwiftSpelling.stringLiteral).joined(separator: ", "))]")
        }
        if !shape.constants.isEmpty {
            let pairs = shape.constants.map { "\(SwiftSpelling.stringLiteral($0.name)): [\($0.values.map(literal).joined(separator: ", "))]" }
            arguments.append("constants: [\(pairs.joined(separator: ", "))]")
        }
        return "\(names.runtime("JSONShape"))(\(arguments.joined(separator: ", ")))"
    }
}
