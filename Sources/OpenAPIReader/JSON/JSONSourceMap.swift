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
/// when a diagnostic asks.
struct JSONNodePositions: JSONNodeLocator {
    let bytes: [UInt8]
    let map: JSONSourceMap

    func lineAndColumn(ofNode index: Int) -> (line: Int, column: Int) {
        JSONLocator.locate(map.pointer(to: index), in: bytes)
    }

    func pointer(toNode index: Int) -> String {
        map.pointer(to: index).map(JSONSourceMap.escape).reduce("") { $0 + "/" + $1 }
    }
}
