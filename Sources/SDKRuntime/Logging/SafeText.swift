/// Text from elsewhere (a server's message, a header, a configuration value) made fit for a
/// one-line error description or log field.
package enum SafeText {
    /// The most characters of one piece of outside text shown by default.
    package static let defaultLimit = 300

    /// `text` on one line: control characters, line and paragraph separators and
    /// bidirectional controls escaped as `\n`, `\r`, `\t` or `\u{…}`, and cut to `limit`
    /// characters with `…` when longer.
    package static func oneLine(_ text: some StringProtocol, limit: Int = defaultLimit) -> String {
        var result = ""
        var count = 0
        for character in text {
            if count == limit {
                result.append("…")
                break
            }
            count += 1
            for scalar in character.unicodeScalars {
                result.append(escaped(scalar))
            }
        }
        return result
    }

    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        default:
            guard needsEscape(scalar) else { return String(scalar) }
            return "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        }
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0 and C1 controls, DEL
        case 0x2028, 0x2029: return true  // line and paragraph separators
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true  // bidirectional controls
        default: return false
        }
    }
}
