import CYAML
import Foundation
import SDKGenDiagnostics

/// Reads YAML into a node tree with libyaml's event parser.
///
/// Anchors and aliases are honoured; an alias shares the anchored node's storage, and the
/// number of nodes aliases stand for is capped (`ReaderLimits.maxAliasNodes`), so a
/// "billion laughs" document is an error rather than a run out of memory. The number of
/// nodes, nesting depth and the length of scalars are capped too.
///
/// How the work is spread over threads is decided here and nowhere else: serially,
/// libyaml and the tree builder take turns on the calling thread; in parallel, a large
/// document is read as two halves at once when it can be cut at a key line
/// (`DocumentSplit`), and otherwise libyaml runs on a thread of its own while the calling
/// thread builds the tree (`EventPipe`). Every way gives the same tree and the same errors.
enum YAMLReader {
    /// Parses `bytes`; `path` names the file in diagnostics.
    static func read(_ bytes: [UInt8], path: String, parallelism: Parallelism) throws(DiagnosticsError) -> ParsedDocument {
        try read(bytes, path: path, strategy: parallelism == .serial ? .serial : .halvesOrPipelined)
    }

    /// The ways a document can be read, all giving the same tree.
    enum Strategy {
        /// libyaml and the tree builder take turns on this thread.
        case serial
        /// libyaml on a thread of its own, handing events to this thread's tree builder.
        case pipelined
        /// Two halves at once when the document can be cut, else `pipelined`.
        case halvesOrPipelined
    }

