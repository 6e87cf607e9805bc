import Foundation
import SDKGenDiagnostics

/// For each node read from JSON, its parent and the key or index leading to it; enough to
/// rebuild the node's JSON pointer when a diagnostic needs it.
struct JSONSourceMap: Sendable {
    enum Key: Sendable {
        case name(String)
        case index(Int)
    }

    private var parents: [Int32] = []
    private var keys: [Key] = []

    /// The number of nodes recorded.
    var count: Int { parents.count }

    /// Records a node and returns its index.
    mutating func add(parent: Int, key: Key) -> Int {
        parents.append(Int32(truncatingIfNeeded: parent))
        keys.append(key)
        return parents.count - 1
    }

    /// The reference tokens from the root to node `index`.
    func pointer(to index: Int) -> [String] {
        var tokens: [String] = []
        var current = index
        while current > 0, current < parents.count {
            switch keys[current] {
            case .name(let name): tokens.append(name)
            case .index(let position): tokens.append(String(position))
            }
            current = Int(parents[current])
        }
        return tokens.reversed()
    }

    /// Escapes one reference token as RFC 6901 asks: `~` as `~0`, `/` as `~1`.
    static func escape(_ token: String) -> String {
        token.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}

/// A JSON document's text with its source map: finds a node's line, column and pointer
/// when a diagnostic or an example asks.
///
/// The examples check asks for thousands of places in one document, so each object or
/// array skimmed on the way to one is remembered with the offsets of all its children, and
/// the line starts are found once: a place costs a few lookups instead of a skim of the text.
/// The caches sit behind a lock so that one source can be asked from several tasks.
final class JSONNodePositions: JSONNodeLocator, @unchecked Sendable {
    private let bytes: [UInt8]
    private let map: JSONSourceMap
    private let lock = NSLock()
    /// For each container skimmed, by the offset where it starts: its children's offsets.
    private var children: [Int: [String: Int]] = [:]
    /// The offset of the first byte of each line, found when first asked.
    private var lineStarts: [Int] = []

    init(bytes: [UInt8], map: JSONSourceMap) {
        self.bytes = bytes
        self.map = map
    }

    func lineAndColumn(ofNode index: Int) -> (line: Int, column: Int) {
        lock.withLock {
            var offset = bytes.firstIndex { !JSONScanner.whitespace.contains($0) } ?? 0
            for token in map.pointer(to: index) {
                guard let next = childOffsets(ofValueAt: offset)[token] else { break }
                offset = next
            }
            return lineAndColumn(ofOffset: offset)
        }
    }

    func pointer(toNode index: Int) -> String {
        map.pointer(to: index).map(JSONSourceMap.escape).reduce("") { $0 + "/" + $1 }
    }

    private func childOffsets(ofValueAt offset: Int) -> [String: Int] {
        if let known = children[offset] { return known }
        let found = JSONLocator.children(ofValueAt: offset, in: bytes)
        children[offset] = found
        return found
    }

    private func lineAndColumn(ofOffset offset: Int) -> (line: Int, column: Int) {
        if lineStarts.isEmpty {
            lineStarts = [0] + bytes.indices.filter { bytes[$0] == JSONScanner.newline }.map { $0 + 1 }
        }
        // The last line start at or before `offset`.
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }
}
