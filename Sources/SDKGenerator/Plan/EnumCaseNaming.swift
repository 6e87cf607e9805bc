import OpenAPIReader

// String and integer enums as open enums, and the names of their cases.

extension Planner {
    /// An open enum with a case per distinct value of `schema`.
    func enumeration(named name: String, for schema: Schema) -> PlannedEnum {
        let isInteger = { if case .integer = schema.kind { true } else { false } }()
        let texts = (schema.enumValues ?? []).map(\.text)
        return PlannedEnum(
            name: name, documentation: Self.documentation(of: schema, named: name),
            rawType: isInteger ? .int : .string, cases: Self.enumCases(texts, names: schema.enumNames ?? [], configured: schema.configuredCaseNames ?? [:], isInteger: isInteger))
    }

    /// A case per distinct value: named as the configuration names it (`configured`, by
    /// value, used as written), else by `names` where it gives a name for the value's
    /// position (`x-enum-varnames`, or the titles of constants), else integers as `value1`
    /// and `minus1`, strings as member names after dropping the prefix every value shares
    /// (`WEBHOOK_STATE_`).
    static func enumCases(
        _ values: [String], names: [String] = [], configured: [String: String] = [:], isInteger: Bool
    ) -> [PlannedEnum.Case] {
        let prefix = isInteger ? "" : commonWordPrefix(values)
        var scope = Naming.Scope(reserved: ["undocumented", "rawValue", "init", "isKnown"])
        var cases: [PlannedEnum.Case] = []
        var seen: Set<String> = []
        for (index, value) in values.enumerated() where seen.insert(value).inserted {
            let base: String
            if let name = configured[value] {
                base = name
            } else if index < names.count, !names[index].isEmpty {
                base = Naming.memberName(names[index])
            } else if isInteger {
                base = value.hasPrefix("-") ? "minus" + value.dropFirst() : "value" + value
            } else {
                let stripped = String(value.dropFirst(prefix.count))
                base = stripped.isEmpty ? "empty" : caseName(stripped, whole: value)
            }
            cases.append(PlannedEnum.Case(name: scope.claim(base), rawValue: value))
        }
        return cases
    }

    /// A string value's case name: `+` as `plus` and `-` before a digit as `minus` (so
    /// `Etc/GMT+1` and `Etc/GMT-1` stay apart); when what is left after the shared prefix
    /// names a member the enum needs (`init`), the whole value's name.
    private static func caseName(_ stripped: String, whole: String) -> String {
        let name = Naming.memberName(spellingSymbols(stripped))
        guard ["init", "rawValue", "undocumented", "isKnown"].contains(name) else { return name }
        return Naming.memberName(spellingSymbols(whole))
    }

    /// `text` with `+` and `-` before a digit written as words.
    private static func spellingSymbols(_ text: String) -> String {
        guard text.contains(where: { $0 == "+" || $0 == "-" }) else { return text }
        var result = ""
        var previous: Character?
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            if character == "+" {
                result += " plus "
            } else if character == "-", next?.isNumber == true, previous?.isNumber != true {
                result += " minus "
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    /// The longest prefix ending in `_` shared by every value whose removal leaves each
    /// value a name that starts with a letter (`WEBHOOK_STATE_` of `WEBHOOK_STATE_PENDING`).
    static func commonWordPrefix(_ values: [String]) -> String {
        guard values.count > 1, let first = values.first else { return "" }
        // Compared as bytes: `_` is ASCII, so a cut after it is always between characters.
        var length = first.utf8.count
        for value in values.dropFirst() {
            var common = 0
            for (a, b) in zip(first.utf8.prefix(length), value.utf8) {
                guard a == b else { break }
                common += 1
            }
            length = common
        }
        guard let cut = first.utf8.prefix(length).lastIndex(of: UInt8(ascii: "_")) else { return "" }
        let candidate = first.utf8[...cut]
        let valid = values.allSatisfy { value in
            value[value.utf8.index(value.utf8.startIndex, offsetBy: candidate.count)...].first?.isLetter ?? false
        }
        return valid ? String(Substring(candidate)) : ""
    }
}
