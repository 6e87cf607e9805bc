import CYAML
import Foundation
import SDKGenDiagnostics

/// Reads YAML into a node tree with libyaml's event parser.
///
/// Anchors and aliases are honoured; an alias shares the anchored node's storage, and the
/// nodes and the bytes of text aliases stand for are capped (`ReaderLimits.maxAliasNodes`,
/// `maxAliasBytes`), so a "billion laughs" document, or one large description aliased
/// hundreds of times, is an error rather than a run out of memory or disk. The number of
/// nodes, nesting depth (aliases expanded) and the length of scalars are capped too.
///
/// How the work is spread over threads is decided here and nowhere else: serially,
/// libyaml and the tree builder take turns on the calling thread; in parallel, libyaml runs
/// on a thread of its own while the calling thread builds the tree (`EventPipe`). Both
/// ways give the same tree and the same errors.
enum YAMLReader {
    /// Parses `bytes`; `path` names the file in diagnostics.
    static func read(_ bytes: [UInt8], path: String, parallelism: Parallelism) throws(DiagnosticsError) -> ParsedDocument {
        let root: Node? = try bytes.withUnsafeBufferPointer { (buffer) throws(DiagnosticsError) -> Node? in
            let input = Input(buffer: buffer)
            switch parallelism {
            case .serial: return try readHere(input, path: path)
            case .parallel: return try readPipelined(input, path: path)
            }
        }
        guard let root else {
            throw DiagnosticsError([Diagnostic(.error, "the document is empty", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return ParsedDocument(root: root, source: SourceFile(path: path))
    }

    /// The tree of `input`, read on this thread.
    private static func readHere(_ input: Input, path: String) throws(DiagnosticsError) -> Node? {
        var builder = TreeBuilder(path: path)
        var failure: DiagnosticsError?
        let parserFailure = parse(input, path: path) { batch in
            do throws(DiagnosticsError) {
                for event in batch.events { try builder.consume(event, in: batch) }
            } catch {
                failure = error
            }
            return failure == nil
        }
        if let failure { throw failure }
        if let parserFailure { throw DiagnosticsError([parserFailure]) }
        return builder.root
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

    /// The bytes being parsed, shared with the parsing thread, which is done with them
    /// before `read` returns.
    struct Input: @unchecked Sendable {
        let buffer: UnsafeBufferPointer<UInt8>
    }

    /// Runs libyaml over `input` to the end of the first document, handing its events to
    /// `deliver` in batches until it returns `false`; returns the parser's error, if it
    /// stopped at one, or an error at the start of a second document, if there is one.
    private static func parse(_ input: Input, path: String, deliver: (YAMLEventBatch) -> Bool) -> Diagnostic? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return Diagnostic(.error, "cannot start the YAML parser", file: path)
        }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_input_string(&parser, input.buffer.baseAddress, input.buffer.count)
        var batch = YAMLEventBatch(capacity: EventPipe.batchSize)
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
                batch = YAMLEventBatch(capacity: EventPipe.batchSize)
            }
        }
        if !batch.events.isEmpty, !deliver(batch) { return nil }
        guard type == YAML_DOCUMENT_END_EVENT else { return nil }
        return secondDocumentError(&parser, path: path, input: input)
    }

    /// After the first document's end: an error at the start of a second document, which
    /// would otherwise be left unread, or the parser's error on the way to it.
    private static func secondDocumentError(_ parser: inout yaml_parser_t, path: String, input: Input) -> Diagnostic? {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            return parserError(parser, path: path, inputLength: characterCount(input.buffer))
        }
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_DOCUMENT_START_EVENT else { return nil }
        let line = Int(event.start_mark.line) + 1
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
