import Foundation
import OpenAPIReader

/// The values usage examples show, chosen so the spec accepts them: the spec's own example
/// when it fits its schema, else its default or first `enum` value, else a value built to
/// match its `pattern` or fit its `format`. For an array, a value of its items.
///
/// Specs repeat a few patterns thousands of times (Twilio's SIDs), so each pattern's
/// regular expression and sample are made once per run.
struct SnippetSamples {
    private var expressions: [String: NSRegularExpression?] = [:]
    private var patternSamples: [String: String?] = [:]

    /// A sample for a value of `schema`, looking first at `examples` (a parameter's own);
    /// `nil` when the spec says nothing a value must be.
    mutating func sample(of schema: Schema, examples: [Node] = [], index: ComponentIndex) -> PlannedLiteral? {
        var schema = index.resolved(schema)
        var examples = examples + schema.examples
        if case .array(let items) = schema.kind {
            // An array's example gives its items' values.
            examples = examples.compactMap { $0.items?.first }
            schema = index.resolved(items)
            examples += schema.examples
        }
        let validation = ExampleValidation(index: index)
        for example in examples where example.scalar.map({ !$0.isNull }) == true {
            var problems: [String] = []
            validation.check(example, against: schema, at: "$", problems: &problems)
            if problems.isEmpty, matches(example.scalar!.text, schema.pattern), let literal = Self.literal(example.scalar!, of: schema) {
                return literal
            }
        }
        if let value = schema.defaultValue?.scalar, !value.isNull, let literal = Self.literal(value, of: schema) { return literal }
        if let value = schema.enumValues?.first, let literal = Self.literal(value, of: schema) { return literal }
        guard case .string = schema.kind else { return nil }
        if let pattern = schema.pattern, let text = patternSample(pattern) { return .string(text) }
        return Self.formatSamples[schema.format ?? ""].map { .string($0) }
    }

    /// A string matching `pattern`, checked against it; `nil` when none can be made.
    private mutating func patternSample(_ pattern: String) -> String? {
        if let known = patternSamples[pattern] { return known }
        let text = PatternSample.text(matching: pattern).flatMap { matches($0, pattern) ? $0 : nil }
        patternSamples[pattern] = .some(text)
        return text
    }

    /// Whether `text` matches `pattern` (anywhere, as JSON Schema asks); `true` without one,
    /// and for a pattern Foundation cannot read.
    mutating func matches(_ text: String, _ pattern: String?) -> Bool {
        guard let pattern else { return true }
        if expressions[pattern] == nil { expressions[pattern] = .some(try? NSRegularExpression(pattern: pattern)) }
        guard let expression = expressions[pattern]! else { return true }
        return expression.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// Strings that fit a format, for the formats typed as `String`.
    private static let formatSamples: [String: String] = [
        "email": "user@example.com", "date": "2024-01-31", "date-time": "2024-01-31T12:00:00Z", "uri": "https://example.com",
        "url": "https://example.com", "hostname": "example.com", "ipv4": "192.0.2.1", "ipv6": "2001:db8::1", "time": "12:00:00",
        "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    ]

    /// `scalar` as a literal of `schema`'s kind; `nil` when it is not one.
    private static func literal(_ scalar: Scalar, of schema: Schema) -> PlannedLiteral? {
        switch schema.kind {
        case .string: .string(scalar.text)
        case .integer: scalar.int.map { .number(String($0)) }
        case .number: scalar.double.flatMap { $0.isFinite ? .number(scalar.text) : nil }
        case .boolean: scalar.bool.map { .bool($0) }
        default: nil
        }
    }
}

/// A string built to match a regular expression, for the patterns specs write for IDs and
/// codes (`^AC[0-9a-fA-F]{32}$`, `[A-Z]{2}-\d+`): literals, escapes, classes, groups with
/// alternatives and quantifiers, each repeated as few times as it allows (once for `+`).
/// `nil` for anything else, such as look-arounds or back-references.
enum PatternSample {
    static func text(matching pattern: String) -> String? {
        var parser = Parser(characters: Array(pattern))
        guard let text = parser.sequence(), parser.isAtEnd else { return nil }
        return text
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        var isAtEnd: Bool { position >= characters.count }

        /// Alternatives separated by `|`: the first one's text.
        mutating func sequence() -> String? {
            guard let first = alternative() else { return nil }
            while position < characters.count, characters[position] == "|" {
                position += 1
                guard alternative() != nil else { return nil }
            }
            return first
        }

        private mutating func alternative() -> String? {
            var text = ""
            while position < characters.count, characters[position] != "|", characters[position] != ")" {
                let character = characters[position]
                if character == "^" || character == "$" {
                    position += 1
                    continue
                }
                guard let atom = atom(), let count = quantifier() else { return nil }
                text += String(repeating: atom, count: count)
            }
            return text
        }

        /// One character's worth of the pattern (or a group's text).
        private mutating func atom() -> String? {
            let character = characters[position]
            position += 1
            switch character {
            case "(":
                if position < characters.count, characters[position] == "?" {
                    // Only a non-capturing group; look-arounds cannot be sampled.
                    guard position + 1 < characters.count, characters[position + 1] == ":" else { return nil }
                    position += 2
                }
                guard let text = sequence(), position < characters.count, characters[position] == ")" else { return nil }
                position += 1
                return text
            case "[": return characterClass()
            case "\\": return escape().map(String.init)
            case ".": return "a"
            case "*", "+", "?", "{", "}", ")", "]": return nil
            default: return String(character)
            }
        }

        /// A character an escape stands for: a class's sample, or the character itself.
        private mutating func escape() -> Character? {
            guard position < characters.count else { return nil }
            let character = characters[position]
            position += 1
            switch character {
            case "d": return "1"
            case "w": return "a"
            case "s": return " "
            case "D", "W", "S", "b", "B", "p", "P", "k", "1"..."9": return nil
            default: return character.isLetter || character.isNumber ? nil : character
            }
        }

        /// `[…]`: its first member, or for a negated class a letter it leaves out.
        private mutating func characterClass() -> String? {
            var negated = false
            if position < characters.count, characters[position] == "^" {
                negated = true
                position += 1
            }
            var members: [Character] = []
            while position < characters.count, characters[position] != "]" || members.isEmpty {
                var character = characters[position]
                position += 1
                if character == "\\" {
                    guard let escaped = escape() else { return nil }
                    character = escaped
                }
                if position + 1 < characters.count, characters[position] == "-", characters[position + 1] != "]" {
                    position += 2  // a range: its first character stands for it
                }
                members.append(character)
            }
            guard position < characters.count else { return nil }
            position += 1
            if negated { return ["a", "b", "x", "1"].first { !members.contains($0) }.map(String.init) }
            return members.first.map(String.init)
        }

        /// How many times the atom before it is written: the least the quantifier allows,
        /// but at least once for `+`; once without one.
        private mutating func quantifier() -> Int? {
            guard position < characters.count else { return 1 }
            switch characters[position] {
            case "*", "?":
                position += 1
                skipLazy()
                return 0
            case "+":
                position += 1
                skipLazy()
                return 1
            case "{":
                guard let close = characters[position...].firstIndex(of: "}") else { return nil }
                let body = String(characters[(position + 1)..<close])
                position = close + 1
                skipLazy()
                guard let low = Int(body.split(separator: ",", omittingEmptySubsequences: false).first ?? ""), low <= 256 else {
                    return nil
                }
                return low
            default:
                return 1
            }
        }

        private mutating func skipLazy() {
            if position < characters.count, characters[position] == "?" { position += 1 }
        }
    }
}
