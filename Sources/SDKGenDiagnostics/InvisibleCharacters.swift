/// Code points that do not show as themselves: bidirectional controls (U+202A–U+202E,
/// U+2066–U+2069, U+200E, U+200F, U+061C), zero-width characters (U+200B–U+200D,
/// U+2060), the byte order mark U+FEFF, soft hyphens, variation selectors and the other
/// default-ignorable code points, control characters, and line and paragraph separators.
///
/// Text from a spec carrying them reads one way in an editor and another to the compiler
/// (Trojan Source, CVE-2021-42574), so generated code never carries them as they are:
/// string literals spell them as `\u{…}` escapes (`SwiftSpelling.stringLiteral`) and doc
/// comments leave them out (`DocumentationText`). Names never carry them: they are made of
/// ASCII letters and digits only (`Naming`). Diagnostics, which quote a spec, print them
/// escaped too, so a terminal shows what the spec holds (`Diagnostic.description`).
package enum InvisibleCharacters {
    /// Whether `scalar` is one of them.
    package static func contains(_ scalar: Unicode.Scalar) -> Bool {
        // The ranges most text outside ASCII is in (Latin letters, typographic quotes,
        // dashes, bullets) hold none but U+00AD; skip the lookups there.
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205F: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return scalar.properties.isDefaultIgnorableCodePoint
        }
    }

    /// Whether `scalar` ends a line for a reader of the text (Unicode's mandatory breaks:
    /// line feed, carriage return, vertical tab, form feed, U+0085, U+2028, U+2029).
    package static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `text` with each of them spelled as a `\u{…}` escape.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            if contains(scalar) {
                escaped += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// `text` without the characters, line breaks made `\n` (tabs, `\n` and `\r` are kept).
    package static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\t" && $0 != "\n" && $0 != "\r" && contains($0) }) else { return text }
        var kept = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" || scalar == "\n" || scalar == "\r" || !contains(scalar) {
                kept.append(scalar)
            } else if isLineBreak(scalar) {
                kept.append("\n")
            }
        }
        return String(kept)
    }
}
