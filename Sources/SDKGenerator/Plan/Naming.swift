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
    /// Written straight into one buffer from the bytes where they lie: a planner names
    /// tens of thousands of things, and an array for each word cost more than the rest.
    private static func name(_ raw: String, member: Bool) -> String {
        var raw = raw
        return raw.withUTF8 { bytes in
            // Any letter counts in whether the name is in capitals.
            var hasLetter = false
            var hasLowercase = false
            var hasOtherText = false
            var runCount = 0
            var inRun = false
            for byte in bytes {
                let kind = kind(byte)
                switch kind {
                case .lowercase:
                    hasLowercase = true
                    hasLetter = true
                case .uppercase: hasLetter = true
                case .digit: break
                case .separator: hasOtherText = hasOtherText || byte >= 0x80
                }
                if kind != .separator, !inRun { runCount += 1 }
                inRun = kind != .separator
            }
            if hasOtherText {
                for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars where !scalar.isASCII {
                    hasLowercase = hasLowercase || scalar.properties.isLowercase
                    hasLetter = hasLetter || scalar.properties.isAlphabetic
                }
            }
            guard runCount > 0 else { return member ? "value" : "Value" }
            let shouting = hasLetter && !hasLowercase
                && (runCount > 1 || String(decoding: bytes, as: UTF8.self).count > 3)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 1)
            var isFirstWord = true
            var start: Int?
            for index in 0...bytes.count {
                let isWord = index < bytes.count && kind(bytes[index]) != .separator
                if isWord, start == nil { start = index }
                guard !isWord, let runStart = start else { continue }
                start = nil
                let run = UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                if shouting {
                    spell(run, shouting: true, first: isFirstWord, member: member, into: &output)
                    isFirstWord = false
                    continue
                }
                forEachCamelCaseWord(in: run) { word in
                    spell(word, shouting: false, first: isFirstWord, member: member, into: &output)
                    isFirstWord = false
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Calls `body` with the words of `run` (letters and digits), cut where a lower-case
    /// letter meets a capital (`image|Url`) and before the last capital of a run followed
    /// by a lower-case letter (`AWS|Region`), but not before a plural's `s` (`IDs`).
    private static func forEachCamelCaseWord(
        in run: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        var start = 0
        for index in run.indices.dropFirst() {
            let previous = kind(run[index - 1])
            let current = kind(run[index])
            let next = index + 1 < run.count ? kind(run[index + 1]) : .separator
            let cut = ((previous == .lowercase || previous == .digit) && current == .uppercase)
                || (previous == .uppercase && current == .uppercase && next == .lowercase
                    && !(index + 2 == run.count && run[index + 1] == UInt8(ascii: "s")))
            if cut {
                body(UnsafeBufferPointer(rebasing: run[start..<index]))
                start = index
            }
        }
        body(UnsafeBufferPointer(rebasing: run[start...]))
    }

    /// Appends one word of a name: the first word of a member name in lower case, an
    /// abbreviation in capitals, any other word with a capital first letter (the rest in
    /// lower case for a name in capitals, else as written). A name starting with a digit
    /// gets `_` first.
    private static func spell(
        _ word: UnsafeBufferPointer<UInt8>, shouting: Bool, first: Bool, member: Bool, into output: inout [UInt8]
    ) {
        if first, kind(word[0]) == .digit { output.append(UInt8(ascii: "_")) }
        if member && first {
            output.append(contentsOf: word.lazy.map(lowercased))
            return
        }
        if acronymKeys.contains(acronymKey(word[...])) {
            output.append(contentsOf: word.lazy.map(uppercased))
            return
        }
        if word.count > 2, lowercased(word[word.count - 1]) == UInt8(ascii: "s"), acronymKeys.contains(acronymKey(word.dropLast())) {
            output.append(contentsOf: word.dropLast().lazy.map(uppercased))
            output.append(UInt8(ascii: "s"))
            return
        }
        output.append(uppercased(word[0]))
        for byte in word.dropFirst() { output.append(shouting ? lowercased(byte) : byte) }
    }

    /// A word of up to eight bytes in lower case packed into an integer (0 for a longer
    /// one, which is no abbreviation): looked up without making a string.
    private static func acronymKey(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> UInt64 {
        guard word.count <= 8 else { return 0 }
        return word.reduce(0) { $0 << 8 | UInt64(lowercased($1)) }
    }

    private static let acronymKeys: Set<UInt64> = Set(acronyms.map { word in
        var word = word
        return word.withUTF8 { acronymKey($0[...]) }
    })

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        kind(byte) == .uppercase ? byte + 32 : byte
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        kind(byte) == .lowercase ? byte - 32 : byte
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
