import SDKGenDiagnostics

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

    /// `value` as a Swift string literal, escaping what must be escaped: quotes,
    /// backslashes, control characters, and the code points that do not show as themselves
    /// (`InvisibleCharacters`: a bidirectional override such as U+202E becomes `\u{202e}`).
    static func stringLiteral(_ value: String) -> String {
        // Nearly every literal is printable ASCII without a quote or backslash: as it is.
        let isPlain = value.utf8.allSatisfy { byte in
            let character = Unicode.Scalar(byte)
            return (" "..."~").contains(character) && character != "\"" && character != "\\"
        }
        if isPlain { return "\"" + value + "\"" }
        var literal = "\""
        literal.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": literal += #"\\"#
            case "\"": literal += #"\""#
            case "\n": literal += #"\n"#
            case "\r": literal += #"\r"#
            case "\t": literal += #"\t"#
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || InvisibleCharacters.contains(scalar):
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            default: literal.unicodeScalars.append(scalar)
            }
        }
        literal += "\""
        return literal
    }
}

/// Spellings of generated, Swift, Foundation and runtime types, qualified with their
/// module where a generated type takes the same name.
struct RuntimeNames {
    /// Names generated types take.
    let shadowed: Set<String>
    let accessLevel: GeneratorOptions.AccessLevel
    /// The access modifier and a space, or nothing for `internal`.
    let access: String
    /// The modifiers of a type declaration: the access modifier and `nonisolated`, so the
    /// types keep no actor isolation in an app target whose default isolation is the main
    /// actor (Xcode 26's default for new app targets, where the build plugin puts them).
    let typeModifiers: String

    init(shadowed: Set<String>, accessLevel: GeneratorOptions.AccessLevel) {
        self.shadowed = shadowed
        self.accessLevel = accessLevel
        access = accessLevel == .internal ? "" : accessLevel.rawValue + " "
        typeModifiers = access + "nonisolated "
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
