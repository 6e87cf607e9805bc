import OpenAPIReader

/// Inline schemas written the same way in several places, such as the same object
/// written out under 57 properties: each becomes one top-level type, declared once and
/// used everywhere, instead of a nested copy per place.
///
/// Schemas are told apart by a fingerprint of everything that shapes their declaration
/// (kinds, members, names, formats, values, documentation), not by where they are. A
/// request body itself is never shared: it is named for its operation.
struct SharedInlineSchemas {
    /// Fingerprints of inline schemas met more than once.
    private let fingerprints: Set<String>

    /// Counts the inline objects and unions met in `components` and `operations`, the
    /// way planning meets them.
    init(index: ComponentIndex, components: [String], operations: [APIOperation]) {
        var counter = Counter()
        for name in components {
            if let schema = index.schemas[name] { counter.visitInside(schema) }
        }
        for operation in operations {
            for parameter in operation.parameters { counter.visit(parameter.schema) }
            // A body is its operation's own type, named for it, even when another is
            // written the same way; what it holds may be shared.
            for media in operation.requestBody?.content ?? [] { media.schema.map { counter.visitInside($0) } }
            for response in operation.responses {
                for media in response.content { media.schema.map { counter.visit($0) } }
            }
        }
        fingerprints = Set(counter.counts.filter { $0.value > 1 }.keys)
    }

    /// Whether the schema with `fingerprint` is written in several places.
    func contains(_ fingerprint: String) -> Bool {
        fingerprints.contains(fingerprint)
    }

    /// `inline HASH`: what identifies the type of the schema with `fingerprint` across
    /// versions of a spec, whatever name it is given. FNV-1a, the same on every platform.
    static func origin(ofFingerprint fingerprint: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in fingerprint.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "inline " + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The fingerprint of a schema that can be shared (an object declared as a struct, or
    /// a union); `nil` for anything else.
    static func fingerprint(of schema: Schema) -> String? {
        switch schema.kind {
        case .object(let properties, let additional) where !properties.isEmpty || additional.isClosed:
            break
        case .oneOf(let members, _) where Planner.enumAlternatives(members, schema: schema) == nil:
            break
        default:
            return nil
        }
        var text = ""
        describe(schema, into: &text)
        return text
    }

    /// Counts fingerprints, visiting a shared schema's inside only the first time.
    private struct Counter {
        var counts: [String: Int] = [:]

        mutating func visit(_ schema: Schema) {
            if let fingerprint = SharedInlineSchemas.fingerprint(of: schema) {
                counts[fingerprint, default: 0] += 1
                if counts[fingerprint]! > 1 { return }
            }
            visitInside(schema)
        }

        mutating func visitInside(_ schema: Schema) {
            switch schema.kind {
            case .array(let items):
                visit(items)
            case .object(let properties, let additional):
                for property in properties { visit(property.schema) }
                if case .schema(let values) = additional { visit(values) }
            case .allOf(let members):
                // Merged into one struct: their members' properties are what is declared.
                for member in members { visitInside(member) }
            case .oneOf(let members, _):
                for member in members { visit(member) }
            case .any, .reference, .boolean, .integer, .number, .string:
                break
            }
        }
    }

    /// Appends a description of everything about `schema` that shapes its declaration.
    private static func describe(_ schema: Schema, into text: inout String) {
        switch schema.kind {
        case .any: text += "any"
        case .reference(let name): text += "ref(\(name))"
        case .boolean: text += "bool"
        case .integer: text += "int"
        case .number: text += "num"
        case .string: text += "str"
        case .array(let items):
            text += "array("
            describe(items, into: &text)
            text += ")"
        case .object(let properties, let additional):
            text += "object("
            for property in properties {
                text += "\(property.name.utf8.count):\(property.name)\(property.required ? "!" : "?")"
                describe(property.schema, into: &text)
                text += ","
            }
            switch additional {
            case .unspecified: text += "+unspecified"
            case .any: text += "+any"
            case .forbidden: text += "+forbidden"
            case .schema(let values):
                text += "+"
                describe(values, into: &text)
            }
            text += ")"
        case .allOf(let members):
            text += "allOf("
            for member in members {
                describe(member, into: &text)
                text += ","
            }
            text += ")"
        case .oneOf(let members, let discriminator):
            text += "oneOf("
            if let discriminator {
                text += "by \(discriminator.propertyName):"
                for key in discriminator.mapping.keys.sorted() { text += "\(key)=\(discriminator.mapping[key]!);" }
            }
            for member in members {
                describe(member, into: &text)
                text += ","
            }
            text += ")"
        }
        text += "{"
        if let format = schema.format { text += "format=\(format)|" }
        if let values = schema.enumValues { text += "enum=\(values.map { "\($0.text.utf8.count):\($0.text)" }.joined())|" }
        if let names = schema.enumNames { text += "names=\(names.map { "\($0.utf8.count):\($0)" }.joined())|" }
        if schema.nullable { text += "null|" }
        if schema.readOnly { text += "ro|" }
        if schema.writeOnly { text += "wo|" }
        if schema.deprecated { text += "dep|" }
        if let title = schema.title { text += "title=\(title.utf8.count):\(title)|" }
        if let description = schema.description { text += "doc=\(description.utf8.count):\(description)|" }
        if let value = schema.defaultValue?.scalar { text += "default=\(value.text.utf8.count):\(value.text)|" }
        if let name = schema.nameOverride { text += "as=\(name)|" }
        if let name = schema.configuredName { text += "named=\(name)|" }
        if let names = schema.configuredCaseNames {
            for value in names.keys.sorted() { text += "case=\(value.utf8.count):\(value)=\(names[value]!)|" }
        }
        text += "}"
    }
}
