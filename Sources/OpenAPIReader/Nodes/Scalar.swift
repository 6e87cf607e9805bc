import SDKGenDiagnostics

/// A scalar exactly as written, typed on request by the YAML 1.2 core schema rules.
package struct Scalar: Sendable, Hashable {
    /// How the scalar was written.
    package enum Style: UInt8, Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The scalar's text after unescaping.
    package var text: String
    package var style: Style

    package init(_ text: String, style: Style) {
        self.text = text
        self.style = style
    }

    /// Whether the scalar is plain (unquoted), the only style that can mean anything but a string.
    package var isPlain: Bool { style == .plain }

    /// `true` for a plain `null`, `Null`, `NULL`, `~` or empty scalar.
    package var isNull: Bool {
        // Longer text is none of them, and is not compared with each.
        guard isPlain, text.utf8.count <= 4 else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The boolean a plain `true`/`false` (any YAML 1.2 spelling) means, else `nil`.
    package var bool: Bool? {
        guard isPlain, text.utf8.count <= 5 else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The integer a plain decimal, `0o` octal or `0x` hexadecimal scalar means, else `nil`.
    package var int: Int? {
        guard isPlain else { return nil }
        if text.hasPrefix("0x") { return Int(text.dropFirst(2), radix: 16) }
        if text.hasPrefix("0o") { return Int(text.dropFirst(2), radix: 8) }
        return Int(text)
    }

    /// The number a plain numeric scalar means, else `nil`.
    package var double: Double? {
        guard isPlain else { return nil }
        if let int { return Double(int) }
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        let numeric = text.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
                UInt8(ascii: "+"), UInt8(ascii: "-"):
                return true
            default:
                return false
            }
        }
        guard numeric else { return nil }
        return Double(text)
    }
}
