/// Finds where values start in JSON text, by skimming the text; used only to place
/// diagnostics and examples.
enum JSONLocator {
    /// The 1-based line and column of byte `offset`.
    static func lineAndColumn(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.count(where: { $0 == JSONScanner.newline }) + 1
        let lineStart = before.lastIndex(of: JSONScanner.newline).map { $0 + 1 } ?? 0
        return (line, max(offset, lineStart) - lineStart + 1)
    }

    /// The offsets of the members (by key) or elements (by position) of the object or
    /// array whose value starts at `offset`; empty for any other value.
    static func children(ofValueAt offset: Int, in bytes: [UInt8]) -> [String: Int] {
        var scanner = JSONScanner(bytes: bytes)
        scanner.offset = offset
        var children: [String: Int] = [:]
        if scanner.current == JSONScanner.openBrace {
            scanner.offset += 1
            repeat {
                scanner.skipSpace()
                guard scanner.current == JSONScanner.quote else { break }
                let key = scanner.readString()
                guard scanner.consume(JSONScanner.colon) else { break }
                scanner.skipSpace()
                children[key] = scanner.offset
                scanner.skipValue()
            } while scanner.consume(JSONScanner.comma)
        } else if scanner.current == JSONScanner.openBracket {
            scanner.offset += 1
            var position = 0
            repeat {
                scanner.skipSpace()
                guard let byte = scanner.current, byte != JSONScanner.closeBracket else { break }
                children[String(position)] = scanner.offset
                scanner.skipValue()
                position += 1
            } while scanner.consume(JSONScanner.comma)
        }
        return children
    }
}
