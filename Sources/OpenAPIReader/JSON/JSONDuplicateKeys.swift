/// Finds keys written twice in one JSON object, which `JSONSerialization` silently resolves
/// to one of the values.
///
/// Checking costs one pass over the bytes: the number of members written (the colons
/// outside strings) is compared with the number of entries Foundation kept. Only when they
/// differ is the text read again, keys and all, to say which key it was and where.
enum JSONDuplicateKeys {
    /// The number of object members written in `bytes`, a document Foundation accepted.
    static func memberCount(in bytes: [UInt8]) -> Int {
        var count = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case JSONScanner.colon:
                count += 1
            case JSONScanner.quote:
                guard let closing = JSONScanner.closingQuote(after: index, in: bytes) else { return count }
                index = closing
            default:
                break
            }
            index += 1
        }
        return count
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
        var scanner = JSONScanner(bytes: bytes)
        while let byte = scanner.current {
            switch byte {
            case JSONScanner.openBrace:
                open.append([:])
            case JSONScanner.openBracket:
                open.append(nil)
            case _ where JSONScanner.closers.contains(byte):
                _ = open.popLast()
            case JSONScanner.quote:
                let start = scanner.offset
                let text = scanner.readString()
                var after = JSONScanner(bytes: bytes, offset: scanner.offset)
                if after.consume(JSONScanner.colon), let last = open.indices.last, open[last] != nil,
                    let first = open[last]?.updateValue(start, forKey: text)
                {
                    return Duplicate(key: text, offset: start, firstOffset: first)
                }
                continue
            default:
                break
            }
            scanner.offset += 1
        }
        return nil
    }
}
