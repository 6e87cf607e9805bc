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
    /// The text between them is copied as it is.
    static func stringLiteral(_ value: String) -> String {
        var value = value
        return value.withUTF8 { bytes in
            var literal: [UInt8] = []
            literal.reserveCapacity(bytes.count + 2)
            literal.append(UInt8(ascii: "\""))
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                let escape: String
                switch byte {
                case UInt8(ascii: "\\"): escape = #"\\"#
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\n"): escape = #"\n"#
                case UInt8(ascii: "\r"): escape = #"\r"#
                case UInt8(ascii: "\t"): escape = #"\t"#
                case 0..<0x20, 0x7F: escape = "\\u{\(String(byte, radix: 16))}"
                case 0xC0...:
                    let (scalar, scalarLength) = InvisibleCharacters.scalar(at: index, in: bytes)
                    length = scalarLength
                    guard InvisibleCharacters.contains(scalar) else {
                        index += length
                        continue
                    }
                    escape = "\\u{\(String(scalar.value, radix: 16))}"
                default:
                    index += 1
                    continue
                }
                literal += UnsafeBufferPointer(rebasing: bytes[start..<index])
                literal += escape.utf8
                index += length
                start = index
            }
            literal += UnsafeBufferPointer(rebasing: bytes[start...])
            literal.append(UInt8(ascii: "\""))
            return String(decoding: literal, as: UTF8.self)
        }
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