    static func read(_ bytes: [UInt8], path: String, strategy: Strategy) throws(DiagnosticsError) -> ParsedDocument {
        let root: Node? = try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticsError) -> Node? in
            let input = Input(buffer: buffer)
            switch strategy {
            case .serial:
                return try readHere(input, path: path).root
            case .pipelined:
                return try readPipelined(input, path: path)
            case .halvesOrPipelined:
                if let root = readInHalves(input, path: path) { return root }
                return try readPipelined(input, path: path)
            }
        }
        guard let root else {
            throw DiagnosticsError([Diagnostic(.error, "the document is empty", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return ParsedDocument(root: root, source: SourceFile(path: path))
    }

    /// The tree of `input` read on this thread, with `lineOffset` added to every line, and
    /// its number of nodes and of nodes aliases stand for; stops early, with no tree, once
    /// `shouldStop` says so.
    private static func readHere(
        _ input: Input, path: String, lineOffset: Int = 0, shouldStop: () -> Bool = { false }
    ) throws(DiagnosticsError) -> (root: Node?, nodes: Int, aliasNodes: Int) {
        var builder = TreeBuilder(path: path)
        var failure: DiagnosticsError?
        let parserFailure = parse(input, path: path, lineOffset: lineOffset) { batch in
            do throws(DiagnosticsError) {
                for event in batch.events { try builder.consume(event, in: batch) }
            } catch {
                failure = error
            }
            return failure == nil && !shouldStop()
        }
        if let failure { throw failure }
        if let parserFailure { throw DiagnosticsError([parserFailure]) }
        return (shouldStop() ? nil : builder.root, builder.nodeCount, builder.aliasNodeCount)
    }

    /// The tree of `input`, parsed by libyaml on another thread while this one builds it.
    private static func readPipelined(_ input: Input, path: String) throws(DiagnosticsError) -> Node? {
        let pipe = EventPipe()
        Thread {
            let failure = parse(input, path: path) { pipe.put($0) }
            pipe.finish(failure: failure)
        }.start()
        var builder = TreeBuilder(path: path)
        while true {
            let (batch, failure) = pipe.take()
            guard let batch else {
                if let failure { throw DiagnosticsError([failure]) }
                return builder.root
            }
            do throws(DiagnosticsError) {
                for event in batch.events { try builder.consume(event, in: batch) }
            } catch {
                pipe.cancelAndWait()
                throw error
            }
        }
    }

    /// The tree of a document read as two halves on two threads, or `nil` when it cannot be
    /// cut, or a half does not read cleanly (the whole is then read in one piece, which
    /// also reports any error properly).
    private static func readInHalves(_ input: Input, path: String) -> Node? {
        guard let split = DocumentSplit(input.buffer) else { return nil }
        let secondHalf = split.secondHalf(of: input.buffer)
        // When one half fails, the other stops too: the whole is read again anyway.
        let failed = Flag()
        let read = { @Sendable (half: Input, lineOffset: Int) -> (root: Node, nodes: Int, aliasNodes: Int)? in
            let result = try? readHere(half, path: path, lineOffset: lineOffset, shouldStop: { failed.isSet })
            guard let result, let root = result.root else {
                failed.set()
                return nil
            }
            return (root, result.nodes, result.aliasNodes)
        }
        let (first, second) = inParallel(
            { read(Input(buffer: UnsafeBufferPointer(rebasing: input.buffer[..<split.offset])), 0) },
            { secondHalf.withUnsafeBufferPointer { read(Input(buffer: $0), split.lineOffset) } })
        guard let first, let second, first.nodes + second.nodes <= ReaderLimits.maxNodes,
            first.aliasNodes + second.aliasNodes <= ReaderLimits.maxAliasNodes
        else { return nil }
        return split.join(first.root, second.root)
    }

    /// A flag threads can set and read.
    private final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false

        var isSet: Bool { lock.withLock { value } }

        func set() {
            lock.withLock { value = true }
        }
    }

    /// The bytes being parsed, shared with the parsing thread, which is done with them
    /// before `read` returns.
    struct Input: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Runs libyaml over `input` to the end of the first document, handing its events to
    /// `deliver` in batches until it returns `false`; returns the parser's error, if it
    /// stopped at one, or an error at the start of a second document, if there is one.
    /// `lineOffset` is added to every event's line.
    private static func parse(
        _ input: Input, path: String, lineOffset: Int = 0, deliver: (YAMLEventBatch) -> Bool
    ) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Diagnostic(.error, "cannot start the YAML parser", file: path)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input.buffer.baseAddress, input.buffer.count)
        var batch = YAMLEventBatch(capacity: EventPipe.batchSize, lineOffset: lineOffset)
        var event = yaml_event_t()
        var type = YAML_NO_EVENT
        while type != YAML_STREAM_END_EVENT && type != YAML_DOCUMENT_END_EVENT {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return parserError(parser, path: path, inputLength: characterCount(input.buffer))
            }
            type = event.type
            batch.append(&event)
            yaml_event_delete(&event)
            if batch.events.count == EventPipe.batchSize {
                guard deliver(batch) else { return nil }
                batch = YAMLEventBatch(capacity: EventPipe.batchSize, lineOffset: lineOffset)
            }
        }
        if !batch.events.isEmpty, !deliver(batch) { return nil }
        guard type == YAML_DOCUMENT_END_EVENT else { return nil }
        return secondDocumentError(&parser, path: path, input: input, lineOffset: lineOffset)
    }

    /// After the first document's end: an error at the start of a second document, which
    /// would otherwise be left unread, or the parser's error on the way to it.
    private static func secondDocumentError(
        _ parser: inout yaml_parser_t, path: String, input: Input, lineOffset: Int
    ) -> Diagnostic? {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            return parserError(parser, path: path, inputLength: characterCount(input.buffer))
        }
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
        let line = Int(event.start_mark.line) + 1 + lineOffset
        let column = Int(event.start_mark.column) + 1
        return Diagnostic(
            .error, "a second YAML document starts here; a spec must be a single document",
            at: SourceLocation(file: path, line: line, column: column))
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
    private static func characterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let text = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        return text.reduce(0) { count, byte in byte & 0xC0 == 0x80 ? count : count + 1 }
    }
}
