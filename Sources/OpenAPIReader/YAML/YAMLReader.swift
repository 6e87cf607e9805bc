import CYAML
import Foundation

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

    /// Parses `bytes`; `path` names the file in diagnostics. libyaml runs on a thread of its
    /// own while this one builds the tree from its events.
    public static func read(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> (Node, SourceFile) {
        let root: Node? = try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticsError) -> Node? in
            let pipe = EventPipe()
            let input = Input(buffer: buffer)
            Thread { parse(input, path: path, into: pipe) }.start()
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

    /// The bytes being parsed, shared with the parsing thread, which is done with them
    /// before `read` returns.
    private struct Input: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Runs libyaml over `input` to the end of the first document, passing its events to
    /// `pipe` in batches.
    private static func parse(_ input: Input, path: String, into pipe: EventPipe) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            pipe.finish(failure: Diagnostic(.error, "cannot start the YAML parser", file: path))
            return
        }
        var failure: Diagnostic?
        yaml_parser_set_input_string(&parser, input.buffer.baseAddress, input.buffer.count)
        var batch = YAMLEventBatch(capacity: EventPipe.batchSize)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                failure = parserError(parser, path: path, inputLength: characterCount(input.buffer))
                break
            }
            let type = event.type
            batch.append(&event)
            yaml_event_delete(&event)
            if type == YAML_STREAM_END_EVENT || type == YAML_DOCUMENT_END_EVENT { break }
            if batch.events.count == EventPipe.batchSize {
                guard pipe.put(batch) else { break }
                batch = YAMLEventBatch(capacity: EventPipe.batchSize)
            }
        }
        yaml_parser_delete(&parser)
        if !batch.events.isEmpty { _ = pipe.put(batch) }
        pipe.finish(failure: failure)
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
