/// Finds where a JSON pointer's value starts in JSON text, by skimming the text; used only
/// to place diagnostics, so it favours simplicity over speed.
enum JSONLocator {
    /// The 1-based line and column of the value at `tokens`, or of the deepest value found.
    static func locate(_ tokens: [String], in bytes: [UInt8]) -> (line: Int, column: Int) {
        var scanner = JSONScanner(bytes: bytes)
        scanner.skipSpace()
        for token in tokens {
            guard enter(token, with: &scanner) else { break }
        }
        return lineAndColumn(ofOffset: scanner.offset, in: bytes)
    }

    /// The 1-based line and column of byte `offset`.
    static func lineAndColumn(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.count(where: { $0 == JSONScanner.newline }) + 1
        let lineStart = before.lastIndex(of: JSONScanner.newline).map { $0 + 1 } ?? 0
        return (line, max(offset, lineStart) - lineStart + 1)
    }

    /// Moves the scanner from the value at its offset to that value's member or element
    /// named `token`; leaves it where it was when there is none.
    private static func enter(_ token: String, with scanner: inout JSONScanner) -> Bool {
        let start = scanner.offset
        if scanner.current == JSONScanner.openBrace {
            scanner.offset += 1
            repeat {
                scanner.skipSpace()
                guard scanner.current == JSONScanner.quote else { break }
                let key = scanner.readString()
                guard scanner.consume(JSONScanner.colon) else { break }
                scanner.skipSpace()
                if key == token { return true }
                scanner.skipValue()
            } while scanner.consume(JSONScanner.comma)
        } else if scanner.current == JSONScanner.openBracket, let wanted = Int(token) {
            scanner.offset += 1
            var position = 0
            repeat {
                scanner.skipSpace()
                if position == wanted { return scanner.current != JSONScanner.closeBracket }
                scanner.skipValue()
                position += 1
            } while scanner.consume(JSONScanner.comma)
        }
        scanner.offset = start
        return false
    }
}
