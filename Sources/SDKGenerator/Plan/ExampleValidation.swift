import Foundation
import OpenAPIReader

/// Whether an example fits its own schema, so the examples check can tell an example the
/// spec gets wrong from a value the generated type gets wrong.
///
/// It checks what the generated types depend on: kinds of value, `enum` values, required
/// members, closed objects, and the formats read into Swift types (dates, UUIDs, bytes,
/// 64-bit integers in strings, URLs). `oneOf`/`anyOf` accept a value any alternative fits.
struct ExampleValidation {
    let index: ComponentIndex
    /// Whether a `format: binary` string is a file the SDK uploads (a multipart part),
    /// which the example's text can only stand for.
    var stringsAreFiles = false

    /// Appends to `problems` each way `node` does not fit `schema`, `path` naming where.
    func check(_ node: Node, against schema: Schema, at path: String, problems: inout [String], depth: Int = 0) {
        guard depth < 64 else { return }
        if let scalar = node.scalar, scalar.isNull {
            if !schema.nullable, !isNullable(schema) { problems.append("\(path): null where the schema does not allow it") }
            return
        }
        switch schema.kind {
        case .reference(let name):
            guard let target = index.schemas[name] else { return }
            check(node, against: target, at: path, problems: &problems, depth: depth + 1)
        case .any:
            break
        case .boolean:
            if node.scalar?.bool == nil { problems.append("\(path): expected true or false, found \(describe(node))") }
        case .integer:
            guard let scalar = node.scalar, scalar.int != nil else {
                return problems.append("\(path): expected an integer, found \(describe(node))")
            }
            checkEnum(scalar, schema, at: path, problems: &problems)
        case .number:
            if node.scalar?.double == nil { problems.append("\(path): expected a number, found \(describe(node))") }
        case .string:
            guard let scalar = node.scalar, !scalar.isPlain || (scalar.bool == nil && scalar.double == nil) else {
                return problems.append("\(path): expected a string, found \(describe(node))")
            }
            checkEnum(scalar, schema, at: path, problems: &problems)
            if stringsAreFiles, schema.format == "binary" {
                problems.append("\(path): a file, which the example's text only stands for")
            } else if let format = schema.format, !Self.fits(scalar.text, format: format) {
                problems.append("\(path): '\(scalar.text)' is not a valid \(format)")
            }
        case .array(let items):
            guard let elements = node.items else { return problems.append("\(path): expected an array, found \(describe(node))") }
            for (position, element) in elements.enumerated() {
                check(element, against: items, at: "\(path)[\(position)]", problems: &problems, depth: depth + 1)
            }
        case .object(let properties, let additional):
            checkObject(node, properties: properties, additional: additional, at: path, problems: &problems, depth: depth)
        case .allOf(let members):
            for member in members { check(node, against: member, at: path, problems: &problems, depth: depth + 1) }
        case .oneOf(let members, _):
            var fits = false
            for member in members {
                var memberProblems: [String] = []
                check(node, against: member, at: path, problems: &memberProblems, depth: depth + 1)
                if memberProblems.isEmpty {
                    fits = true
                    break
                }
            }
            if !fits { problems.append("\(path): fits none of the alternatives") }
        }
    }

    private func checkObject(
        _ node: Node, properties: [Property], additional: AdditionalProperties, at path: String, problems: inout [String], depth: Int
    ) {
        guard let entries = node.entries else { return problems.append("\(path): expected an object, found \(describe(node))") }
        var present: Set<String> = []
        for entry in entries {
            guard let key = entry.key.scalar?.text else { continue }
            present.insert(key)
            if let property = properties.first(where: { $0.name == key }) {
                check(entry.value, against: property.schema, at: "\(path).\(key)", problems: &problems, depth: depth + 1)
            } else {
                switch additional {
                case .forbidden: problems.append("\(path): '\(key)' is not a member the schema allows")
                case .schema(let values): check(entry.value, against: values, at: "\(path).\(key)", problems: &problems, depth: depth + 1)
                // A type with declared members keeps no other, unless the schema says
                // any may come; one without is a dictionary that keeps them all.
                case .unspecified where !properties.isEmpty: problems.append("\(path): '\(key)' is not a member the schema declares")
                case .any, .unspecified: break
                }
            }
        }
        for property in properties where property.required && !present.contains(property.name) {
            problems.append("\(path): the required member '\(property.name)' is missing")
        }
    }

    private func checkEnum(_ scalar: Scalar, _ schema: Schema, at path: String, problems: inout [String]) {
        guard let values = schema.enumValues, !values.isEmpty, !values.contains(where: { $0.text == scalar.text }) else { return }
        problems.append("\(path): '\(scalar.text)' is not one of the enum's values")
    }

    /// Whether a value of `schema` may be null, looking through references.
    private func isNullable(_ schema: Schema) -> Bool {
        if case .any = schema.kind { return true }
        return index.resolved(schema).nullable
    }

    private func describe(_ node: Node) -> String {
        if let scalar = node.scalar { return scalar.isPlain ? scalar.text : "'\(scalar.text)'" }
        return node.kindName
    }

    /// Whether `text` is a valid value of the string `format`, for the formats generated
    /// types read into something other than a `String`.
    static func fits(_ text: String, format: String) -> Bool {
        switch format {
        case "date-time":
            return (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))) != nil
                || (try? Date(text, strategy: Date.ISO8601FormatStyle())) != nil
        case "uuid":
            return UUID(uuidString: text) != nil
        case "byte":
            return Data(base64Encoded: text) != nil
        case "int64", "uint64":
            return Int64(text) != nil
        case "uri":
            // RFC 3986 allows no space or other character outside this set; `URL(string:)`
            // would accept them by percent-encoding, which changes the value.
            return text.utf8.allSatisfy(isURICharacter) && URL(string: text) != nil
        default:
            return true
        }
    }

    /// Whether `byte` may appear in a URI: unreserved, reserved, or `%` of an escape.
    private static func isURICharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return uriPunctuation.contains(byte)
        }
    }

    /// The punctuation RFC 3986 allows: unreserved, reserved, and `%` of an escape.
    private static let uriPunctuation = Set("-._~:/?#[]@!$&'()*+,;=%".utf8)
}
