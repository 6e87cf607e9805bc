/// Turning names from a spec into Swift identifiers.
enum Naming {
    /// Type names that cannot be declared, or would break generated code if they were.
    static let reservedTypeNames: Set<String> = [
        "Type", "Self", "Protocol", "Any", "Sendable", "Codable", "Encodable", "Decodable", "Hashable",
        "Equatable", "CodingKey", "CodingKeys", "Swift", "Foundation", "SDKRuntime", "OpenEnum",
        "Optional", "Array", "Dictionary", "Set",
    ]

    /// Types of the standard library, Foundation and Concurrency that app code names
    /// without a module: a generated top-level type of one of these names would make such
    /// code fail to compile (`Task { … }`, `struct Failure: Error`) in every file that
    /// imports the SDK.
    static let standardTypeNames: Set<String> = [
        "Actor", "AnyObject", "AsyncSequence", "AsyncStream", "Bool", "Bundle", "Calendar", "Character", "Clock",
        "Codable", "Collection", "Comparable", "Data", "Date", "DateComponents", "Decimal", "Dictionary", "Double",
        "Duration", "Error", "Expression", "FileManager", "Float", "Hashable", "Identifiable", "Int", "Int32", "Int64",
        "JSONDecoder", "JSONEncoder", "Locale", "MainActor", "Measurement", "Never", "Notification", "Operation",
        "Predicate", "Process", "Range", "Regex", "Result", "Sequence", "String", "Substring", "Task", "TaskGroup",
        "Thread", "TimeInterval", "TimeZone", "Timer", "UInt", "URL", "URLRequest", "URLSession", "UUID", "Unit",
        "Void",
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

    private static let longestAcronym = acronyms.map(\.count).max() ?? 0

    /// Abbreviations written in capitals in Swift names, as the Swift API Design
    /// Guidelines ask (`appID`, `imageURL`, `AWSRegion`); a plural keeps its `s` (`userIDs`).
    static let acronyms: Set<String> = [
        "acl", "ai", "api", "arn", "ascii", "aws", "cdn", "cpu", "css", "csv", "dns", "ftp", "gcp", "gpu", "guid",
        "html", "http", "https", "iam", "id", "ip", "json", "jwt", "mfa", "oidc", "os", "otp", "pdf", "ram", "rgb",
        "saml", "sdk", "sha", "sms", "smtp", "sql", "ssh", "ssl", "sso", "tcp", "tls", "ttl", "udp", "ui", "uri",
        "url", "urn", "utf8", "uuid", "vpn", "xml",
    ]

    /// A type or member name from the words of `raw`: runs of ASCII letters and digits,
    /// cut where the case changes (`imageUrl`, `AWSRegion`); every other character
    /// separates words. A name in capitals with several words, or more than three
    /// characters, is lower-cased first (`WAITING_CALLBACK`). Each word then starts with a
    /// capital, and an abbreviation is all capitals, but a member name's first word is
    /// all lower case (`URLValue` → `urlValue`). A name starting with a digit gets `_`.
    ///
    /// Names are ASCII, so they are made as UTF-8 bytes: a planner names tens of thousands
    /// of things, and Unicode-aware string building cost more than the rest of naming.
    private static func name(_ raw: String, member: Bool) -> String {
        let bytes = Array(raw.utf8)
        let runs = bytes.split { kind(of: $0) == .separator }
        guard !runs.isEmpty else { return member ? "value" : "Value" }
        let shouting = isInCapitals(raw) && (runs.count > 1 || raw.count > 3)
        let words = shouting ? runs : runs.flatMap(camelCaseWords)
        var name: [UInt8] = []
        name.reserveCapacity(bytes.count + 1)
        if kind(of: words[0].first!) == .digit { name.append(contentsOf: "_".utf8) }
        for (index, word) in words.enumerated() {
            spell(word, shouting: shouting, first: index == 0, member: member, into: &name)
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Whether `raw` has letters and none in lower case; any letter counts, not only ASCII.
    private static func isInCapitals(_ raw: String) -> Bool {
        var hasLetter = false
        for scalar in raw.unicodeScalars {
            if scalar.isASCII {
                switch kind(of: UInt8(scalar.value)) {
                case .lowercase: return false
                case .uppercase: hasLetter = true
                case .digit, .separator: break
                }
            } else if scalar.properties.isLowercase {
                return false
            } else if scalar.properties.isAlphabetic {
                hasLetter = true
            }
        }
        return hasLetter
    }

    /// The words of `run` (ASCII letters and digits), cut where a lower-case letter or a
    /// digit meets a capital (`image|Url`) and before the last capital of a run followed by
    /// a lower-case letter (`AWS|Region`), but not before a plural's `s` (`IDs`).
    private static func camelCaseWords(_ run: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        var words: [ArraySlice<UInt8>] = []
        var start = run.startIndex
        for index in run.indices.dropFirst() {
            let previous = kind(of: run[index - 1])
            let current = kind(of: run[index])
            let next = index + 1 < run.endIndex ? kind(of: run[index + 1]) : .separator
            let beforePluralS = index + 2 == run.endIndex && Unicode.Scalar(run[index + 1]) == "s"
            if ((previous == .lowercase || previous == .digit) && current == .uppercase)
                || (previous == .uppercase && current == .uppercase && next == .lowercase && !beforePluralS)
            {
                words.append(run[start..<index])
                start = index
            }
        }
        words.append(run[start...])
        return words
    }

    /// Appends one word of a name: the first word of a member name in lower case, an
    /// abbreviation in capitals (a plural keeping its `s`), any other word with a capital
    /// first letter (the rest in lower case for a name in capitals, else as written).
    private static func spell(
        _ word: ArraySlice<UInt8>, shouting: Bool, first: Bool, member: Bool, into name: inout [UInt8]
    ) {
        if member && first {
            name += word.lazy.map(lowercased)
            return
        }
        // No abbreviation, even a plural one, is longer than that: most words are not looked up.
        let abbreviation = word.count <= longestAcronym + 1 ? String(decoding: word.lazy.map(lowercased), as: UTF8.self) : ""
        if acronyms.contains(abbreviation) {
            name += word.lazy.map(uppercased)
            return
        }
        if word.count > 2, abbreviation.hasSuffix("s"), acronyms.contains(String(abbreviation.dropLast())) {
            name += word.dropLast().lazy.map(uppercased)
            name += "s".utf8
            return
        }
        name.append(uppercased(word.first!))
        for byte in word.dropFirst() { name.append(shouting ? lowercased(byte) : byte) }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        kind(of: byte) == .uppercase ? byte + 32 : byte
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        kind(of: byte) == .lowercase ? byte - 32 : byte
    }

    /// What a byte is to a name: ASCII letters and digits make words; everything else,
    /// the bytes of other characters included, separates them.
    private enum ByteKind { case lowercase, uppercase, digit, separator }

    private static func kind(of byte: UInt8) -> ByteKind {
        switch Unicode.Scalar(byte) {
        case "a"..."z": .lowercase
        case "A"..."Z": .uppercase
        case "0"..."9": .digit
        default: .separator
        }
    }

    /// Hands out unique names: a taken name gets the smallest free number appended.
    /// The singular of an English plural type name, by its ending (`Customers`,
    /// `Addresses`, `Policies`, `Boxes`, `Statuses`); any other name as it is.
    static func singular(_ name: String) -> String {
        for (plural, single) in [("ies", "y"), ("sses", "ss"), ("uses", "us"), ("xes", "x"), ("ches", "ch"), ("shes", "sh")]
        where name.hasSuffix(plural) && name.count > plural.count {
            return name.dropLast(plural.count) + single
        }
        if name.hasSuffix("s"), !name.hasSuffix("ss"), name.count > 1 { return String(name.dropLast()) }
        return name
    }

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

        /// Room for `count` more names, so that claiming them does not grow the set step by step.
        mutating func reserveCapacity(_ count: Int) {
            taken.reserveCapacity(taken.count + count)
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
