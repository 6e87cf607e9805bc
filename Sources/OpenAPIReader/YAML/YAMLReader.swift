import CYAML

/// Reads YAML into a node tree with libyaml's event parser, in one pass.
///
/// Anchors and aliases are honoured; an alias shares the anchored node's storage, and the
/// number of nodes aliases expand to is capped so a "billion laughs" document is an error
/// rather than a run out of memory. Nesting depth is capped too.
public enum YAMLReader {
    /// The most nodes a document may expand to, aliases included.
    public static let maxExpandedNodes = 10_000_000
    /// The deepest nesting of sequences and mappings accepted.
    public static let maxDepth = 256

    /// Parses `bytes`; `path` names the file in diagnostics.
    public static func read(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> (Node, SourceFile) {
        let source = SourceFile(path: path)
        var builder = TreeBuilder(path: path)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw DiagnosticsError([Diagnostic(.error, "cannot start the YAML parser", file: path)])
        }
        defer { yaml_parser_delete(&parser) }

        let root: Node? = try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticsError) -> Node? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw DiagnosticsError([parserError(parser, path: path, inputLength: characterCount(bytes))])
                }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return builder.root }
                try builder.consume(event)
                if builder.root != nil, event.type == YAML_DOCUMENT_END_EVENT { return builder.root }
            }
        }
        guard let root else {
            throw DiagnosticsError([Diagnostic(.error, "the document is empty", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return (root, source)
    }

    /// The parser's error, placed at the problem; or, when the input ended inside a construct
    /// (an unclosed quote or bracket), at the start of that construct, where the fix belongs.
    private static func parserError(_ parser: yaml_parser_t, path: String, inputLength: Int) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        var message = problem
        var mark = parser.problem_mark
        if let context = parser.context.map({ String(cString: $0) }) {
            if mark.index >= inputLength {
                message += " \(context)"
                mark = parser.context_mark
            } else {
                message += " \(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1)"
            }
        }
        return Diagnostic(.error, message, at: SourceLocation(file: path, line: mark.line + 1, column: mark.column + 1))
    }

    /// The number of characters in UTF-8 `bytes` after any byte order mark, the unit of
    /// libyaml's mark index.
    private static func characterCount(_ bytes: [UInt8]) -> Int {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return text.reduce(0) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }
}

/// Turns libyaml events into nodes with a stack of open collections.
private struct TreeBuilder {
    /// A sequence or mapping whose end event has not come yet.
    private struct Frame {
        var isMapping: Bool
        var items: [Node] = []
        var entries: [Node.Entry] = []
        var pendingKey: Node?
        var mark: Mark
        var anchor: String?
        var startCount: Int
    }

    let path: String
    private(set) var root: Node?
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, size: Int)] = [:]
    private var nodeCount = 0

    init(path: String) {
        self.path = path
    }

    mutating func consume(_ event: yaml_event_t) throws(DiagnosticsError) {
        let mark = Mark(line: Int32(clamping: event.start_mark.line + 1), column: Int32(clamping: event.start_mark.column + 1))
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = string(data.value, count: data.length)
            var style = Self.style(data.style)
            if style == .plain, data.plain_implicit == 0, data.tag != nil {
                // An explicit tag such as `!!str 8443` makes the scalar a string.
                style = .doubleQuoted
            }
            try count(1, at: mark)
            add(Node(.scalar(Scalar(text, style: style)), at: mark), size: 1, anchor: anchorName(data.anchor))
        case YAML_SEQUENCE_START_EVENT:
            try open(isMapping: false, anchor: anchorName(event.data.sequence_start.anchor), at: mark)
        case YAML_MAPPING_START_EVENT:
            try open(isMapping: true, anchor: anchorName(event.data.mapping_start.anchor), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node = Node(frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.mark)
            // The items were counted as they came; the collection itself is one more node.
            try count(1, at: frame.mark)
            add(node, size: nodeCount - frame.startCount, anchor: frame.anchor)
        case YAML_ALIAS_EVENT:
            let name = anchorName(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw error("unknown alias '*\(name)'", at: mark)
            }
            var node = anchored.node
            node.mark = mark
            try count(anchored.size, at: mark)
            add(node, size: anchored.size, anchor: nil)
        default:
            break
        }
    }

    private mutating func open(isMapping: Bool, anchor: String?, at mark: Mark) throws(DiagnosticsError) {
        if stack.count >= YAMLReader.maxDepth {
            throw error("nesting is deeper than \(YAMLReader.maxDepth) levels", at: mark)
        }
        stack.append(Frame(isMapping: isMapping, mark: mark, anchor: anchor, startCount: nodeCount))
    }

    /// Adds `size` nodes to the document's expanded size, failing once it passes the cap.
    private mutating func count(_ size: Int, at mark: Mark) throws(DiagnosticsError) {
        nodeCount += size
        if nodeCount > YAMLReader.maxExpandedNodes {
            throw error("the document expands to more than \(YAMLReader.maxExpandedNodes) nodes through aliases", at: mark)
        }
    }

    /// Places a finished node in the open collection (or as the root); `size` is how many
    /// nodes it expands to, remembered for aliases of `anchor`.
    private mutating func add(_ node: Node, size: Int, anchor: String?) {
        if let anchor { anchors[anchor] = (node, size) }
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        if !stack[top].isMapping {
            stack[top].items.append(node)
        } else if let key = stack[top].pendingKey {
            stack[top].entries.append(Node.Entry(key: key, value: node))
            stack[top].pendingKey = nil
        } else {
            stack[top].pendingKey = node
        }
    }

    private func error(_ message: String, at mark: Mark) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(.error, message, at: SourceLocation(file: path, line: Int(mark.line), column: Int(mark.column)))])
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    private func anchorName(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
