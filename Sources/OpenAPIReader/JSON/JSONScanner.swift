import Foundation

/// A cursor over JSON text that Foundation has already accepted, for the two questions
/// Foundation's objects cannot answer: where a value was written, and which key an
/// object repeats. It skims rather than parses, so it trusts the text to be valid.
struct JSONScanner {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let newline = UInt8(ascii: "\n")
    static let openers: Set<UInt8> = [openBrace, openBracket]
    static let closers: Set<UInt8> = [closeBrace, closeBracket]
    static let whitespace: Set<UInt8> = [0x20, 0x0A, 0x0D, 0x09]

    let bytes: [UInt8]
    var offset = 0

    init(bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func skipSpace() {
        while let byte = current, Self.whitespace.contains(byte) { offset += 1 }
    }

    /// The string whose opening quote is at `offset`, unescaped; moves past its closing
    /// quote. Keys rarely hold escapes, so only those that do go through Foundation.
    mutating func readString() -> String {
        let start = offset
        skipString()
        let raw = bytes[start..<min(offset, bytes.count)]
        guard raw.contains(Self.backslash) else {
            return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
        }
        return (try? JSONDecoder().decode(String.self, from: Data(raw))) ?? String(decoding: raw, as: UTF8.self)
    }

    /// Moves past the string whose opening quote is at `offset`.
    mutating func skipString() {
        offset = Self.closingQuote(after: offset, in: bytes).map { $0 + 1 } ?? bytes.count
    }

    /// Moves past the value at `offset`: a string, an array or object with everything in
    /// it, or a number or literal up to the comma or bracket after it.
    mutating func skipValue() {
        var depth = 0
        while let byte = current {
            if byte == Self.quote {
                skipString()
                if depth == 0 { return }
                continue
            }
            if Self.openers.contains(byte) {
                depth += 1
            } else if Self.closers.contains(byte) {
                if depth == 0 { return }
                depth -= 1
                if depth == 0 {
                    offset += 1
                    return
                }
            } else if byte == Self.comma, depth == 0 {
                return
            }
            offset += 1
        }
    }

    /// Whether the next byte that is not white space is `byte`; moves past it if so.
    mutating func consume(_ byte: UInt8) -> Bool {
        skipSpace()
        guard current == byte else { return false }
        offset += 1
        return true
    }

    /// The offset of the quote that closes the string opened at `opening`: the next quote
    /// that an odd run of backslashes does not escape.
    static func closingQuote(after opening: Int, in bytes: [UInt8]) -> Int? {
        var search = opening + 1
        while let quote = bytes[min(search, bytes.count)...].firstIndex(of: Self.quote) {
            let backslashes = bytes[..<quote].reversed().prefix { $0 == Self.backslash }.count
            if backslashes % 2 == 0 { return quote }
            search = quote + 1
        }
        return nil
    }
}
