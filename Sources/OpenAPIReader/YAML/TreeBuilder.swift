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
        /// The document's nodes and bytes of text when it opened.
        var startCount: Int
        var startBytes: Int
        /// The height of its highest item (or key) so far.
        var itemHeight = 0
    }

    /// What a finished node expands to, aliases in it expanded: what each alias of it adds.
    private struct Extent {
        var nodes: Int
        /// The bytes of its scalars' text.
        var bytes: Int
        /// The levels of collections it holds, itself included: 0 for a scalar.
        var height: Int
    }

    let path: String
    private(set) var root: Node?
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, extent: Extent)] = [:]
    /// Nodes so far, aliases expanded.
    private var nodeCount = 0
    /// Of those, the nodes aliases stand for.
    private var aliasNodeCount = 0
    /// Bytes of scalar text so far, aliases expanded.
    private var byteCount = 0
    /// Of those, the bytes aliases stand for.
    private var aliasByteCount = 0

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
            byteCount += event.text.count
            let node = Node(.scalar(Scalar(batch.text(event.text), style: event.style)), at: event.mark)
            try add(node, Extent(nodes: 1, bytes: event.text.count, height: 0), anchor: anchor)
        case .sequenceStart, .mappingStart:
            try open(isMapping: event.kind == .mappingStart, anchor: anchor, at: event.mark)
        case .collectionEnd:
            guard let frame = stack.popLast() else { return }
            let node = Node(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.mark)
            // The items were counted as they came; the collection itself is one more node.
            try count(1, at: frame.mark)
            let extent = Extent(nodes: nodeCount - frame.startCount, bytes: byteCount - frame.startBytes, height: frame.itemHeight + 1)
            try add(node, extent, anchor: frame.anchor)
        case .alias:
            let name = batch.text(event.text)
            guard let anchored = anchors[name] else {
                throw error("unknown alias '*\(name)'", at: event.mark)
            }
            var node = anchored.node
            node.mark = event.mark
            let extent = anchored.extent
            aliasNodeCount += extent.nodes
            if aliasNodeCount > ReaderLimits.maxAliasNodes {
                throw error(ReaderLimits.aliasesTooLarge, at: event.mark)
            }
            // An alias of a large scalar is one node, but its text is repeated wherever the
            // alias is, and so is whatever is generated from it.
            aliasByteCount += extent.bytes
            if aliasByteCount > ReaderLimits.maxAliasBytes {
                throw error(ReaderLimits.aliasesTooLong, at: event.mark)
            }
            // The anchored node nests on below the alias, and every later stage walks the
            // tree expanded.
            if stack.count + extent.height > ReaderLimits.maxDepth {
                throw error(ReaderLimits.aliasTooDeep, at: event.mark)
            }
            try count(extent.nodes, at: event.mark)
            byteCount += extent.bytes
            try add(node, extent, anchor: nil)
        }
    }

    private mutating func open(isMapping: Bool, anchor: String?, at mark: Mark) throws(DiagnosticsError) {
        if stack.count >= ReaderLimits.maxDepth {
            throw error(ReaderLimits.nestingTooDeep, at: mark)
        }
        stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor, startCount: nodeCount, startBytes: byteCount))
    }

    /// Adds `size` nodes to the document's expanded size, failing once it passes the cap.
    private mutating func count(_ size: Int, at mark: Mark) throws(DiagnosticsError) {
        nodeCount += size
        if nodeCount > ReaderLimits.maxNodes {
            throw error(ReaderLimits.tooManyNodes, at: mark)
        }
    }

    /// Places a finished node in the open collection (or as the root); `extent` is what it
    /// expands to, remembered for aliases of `anchor`. A key already in its mapping is an
    /// error.
    private mutating func add(_ node: Node, _ extent: Extent, anchor: String?) throws(DiagnosticsError) {
        if let anchor { anchors[anchor] = (node, extent) }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].itemHeight = max(stack[top].itemHeight, extent.height)
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
