// The usage example in each operation's doc comment: the shortest call that compiles,
// with values for the required arguments only, the spec's own where it gives them (see
// `SnippetSamples`).
//
//     let response = try await client.webhooks.test(id: "id")
//
// Decided last as the operation is planned, as it reads the operation's sequences, stream
// and body-properties overload, and the planned models its values are made of.

extension Planner {
    /// Adds `operation`'s usage example, when it can have one, to its sending method's
    /// documentation; `groupProperty` is the client's property for its group.
    static func addSnippet(to operation: inout PlannedOperation, groupProperty: String, types: PlannedTypes) {
        guard let snippet = snippet(of: operation, groupProperty: groupProperty, values: SnippetValues(types: types)) else { return }
        operation.snippet = snippet
        let code = (["```swift"] + snippet + ["```"]).joined(separator: "\n")
        if let streaming = operation.streaming, streaming.replacesSender {
            operation.streaming?.documentation = OperationDocumentation.inserting(code, into: streaming.documentation)
        } else {
            operation.senderDocumentation = OperationDocumentation.inserting(code, into: operation.senderDocumentation)
        }
    }

    /// The lines of `operation`'s example, or `nil` when it is deprecated or a required
    /// argument has no value a snippet can spell.
    private static func snippet(of operation: PlannedOperation, groupProperty: String, values: SnippetValues) -> [String]? {
        guard !operation.deprecated else { return nil }
        var arguments: [String] = []
        if let flattened = operation.flattenedBody {
            for argument in flattened.arguments {
                switch argument {
                case .operation(let argument) where !argument.isOptional:
                    guard let value = values.value(of: argument.type, named: argument.label, sample: argument.sample) else { return nil }
                    arguments.append("\(argument.label): \(value)")
                case .property(let property) where property.requiresArgument:
                    guard let value = values.value(of: property) else { return nil }
                    arguments.append("\(property.swiftName): \(value)")
                default:
                    continue
                }
            }
        } else {
            for argument in operation.arguments where !argument.isOptional {
                guard let value = values.value(of: argument.type, named: argument.label, sample: argument.sample) else { return nil }
                arguments.append("\(argument.label): \(value)")
            }
        }
        let items = operation.pagination?.items
        let stream = operation.streaming?.replacesSender == true
        let method = items?.name ?? operation.swiftName
        let call = "client.\(SwiftSpelling.identifier(groupProperty)).\(SwiftSpelling.identifier(method))(\(arguments.joined(separator: ", ")))"
        if items != nil || stream {
            let element = items != nil ? "item" : "event"
            return ["for try await \(element) in \(call) {", "    print(\(element))", "}"]
        }
        return [operation.discardableResult ? "try await \(call)" : "let response = try await \(call)"]
    }
}

/// Values of the planned types, as a snippet spells them: the sample the spec gives
/// (`"AC0000…"`, `42`), else `"id"` (the name), `0`, `.firstCase`, `Type(required: …)`, and
/// an array of one such value.
struct SnippetValues {
    let types: PlannedTypes
    /// How deep a value may nest structs in structs.
    static let depthLimit = 4

    /// A value for an argument `property` requires: one of its type, else `nil` when it
    /// can be `nil` (a required nullable property).
    func value(of property: PlannedProperty, depth: Int = 0) -> String? {
        value(of: property.type, named: property.swiftName, sample: property.sample, depth: depth) ?? (property.isOptional ? "nil" : nil)
    }

    /// A value of `type` for the argument or property `name`, `sample` where it fits;
    /// `nil` when there is none to spell (a deprecated type, an enum without cases, nesting
    /// past `depthLimit`).
    func value(of type: TypeReference, named name: String, sample: PlannedLiteral? = nil, depth: Int = 0) -> String? {
        switch type {
        case .array(let element):
            // One item, as a required array is rarely meant to be empty; none of a shape
            // a snippet spells only as an empty literal.
            switch element {
            case .array, .dictionary, .builtin(.jsonValue), .builtin(.fieldMask), .builtin(.empty): return "[]"
            default: return value(of: element, named: name, sample: sample, depth: depth + 1).map { "[\($0)]" } ?? "[]"
            }
        case .dictionary: return "[:]"
        case .builtin(let builtin):
            switch builtin {
            case .string:
                if case .string(let text)? = sample { return SwiftSpelling.stringLiteral(text) }
                // Nothing constrains the value: one its name suggests.
                let lowered = name.lowercased()
                if lowered.hasSuffix("url") || lowered.hasSuffix("uri") { return SwiftSpelling.stringLiteral("https://example.com") }
                if lowered.hasSuffix("email") { return SwiftSpelling.stringLiteral("user@example.com") }
                return SwiftSpelling.stringLiteral(name)
            case .int, .int32, .int64:
                if case .number(let text)? = sample, Int64(text) != nil { return text }
                return "0"
            case .double, .float:
                if case .number(let text)? = sample, Double(text) != nil { return text }
                return "0"
            case .bool:
                if case .bool(let flag)? = sample { return String(flag) }
                return "false"
            case .date: return "Date()"
            case .uuid: return "UUID()"
            case .url: return "URL(string: \"https://example.com\")!"
            case .data: return "Data()"
            case .filePart: return "FilePart(Data(), filename: \"\(name).bin\")"
            case .jsonValue: return "[:]"
            case .fieldMask: return "[]"
            case .empty: return nil
            }
        case .named(let typeName):
            guard depth < Self.depthLimit, let declaration = types.declaration(named: typeName) else { return nil }
            switch declaration {
            case .structure(let structure):
                guard !structure.deprecated else { return nil }
                var members: [String] = []
                for property in structure.properties where property.requiresArgument {
                    guard let value = value(of: property, depth: depth + 1) else { return nil }
                    members.append("\(property.swiftName): \(value)")
                }
                return "\(typeName)(\(members.joined(separator: ", ")))"
            case .enumeration(let enumeration):
                let wanted: String? = switch sample {
                case .string(let text)?, .number(let text)?: text
                default: nil
                }
                let chosen = enumeration.cases.first { $0.rawValue == wanted } ?? enumeration.cases.first
                return chosen.map { "." + SwiftSpelling.identifier($0.name) }
            case .union(let union):
                for unionCase in union.cases {
                    if let value = value(of: unionCase.type, named: name, depth: depth + 1) {
                        return ".\(SwiftSpelling.identifier(unionCase.name))(\(value))"
                    }
                }
                return nil
            case .alias(let alias):
                return value(of: alias.type, named: name, depth: depth + 1)
            }
        }
    }
}
