/// Small pieces of Swift syntax: literals, documentation and type spellings.
enum SwiftSyntax {
    /// `value` as a Swift string literal, escaping what must be escaped.
    static func stringLiteral(_ value: String) -> String {
        // Most names and paths need no escaping: printable ASCII without `\` and `"`.
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") && $0 != UInt8(ascii: "\"") }) {
            return "\"" + value + "\""
        }
        var literal = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        return literal + "\""
    }

    /// The lines of a description for a doc comment: line endings normalised, trailing
    /// spaces and leading or trailing empty lines dropped.
    static func documentationLines(_ text: String) -> [String] {
        if let ranges = SwiftWriter.documentationLineRanges(text) { return ranges.map { String(text[$0]) } }
        var lines = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// How a type is spelled in generated code; Swift, Foundation and runtime types are
    /// qualified with their module when a generated type takes the same name.
    static func spelling(_ type: TypeReference, shadowed: Set<String>) -> String {
        switch type {
        case .named(let name):
            return name
        case .builtin(let builtin):
            let (module, name) = builtin.swiftName
            return shadowed.contains(name) ? "\(module).\(name)" : name
        case .array(let element):
            return "[\(spelling(element, shadowed: shadowed))]"
        case .dictionary(let value):
            let key = shadowed.contains("String") ? "Swift.String" : "String"
            return "[\(key): \(spelling(value, shadowed: shadowed))]"
        }
    }
}
