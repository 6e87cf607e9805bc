import SDKGenDiagnostics

/// Turns YAML events into nodes with a stack of open collections.
struct TreeBuilder {
    /// A sequence or mapping whose end event has not come yet.
    private struct Frame {
        var isMapping: Bool
        var items: [Node] = []
        var entries: [Node.Entry] = []
        var pendingKey: Node?
        /// A mapping's keys so far and where each is, once it has too many to search them.
        var keyIndex: [String: Mark]?
        var mark: Mark
        var anchor: String?
        var startCount: Int
    }

    let path: String
    private(set) var root: Node?
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    /// Nodes so far, aliases expanded.
    private var nodeCount = 0
    /// Of those, the nodes aliases stand for.
    private var aliasNodeCount = 0

    init(path: String) {
        self.path = path
    }

    mutating func consume(_ event: YAMLEvent, in batch: YAMLEventBatch) throws(DiagnosticsError) {
        let anchor = event.anchor.map(batch.text)
        switch event.kind {
        case .scalar:
            try count(1, at: event.mark)
            if event.text.count > ReaderLimits.maxScalarBytes {
                throw error(ReaderLimits.scalarTooLong(event.text.count), at: event.mark)
            }
            try add(Node(.scalar(Scalar(batch.text(event.text), style: event.style)), at: event.mark), size: 1, anchor: anchor)
        case .sequenceStart, .mappingStart:
            try open(isMapping: event.kind == .mappingStart, anchor: anchor, at: event.mark)
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            let node = Node(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.mark)
            // The items were counted as they came; the collection itself is one more node.
            try count(1, at: frame.mark)
            try add(node, size: nodeCount - frame.startCount, anchor: frame.anchor)
        case .alias:
            let name = batch.text(event.text)
            guard let anchored = anchors[name] else {
                throw error("unknown alias '*\(name)'", at: event.mark)
            }
            var node = anchored.node
            node.mark = event.mark
            aliasNodeCount += anchored.size
            if aliasNodeCount > ReaderLimits.maxAliasNodes {
                throw error(ReaderLimits.aliasesTooLarge, at: event.mark)
            }
            try count(anchored.size, at: event.mark)
            try add(node, size: anchored.size, anchor: nil)
        }
    }

    private mutating func open(isMapping: Bool, anchor: String?, at mark: Mark) throws(DiagnosticsError) {
        if stack.count >= ReaderLimits.maxDepth {
            throw error(ReaderLimits.nestingTooDeep, at: mark)
        }
        stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor, startCount: nodeCount))
    }

    /// Adds `size` nodes to the document's expanded size, failing once it passes the cap.
    private mutating func count(_ size: Int, at mark: Mark) throws(DiagnosticsError) {
        nodeCount += size
        if nodeCount > ReaderLimits.maxNodes {
            throw error(ReaderLimits.tooManyNodes, at: mark)
        }
    }

    /// Places a finished node in the open collection (or as the root); `size` is how many
    /// nodes it expands to, remembered for aliases of `anchor`. A key already in its
    /// mapping is an error.
    private mutating func add(_ node: Node, size: Int, anchor: String?) throws(DiagnosticsError) {
        if let anchor { anchors[anchor] = (node, size) }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if !stack[top].isMapping {
            // Sequences too are mostly short: one allocation rather than growing from one.
            if stack[top].items.isEmpty { stack[top].items.reserveCapacity(4) }
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            // Most mappings of a spec hold a few entries: one allocation instead of three.
            if stack[top].entries.isEmpty { stack[top].entries.reserveCapacity(4) }
            stack[top].entries.append(Node.Entry(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            try checkNewKey(node, inFrame: top)
            stack[top].pendingKey = node
        }
    }

    /// Mappings with fewer keys than this are searched key by key; larger ones get an index.
    private static let keysSearchedInOrder = 16

    /// Fails when the open mapping `frame` already has the scalar `key`.
    private mutating func checkNewKey(_ key: Node, inFrame frame: Int) throws(DiagnosticsError) {
        guard case .scalar(let scalar) = key.content else { return }
        if stack[frame].keyIndex == nil {
            if stack[frame].entries.count < Self.keysSearchedInOrder {
                for entry in stack[frame].entries {
                    if case .scalar(let other) = entry.key.content, other.text == scalar.text {
                        throw duplicateKeyError(scalar.text, at: key.mark, first: entry.key.mark)
                    }
                }
                return
            }
            var index: [String: Mark] = [:]
            for entry in stack[frame].entries {
                if case .scalar(let other) = entry.key.content { index[other.text] = entry.key.mark }
            }
            stack[frame].keyIndex = index
        }
        if let first = stack[frame].keyIndex?.updateValue(key.mark, forKey: scalar.text) {
            throw duplicateKeyError(scalar.text, at: key.mark, first: first)
        }
    }

    private func duplicateKeyError(_ key: String, at mark: Mark, first: Mark) -> DiagnosticsError {
        error(DuplicateKey.message(key, firstLine: first.position.map { Int($0.line) } ?? 1), at: mark)
    }

    private func error(_ message: String, at mark: Mark) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(.error, message, at: SourceFile(path: path).location(of: mark))])
    }
}
