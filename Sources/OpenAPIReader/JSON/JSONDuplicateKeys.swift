#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds keys written twice in one JSON object, which `JSONSerialization` silently resolves
/// to one of the values.
///
/// Checking costs one pass over the bytes: the number of members written (the colons
/// outside strings) is compared with the number of entries Foundation kept. Only when they
/// differ is the text read again, keys and all, to say which key it was and where.
enum JSONDuplicateKeys {
    /// The number of object members written in `bytes`, a document Foundation accepted.
    static func memberCount(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ":"):
                    count += 1
                case UInt8(ascii: "\""):
                    // The closing quote: the next one not escaped by an odd run of backslashes.
                    var quote = index
                    repeat {
                        guard let found = memchr(base + quote + 1, Int32(UInt8(ascii: "\"")), bytes.count - quote - 1) else {
                            return count
                        }
                        quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    } while isEscaped(quote, in: bytes)
                    index = quote
                default:
                    break
                }
                index += 1
            }
            return count
        }
    }

    /// Whether the byte at `index` follows an odd number of backslashes.
    private static func isEscaped(_ index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var backslashes = 0
        while index - backslashes - 1 >= 0, bytes[index - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
        return backslashes % 2 == 1
    }

    /// A key written twice in one object: the key, and the byte offsets of its second and
    /// first opening quotes.
    struct Duplicate: Equatable {
        var key: String
        var offset: Int
        var firstOffset: Int
    }

    /// The first key, in document order, that its object already has; keys are compared as
    /// Swift strings compare them, as Foundation does (so `é` and `e` with a combining
    /// accent are one key).
    static func first(in bytes: [UInt8]) -> Duplicate? {
        // One entry per open array or object; an object's holds its keys so far.
        var open: [[String: Int]?] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"):
                open.append([:])
            case UInt8(ascii: "["):
                open.append(nil)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                _ = open.popLast()
            case UInt8(ascii: "\""):
                let start = index
                let text = readString(bytes, at: &index)
                if isFollowedByColon(bytes, from: index + 1), let last = open.indices.last, open[last] != nil {
                    if let first = open[last]?.updateValue(start, forKey: text) {
                        return Duplicate(key: text, offset: start, firstOffset: first)
                    }
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }

    /// The string whose opening quote is at `index`, unescaped; leaves `index` at its
    /// closing quote.
    private static func readString(_ bytes: [UInt8], at index: inout Int) -> String {
        var text: [UInt8] = []
        index += 1
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            guard bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                text.append(bytes[index])
                index += 1
                continue
            }
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "b"): text.append(0x08)
            case UInt8(ascii: "f"): text.append(0x0C)
            case UInt8(ascii: "n"): text.append(0x0A)
            case UInt8(ascii: "r"): text.append(0x0D)
            case UInt8(ascii: "t"): text.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = hexValue(bytes, at: index)
                index += 4
                if (0xD800..<0xDC00).contains(scalar), bytes.count > index + 5, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    let low = hexValue(bytes, at: index + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                        index += 6
                    }
                }
                text += String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8
            default:
                text.append(escaped)
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The value of the four hexadecimal digits at `index` (Foundation has checked them).
    private static func hexValue(_ bytes: [UInt8], at index: Int) -> UInt32 {
        var value: UInt32 = 0
        for byte in bytes[min(index, bytes.count)..<min(index + 4, bytes.count)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: digit = 0
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Whether the next byte after `index` that is not white space is a colon.
    private static func isFollowedByColon(_ bytes: [UInt8], from index: Int) -> Bool {
        var index = index
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index < bytes.count && bytes[index] == UInt8(ascii: ":")
    }
}
