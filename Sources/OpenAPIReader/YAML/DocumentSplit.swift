#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import SDKGenDiagnostics

/// Where a large block-style YAML document can be cut in two, so that the halves parse on
/// two threads: at a key line near the middle, such as `    Webhook:` under
/// `components:` and `  schemas:`.
///
/// The second half is read with the lines of the mappings holding that key (`ancestors`)
/// put back in front of it. `join` then accepts the halves only if the first half's tree
/// ends inside exactly those block mappings, so the second half continued them as reading
/// the document whole would have; otherwise (or when either half does not read cleanly)
/// the document is read in one piece.
struct DocumentSplit {
    /// Documents smaller than this are read in one piece.
    static let minimumSize = 256 * 1024
    /// The deepest key line considered (in spaces).
    static let maximumIndentation = 8

    /// Where the second half starts, and its 1-based line.
    let offset: Int
    let line: Int
    /// The indentation of the key starting the second half.
    let indentation: Int
    /// The lines of the mappings holding that key, outermost first, with their indentation.
    let ancestors: [(line: [UInt8], indentation: Int)]

    /// Added to the lines of the second half, as read with its ancestors in front.
    var lineOffset: Int { line - 1 - ancestors.count }

    /// A cut near the middle of `bytes`, or `nil` when there is none to be trusted. One
    /// pass over the lines up to the cut keeps the less indented lines above the current
    /// one: at a key line, those are its ancestors.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= Self.minimumSize else { return nil }
        var above: [(start: Int, end: Int, indentation: Int)] = []
        var attempts = 0
        var lineStart = 0
        var lineNumber = 1
        while lineStart < bytes.count, lineStart < bytes.count * 3 / 4, attempts < 32 {
            let lineEnd = Self.index(of: UInt8(ascii: "\n"), in: bytes, from: lineStart) ?? bytes.count
            defer {
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            // A directive or a second document before the cut: the cut must be inside the first.
            // Only a line starting with `%`, `-` or `.` can be one: the others are not compared.
            let text = bytes[lineStart..<lineEnd]
            switch text.first {
            case UInt8(ascii: "%"):
                return nil
            case UInt8(ascii: "-"), UInt8(ascii: "."):
                if lineNumber > 1 && (text.starts(with: "---".utf8) || text.starts(with: "...".utf8)) { return nil }
            default:
                break
            }
            let indentation = text.prefix { $0 == UInt8(ascii: " ") }.count
            let first = lineStart + indentation < lineEnd ? bytes[lineStart + indentation] : UInt8(ascii: "\n")
            guard first != UInt8(ascii: "\n"), first != UInt8(ascii: "\r"), first != UInt8(ascii: "#") else { continue }
            while let last = above.last, last.indentation >= indentation { above.removeLast() }
            if lineStart >= bytes.count / 2, indentation <= Self.maximumIndentation, Self.isKeyLine(text) {
                attempts += 1
                // Whether the lines above are keys alone is asked only here, of the few left.
                if above.allSatisfy({ Self.isKeyAlone(bytes[$0.start..<$0.end]) }) {
                    offset = lineStart
                    self.line = lineNumber
                    self.indentation = indentation
                    ancestors = above.map { (Array(Self.trimmingReturn(bytes[$0.start..<$0.end])), $0.indentation) }
                    return
                }
            }
            if indentation <= Self.maximumIndentation {
                above.append((lineStart, lineEnd, indentation))
            }
        }
        return nil
    }

    /// The second half as read: the ancestors' lines, then the document from the cut.
    func secondHalf(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var half: [UInt8] = []
        half.reserveCapacity(bytes.count - offset + ancestors.reduce(0) { $0 + $1.line.count + 1 })
        for ancestor in ancestors {
            half += ancestor.line
            half.append(UInt8(ascii: "\n"))
        }
        half += bytes[offset...]
        return half
    }

