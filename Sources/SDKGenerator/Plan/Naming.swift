/// Turning names from a spec into Swift identifiers.
enum Naming {
    /// Swift keywords that need backticks as identifiers.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "false", "is", "nil", "self", "Self", "super",
        "throws", "true", "try", "await", "async", "some", "any", "consume", "borrowing", "consuming",
    ]

    /// Type names that cannot be declared, or would break generated code if they were.
    static let reservedTypeNames: Set<String> = [
        "Type", "Self", "Protocol", "Any", "Sendable", "Codable", "Encodable", "Decodable", "Hashable",
        "Equatable", "CodingKey", "CodingKeys", "Swift", "Foundation", "SDKRuntime", "OpenEnum",
        "Optional", "Array", "Dictionary", "Set",
    ]

    /// `some-name_here` → `SomeNameHere`; keeps inner capitals (`WebhookID` stays).
    static func typeName(_ raw: String) -> String {
        let name = words(raw).map(capitalizingFirst).joined()
        guard let first = name.first else { return "Value" }
        return first.isNumber ? "_" + name : name
    }

    /// `Some_name`, `some-name`, `SOME_NAME` → `someName`; `ID` → `id`.
    static func memberName(_ raw: String) -> String {
        let parts = words(raw)
        guard let head = parts.first else { return "value" }
        var name = lowercasingLeadingCapitals(head) + parts.dropFirst().map(capitalizingFirst).joined()
        if name.first?.isNumber == true { name = "_" + name }
        return name
    }

    /// A property name: a member name that cannot clash with `self` or `init` in an initializer.
    static func propertyName(_ raw: String) -> String {
        let name = memberName(raw)
        return ["self", "init", "Type", "Protocol", "Self"].contains(name) ? name + "Value" : name
    }

    /// An identifier as written in code: keywords in backticks.
    static func identifier(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// Splits on every character that cannot be in an identifier; an all-capitals word
    /// with underscores (`WAITING_CALLBACK`) becomes lower-case words.
    static func words(_ raw: String) -> [String] {
        if raw.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(raw) }
        let shouting = raw.contains { $0.isLowercase } == false && raw.contains { $0.isLetter }
        var parts: [String] = []
        var current = ""
        for character in raw {
            if character.isLetter || character.isNumber, character.isASCII {
                current.append(character)
            } else if !current.isEmpty {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        return shouting && parts.count > 1 || shouting && raw.count > 3 ? parts.map { $0.lowercased() } : parts
    }

    /// `words` for ASCII text, by bytes: letters are `A`–`Z` and `a`–`z`, numbers `0`–`9`.
    private static func asciiWords(_ raw: String) -> [String] {
        var parts: [String] = []
        var current: [UInt8] = []
        var hasLetter = false
        var hasLowercase = false
        for byte in raw.utf8 {
            let isLowercase = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            let isUppercase = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
            hasLowercase = hasLowercase || isLowercase
            hasLetter = hasLetter || isLowercase || isUppercase
            if isLowercase || isUppercase || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                current.append(byte)
            } else if !current.isEmpty {
                parts.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { parts.append(String(decoding: current, as: UTF8.self)) }
        let shouting = !hasLowercase && hasLetter
        return shouting && (parts.count > 1 || raw.count > 3) ? parts.map { $0.lowercased() } : parts
    }

    static func capitalizingFirst(_ word: String) -> String {
        guard let first = word.first else { return word }
        return first.uppercased() + word.dropFirst()
    }

    /// `URLValue` → `urlValue`, `ID` → `id`, `Name` → `name`.
    static func lowercasingLeadingCapitals(_ word: String) -> String {
        let characters = Array(word)
        var upper = 0
        while upper < characters.count, characters[upper].isUppercase { upper += 1 }
        switch upper {
        case 0: return word
        case characters.count: return word.lowercased()
        case 1: return characters[0].lowercased() + String(characters[1...])
        default: return String(characters[..<(upper - 1)]).lowercased() + String(characters[(upper - 1)...])
        }
    }

    /// Hands out unique names: a taken name gets the smallest free number appended.
    struct Scope {
        private(set) var taken: Set<String>

        init(reserved: Set<String> = []) {
            taken = reserved
        }

        mutating func reserve(_ names: Set<String>) {
            taken.formUnion(names)
        }

        mutating func claim(_ name: String) -> String {
            if taken.insert(name).inserted { return name }
            var number = 2
            while !taken.insert("\(name)\(number)").inserted { number += 1 }
            return "\(name)\(number)"
        }
    }
}
