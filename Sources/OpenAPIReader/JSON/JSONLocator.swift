import SDKGenDiagnostics

/// Finds where a JSON pointer's value starts in JSON text, by skimming the text; used only
/// to place diagnostics, so it favours simplicity over speed.
enum JSONLocator {
    /// The 1-based line and column of the value at `tokens`, or of the deepest value found.
    static func locate(_ tokens: [String], in bytes: [UInt8]) -> (line: Int, column: Int) {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpace()
        for token in tokens {
            guard scanner.enter(token) else { break }
        }
        return lineAndColumn(ofOffset: scanner.offset, in: bytes)
    }

    /// The 1-based line and column of byte `offset`.
    static func lineAndColumn(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, max(offset, lineStart) - lineStart + 1)
    }

    private struct Scanner {
        let bytes: [UInt8]
        var offset = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { offset += 1 }
        }

        /// Moves from the value at `offset` to its member or element named `token`.
        mutating func enter(_ token: String) -> Bool {
            let start = offset
            if current == UInt8(ascii: "{") {
                offset += 1
                while true {
                    skipSpace()
                    guard current == UInt8(ascii: "\"") else { break }
                    let key = readString()
                    skipSpace()
                    guard current == UInt8(ascii: ":") else { break }
                    offset += 1
                    skipSpace()
                    if key == token { return true }
                    skipValue()
                    skipSpace()
                    guard current == UInt8(ascii: ",") else { break }
                    offset += 1
                }
            } else if current == UInt8(ascii: "["), let wanted = Int(token) {
                offset += 1
                var position = 0
                while true {
                    skipSpace()
                    if position == wanted { return current != UInt8(ascii: "]") }
                    skipValue()
                    skipSpace()
                    guard current == UInt8(ascii: ",") else { break }
                    offset += 1
                    position += 1
                }
            }
            offset = start
            return false
        }

        /// Reads a string starting at its opening quote; escapes are decoded only for `\"` and
        /// `\\`, enough to compare keys, which rarely hold other escapes.
        mutating func readString() -> String {
            offset += 1
            var raw: [UInt8] = []
            while let byte = current, byte != UInt8(ascii: "\"") {
                if byte == UInt8(ascii: "\\") {
                    offset += 1
                    if let escaped = current { raw.append(escaped) }
                } else {
                    raw.append(byte)
                }
                offset += 1
            }
            offset += 1
            return String(decoding: raw, as: UTF8.self)
        }

        /// Moves past a string starting at its opening quote, keeping nothing of it.
        mutating func skipString() {
            offset += 1
            while let byte = current, byte != UInt8(ascii: "\"") {
                offset += byte == UInt8(ascii: "\\") ? 2 : 1
            }
            offset += 1
        }

        mutating func skipValue() {
            var depth = 0
            while let byte = current {
                switch byte {
                case UInt8(ascii: "\""):
                    skipString()
                    if depth == 0 { return }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return }
                    depth -= 1
                    if depth == 0 {
                        offset += 1
                        return
                    }
                case UInt8(ascii: ","):
                    if depth == 0 { return }
                default:
                    break
                }
                offset += 1
            }
        }
    }
}