    /// The whole document's tree from the halves' trees, or `nil` when the first half does
    /// not end inside the block mappings the second half was read in, or when a mapping
    /// continued across the cut has a key in both halves (read whole, that is an error).
    func join(_ first: Node, _ second: Node) -> Node? {
        // Both halves must hold the ancestors' block mappings, along the first half's last
        // entries and the second half's first ones, and the mapping the cut continues.
        var last = first
        var next = second
        for ancestor in ancestors {
            guard Self.isBlockMapping(last, indentation: ancestor.indentation),
                Self.isBlockMapping(next, indentation: ancestor.indentation),
                let lastEntry = last.entries?.last, let nextEntry = next.entries?.first,
                let key = nextEntry.key.scalar?.text, lastEntry.key.scalar?.text == key,
                let nextLine = nextEntry.key.mark.position?.line, nextLine <= lineOffset + ancestors.count
            else { return nil }
            last = lastEntry.value
            next = nextEntry.value
        }
        guard Self.isBlockMapping(last, indentation: indentation), Self.isBlockMapping(next, indentation: indentation),
            next.entries?.first?.key.mark.position?.line == Int32(line)
        else { return nil }
        return Self.joined(first, second, depth: ancestors.count)
    }

    /// `first` with `second`'s entries after its own, the first of them (an ancestor's key)
    /// joined into its last entry, down to `depth`; `nil` when a key is in both.
    private static func joined(_ first: Node, _ second: Node, depth: Int) -> Node? {
        guard var entries = first.entries, let more = second.entries else { return first }
        let added: ArraySlice<Node.Entry>
        if depth > 0, let last = entries.popLast(), let head = more.first {
            guard let value = joined(last.value, head.value, depth: depth - 1) else { return nil }
            entries.append(Node.Entry(key: last.key, value: value))
            added = more.dropFirst()
        } else {
            added = more[...]
        }
        let keys = Set(entries.lazy.compactMap { $0.key.scalar?.text })
        guard !added.contains(where: { $0.key.scalar.map { keys.contains($0.text) } ?? false }) else { return nil }
        entries += added
        return Node(.mapping(entries), at: first.mark)
    }

    /// Whether `node` is a block mapping with its keys at `indentation`: a flow mapping
    /// starts at its `{`, before its first key.
    private static func isBlockMapping(_ node: Node, indentation: Int) -> Bool {
        guard let entries = node.entries, let firstKey = entries.first?.key else { return false }
        return node.mark.position?.column == Int32(indentation + 1) && firstKey.mark == node.mark
    }

    /// Whether `line` is a plain key, with its value on the same line or the following
    /// ones (`name:` or `name: value`); keys with quotes or comments are left alone.
    private static func isKeyLine(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let text = trimmingReturn(line).drop { $0 == UInt8(ascii: " ") }
        guard let first = text.first, isKeyStart(first),
            !text.contains(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") })
        else { return false }
        return text.last == UInt8(ascii: ":") || text.indices.contains { index in
            text[index] == UInt8(ascii: ":") && index + 1 < text.endIndex && text[index + 1] == UInt8(ascii: " ")
        }
    }

    /// Whether `line` is a plain key alone (`schemas:`), whose value is on the following lines.
    private static func isKeyAlone(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let text = trimmingReturn(line).drop { $0 == UInt8(ascii: " ") }
        guard isKeyLine(line), text.last == UInt8(ascii: ":") else { return false }
        // No `: ` before the end: that would be a key with a value.
        return !text.dropLast().indices.contains { index in
            text[index] == UInt8(ascii: ":") && index + 1 < text.endIndex && text[index + 1] == UInt8(ascii: " ")
        }
    }

    private static func trimmingReturn(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Slice<UnsafeBufferPointer<UInt8>> {
        line.last == UInt8(ascii: "\r") ? line.dropLast() : line
    }

    /// A character a plain key may start with here: letters, digits, `_`, `/`, `$`, `.`.
    private static func isKeyStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "$"), UInt8(ascii: "."):
            true
        default:
            false
        }
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let found = memchr(bytes.baseAddress! + start, Int32(byte), bytes.count - start) else { return nil }
        return bytes.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
