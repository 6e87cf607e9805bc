import Foundation

/// How a streamed response body is cut into events.
@_spi(Generated) public enum StreamFormat: Sendable, Hashable {
    /// Server-sent events (`text/event-stream`): each event's `data` is one event; a
    /// `data: [DONE]` event ends the stream.
    case serverSentEvents
    /// JSON Lines (`application/jsonl`, `application/x-ndjson`): one JSON value a line;
    /// blank lines are skipped.
    case jsonLines
    /// JSON text sequences (`application/json-seq`, RFC 7464): JSON values each after a
    /// record separator (U+001E).
    case jsonSequence

    /// The `Accept` field a request for this format sends.
    var accept: String {
        switch self {
        case .serverSentEvents: "text/event-stream"
        case .jsonLines: "application/jsonl, application/x-ndjson"
        case .jsonSequence: "application/json-seq"
        }
    }
}

/// One unit of a streamed body: an event, or the bytes of one JSON value.
enum StreamRecord {
    case event(ServerSentEvent)
    case json(Data)
}

/// Cuts a streamed body into records as its bytes arrive; each record may hold at most
/// `limit` bytes.
struct RecordFramer {
    private enum State {
        case events(ServerSentEventParser)
        /// The bytes of the record being read, and the byte that ends a record.
        case values(pending: [UInt8], separator: UInt8)
    }

    private var state: State
    private let limit: Int

    init(_ format: StreamFormat, limit: Int) {
        self.limit = limit
        switch format {
        case .serverSentEvents: state = .events(ServerSentEventParser(limit: limit))
        case .jsonLines: state = .values(pending: [], separator: UInt8(ascii: "\n"))
        case .jsonSequence: state = .values(pending: [], separator: 0x1E)
        }
    }

    /// Appends the records `chunk` completes to `records`.
    mutating func feed(_ chunk: ArraySlice<UInt8>, into records: inout [StreamRecord]) throws {
        switch state {
        case .events(var parser):
            var events: [ServerSentEvent] = []
            try parser.feed(chunk, into: &events)
            state = .events(parser)
            records += events.map(StreamRecord.event)
        case .values(var pending, let separator):
            var rest = chunk
            while let end = rest.firstIndex(of: separator) {
                pending += rest[..<end]
                Self.append(pending, to: &records)
                pending.removeAll(keepingCapacity: true)
                rest = rest[(end + 1)...]
            }
            pending += rest
            state = .values(pending: pending, separator: separator)
            if pending.count > limit { throw SDKError.responseTooLarge(limit: limit) }
        }
    }

    /// Appends the record the body's end completes to `records`: a last JSON value
    /// without its line feed. (An event without its blank line is dropped, as the
    /// standard says.)
    mutating func finish(into records: inout [StreamRecord]) {
        if case .values(let pending, let separator) = state {
            Self.append(pending, to: &records)
            state = .values(pending: [], separator: separator)
        }
    }

    /// `bytes` without surrounding white space as a record, unless that leaves nothing.
    private static func append(_ bytes: [UInt8], to records: inout [StreamRecord]) {
        let isSpace: (UInt8) -> Bool = { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return }
        records.append(.json(Data(bytes[first...last])))
    }
}
