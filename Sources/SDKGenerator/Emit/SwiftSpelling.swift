/// How names, literals and types are spelled in Swift source.
enum SwiftSpelling {
    /// Swift keywords that need backticks as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "false", "is", "nil", "self", "Self", "super",
        "throws", "true", "try", "await", "async", "some", "any", "consume", "borrowing", "consuming",
    ]

    /// A name as written in code: keywords in backticks.
    static func identifier(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `value` as a Swift string literal, escaping what must be escaped.
    static func stringLiteral(_ value: String) -> String {
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
}

/// Spellings of generated, Swift, Foundation and runtime types, qualified with their
/// module where a generated type takes the same name.
struct RuntimeNames {
    /// Names generated types take.
    let shadowed: Set<String>
    let accessLevel: GeneratorOptions.AccessLevel

    /// The access modifier and a space, or nothing for `internal`.
    var access: String {
        accessLevel == .internal ? "" : accessLevel.rawValue + " "
    }

    func spelling(_ type: TypeReference) -> String {
        switch type {
        case .named(let name):
            return name
        case .builtin(let builtin):
            let (module, name) = builtin.swiftName
            return shadowed.contains(name) ? "\(module).\(name)" : name
        case .array(let element):
            return "[\(spelling(element))]"
        case .dictionary(let value):
            return "[\(runtime("String", module: "Swift")): \(spelling(value))]"
        }
    }

    /// A runtime, Swift or Foundation type by name, qualified when shadowed.
    func runtime(_ name: String, module: String = "SDKRuntime") -> String {
        shadowed.contains(name) ? "\(module).\(name)" : name
    }
}
