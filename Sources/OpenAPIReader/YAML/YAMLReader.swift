import CYAML
import Foundation

/// Reads YAML into a node tree with libyaml's event parser, in one pass over the document
/// or, for a large one, over its two halves at once.
///
/// Anchors and aliases are honoured; an alias shares the anchored node's storage, and the
/// number of nodes aliases expand to is capped so a "billion laughs" document is an error
/// rather than a run out of memory. Nesting depth is capped too.
public enum YAMLReader {
    /// The most nodes a document may expand to, aliases included.
    public static let maxExpandedNodes = 10_000_000
    /// The deepest nesting of sequences and mappings accepted.
    public static let maxDepth = 256

    /// Parses `bytes`; `path` names the file in diagnostics. A large document is read in
    /// two halves on two threads when it can be cut at a key line (`DocumentSplit`);
    /// otherwise libyaml runs on a thread of its own while this one builds the tree.
    public static func read(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> (Node, SourceFile) {
        try read(bytes, path: path, inHalves: true)
    }

    /// `read`, cutting the document in two only when `inHalves` is set.
    static func read(_ bytes: [UInt8], path: String, inHalves: Bool) throws(DiagnosticsError) -> (Node, SourceFile) {
        let root: Node? = try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticsError) -> Node? in
            if inHalves, let root = readInHalves(Input(buffer: buffer), path: path) { return root }
            let pipe = EventPipe()
            let input = Input(buffer: buffer)
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
        guard let root else {
            throw DiagnosticsError([Diagnostic(.error, "the document is empty", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return (root, SourceFile(path: path))
    }

    /// The tree of a document read as two halves on two threads, or `nil` when it cannot be
    /// cut, or a half does not read cleanly (the whole is then read in one piece, which
    /// also reports any error properly).
    private static func readInHalves(_ input: Input, path: String) -> Node? {
        guard let split = DocumentSplit(input.buffer) else { return nil }
        let secondHalf = split.secondHalf(of: input.buffer)
        // When one half fails, the other stops too: the whole is read again anyway.
        let failed = Flag()
        let (first, second) = inParallel(
            {
                let first = Input(buffer: UnsafeBufferPointer(rebasing: input.buffer[..<split.offset]))
                return readHere(first, path: path, lineOffset: 0, unless: failed)
            },
            {
                secondHalf.withUnsafeBufferPointer { buffer in
                    readHere(Input(buffer: buffer), path: path, lineOffset: split.lineOffset, unless: failed)
                }
            })
        guard let first, let second, first.nodes + second.nodes <= maxExpandedNodes else { return nil }
        return split.join(first.root, second.root)
    }

    /// The tree of `input` read on this thread, with `lineOffset` added to every line, and
    /// its number of nodes; `nil` on any error, here or (through `failed`) elsewhere.
    private static func readHere(_ input: Input, path: String, lineOffset: Int, unless failed: Flag) -> (root: Node, nodes: Int)? {
        var builder = TreeBuilder(path: path)
        var consumed = true
        let failure = parse(input, path: path, lineOffset: lineOffset) { batch in
            do throws(DiagnosticsError) {
                for event in batch.events { try builder.consume(event, in: batch) }
            } catch {
                consumed = false
            }
            return consumed && !failed.isSet
        }
        guard failure == nil, consumed, !failed.isSet, let root = builder.root else {
            failed.set()
            return nil
        }
        return (root, builder.nodeCount)
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
    /// stopped at one. `lineOffset` is added to every event's line.
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
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return parserError(parser, path: path, inputLength: characterCount(input.buffer))
            }
            let type = event.type
            batch.append(&event)
            yaml_event_delete(&event)
            if type == YAML_STREAM_END_EVENT || type == YAML_DOCUMENT_END_EVENT { break }
            if batch.events.count == EventPipe.batchSize {
                guard deliver(batch) else { return nil }
                batch = YAMLEventBatch(capacity: EventPipe.batchSize, lineOffset: lineOffset)
            }
        }
        if !batch.events.isEmpty { _ = deliver(batch) }
        return nil
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
