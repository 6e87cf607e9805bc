/// Turning names from a spec into Swift identifiers.
enum Naming {
    /// Type names that cannot be declared, or would break generated code if they were.
    static let reservedTypeNames: Set<String> = [
        "Type", "Self", "Protocol", "Any", "Sendable", "Codable", "Encodable", "Decodable", "Hashable",
        "Equatable", "CodingKey", "CodingKeys", "Swift", "Foundation", "SDKRuntime", "OpenEnum",
        "Optional", "Array", "Dictionary", "Set",
    ]

    /// `some-name_here` → `SomeNameHere`; keeps inner capitals (`WebhookID` stays).
    static func typeName(_ raw: String) -> String {
        name(raw, member: false)
    }

    /// `Some_name`, `some-name`, `SOME_NAME` → `someName`; `ID` → `id`.
    static func memberName(_ raw: String) -> String {
        name(raw, member: true)
    }

    /// A property name: a member name that cannot clash with `self` or `init` in an initializer.
    static func propertyName(_ raw: String) -> String {
        let name = memberName(raw)
        return ["self", "init", "Type", "Protocol", "Self"].contains(name) ? name + "Value" : name
    }

    /// A type or member name from the words of `raw`: its runs of ASCII letters and digits
    /// (every other character separates words). A name in capitals with several words, or
    /// more than three characters, is lower-cased first (`WAITING_CALLBACK`). Each word
    /// then starts with a capital, but a member name's first word, whose leading capitals
    /// are lower-cased (`URLValue` → `urlValue`). A name starting with a digit gets `_`.
    private static func name(_ raw: String, member: Bool) -> String {
        var raw = raw
        return raw.withUTF8 { bytes in
            // Words are runs of ASCII letters and digits; any other character separates
            // them, but any letter counts in whether the name is in capitals.
            var hasLetter = false
            var hasLowercase = false
            var hasOtherText = false
            for byte in bytes {
                switch kind(byte) {
                case .lowercase:
                    hasLowercase = true
                    hasLetter = true
                case .uppercase: hasLetter = true
                case .digit: break
                case .separator: hasOtherText = hasOtherText || byte >= 0x80
                }
            }
            if hasOtherText {
                for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where !scalar.isASCII {
                    hasLowercase = hasLowercase || scalar.properties.isLowercase
                    hasLetter = hasLetter || scalar.properties.isAlphabetic
                }
            }
            let shouting = !hasLowercase && hasLetter
            return name(words: bytes, characterCount: { String(decoding: bytes, as: UTF8.self).count }, shouting: shouting, member: member)
        }
    }

    /// The name made of the words in `bytes`: runs of ASCII letters and digits, anything
    /// else separating them; `shouting` when the name is in capitals.
    private static func name(
        words bytes: UnsafeBufferPointer<UInt8>, characterCount: () -> Int, shouting: Bool, member: Bool
    ) -> String {
        var wordCount = 0
        var inWord = false
        for byte in bytes {
            let isWord = kind(byte) != .separator
            if isWord, !inWord { wordCount += 1 }
            inWord = isWord
        }
        guard wordCount > 0 else { return member ? "value" : "Value" }
        let lowercased = shouting && (wordCount > 1 || characterCount() > 3)
        return String(unsafeUninitializedCapacity: bytes.count + 1) { output in
            var count = 0
            var word = -1
            var index = 0
            while index < bytes.count {
                guard Self.kind(bytes[index]) != .separator else {
                    index += 1
                    continue
                }
                var end = index
                while end < bytes.count, Self.kind(bytes[end]) != .separator { end += 1 }
                word += 1
                if word == 0, Self.kind(bytes[index]) == .digit {
                    output[count] = UInt8(ascii: "_")
                    count += 1
                }
                // How many leading bytes of the word are lower-cased; the first is then
                // capitalised unless it is the first word of a member name.
                var lower = 0
                if lowercased {
                    lower = end - index
                } else if member, word == 0 {
                    let capitals = bytes[index..<end].prefix { Self.kind($0) == .uppercase }.count
                    lower = capitals == end - index ? capitals : max(capitals - 1, min(capitals, 1))
                }
                for offset in index..<end {
                    var byte = bytes[offset]
                    if offset - index < lower, Self.kind(byte) == .uppercase { byte += 32 }
                    if offset == index, !(member && word == 0), Self.kind(byte) == .lowercase { byte -= 32 }
                    output[count] = byte
                    count += 1
                }
                index = end
            }
            return count
        }
    }

    private enum ByteKind { case lowercase, uppercase, digit, separator }

    private static func kind(_ byte: UInt8) -> ByteKind {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): .lowercase
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): .uppercase
        case UInt8(ascii: "0")...UInt8(ascii: "9"): .digit
        default: .separator
        }
    }

    /// Hands out unique names: a taken name gets the smallest free number appended.
    struct Scope {
        private(set) var taken: Set<String>
        /// For a name claimed more than once, the number to try next: names are never
        /// given back, so every smaller number is still taken. Without it, thousands of
        /// values named alike (`a中`, `a国`, … are all `a`) took minutes.
        private var nextNumber: [String: Int] = [:]

        init(reserved: Set<String> = []) {
            taken = reserved
        }

        mutating func reserve(_ names: Set<String>) {
            taken.formUnion(names)
        }

        mutating func claim(_ name: String) -> String {
            if taken.insert(name).inserted { return name }
            var number = nextNumber[name, default: 2]
            while !taken.insert("\(name)\(number)").inserted { number += 1 }
            nextNumber[name] = number + 1
            return "\(name)\(number)"
        }
    }
}
