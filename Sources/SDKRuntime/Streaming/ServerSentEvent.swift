import Foundation

/// One event of a `text/event-stream` response, as the server framed it.
///
/// An ``EventStream`` yields these for an operation whose spec gives no schema for its
/// events; with a schema it yields the decoded ``data`` instead.
public struct ServerSentEvent: Sendable, Hashable {
    /// The event's type, from its `event:` field; `nil` when it has none (a `message`).
    public var event: String?
    /// The event's data: its `data:` lines joined by line feeds.
    public var data: String
    /// The last event ID the stream set with an `id:` field, at this event.
    public var id: String?
    /// The reconnection time the stream asked for with a `retry:` field, if any so far.
    public var retry: Duration?

    /// Creates an event.
    public init(event: String? = nil, data: String, id: String? = nil, retry: Duration? = nil) {
        self.event = event
        self.data = data
        self.id = id
        self.retry = retry
    }

    /// The event's ``data`` decoded from JSON as `type`.
    ///
    /// - Throws: `DecodingError` when the data is not JSON of that type.
    public func decodeData<Value: Decodable>(as type: Value.Type) throws -> Value {
        try JSONCoding.makeDecoder().decode(type, from: Data(data.utf8))
    }
}

/// Cuts a `text/event-stream` body into events as its bytes arrive, as the HTML standard
/// describes: lines end with CR, LF or CRLF; a blank line ends an event; lines starting
/// with `:` are comments; a field's value follows its first colon, less one space.
struct ServerSentEventParser {
    /// The most bytes one event may hold before ``SDKError/responseTooLarge(limit:)``.
    let limit: Int

    private var line: [UInt8] = []
    private var afterCR = false
    private var atStart = true
    private var data: [UInt8] = []
    private var hasData = false
    private var eventType: String?
    private var lastEventID: String?
    private var retry: Duration?

    init(limit: Int) {
        self.limit = limit
    }

    /// The events `chunk` completes, in order.
    mutating func feed(_ chunk: some Collection<UInt8>, into events: inout [ServerSentEvent]) throws {
        var bytes = chunk[...]
        if atStart {
            // A leading byte order mark is not part of the first field.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
            if !bytes.isEmpty { atStart = false }
        }
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\n") where afterCR:
                afterCR = false
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                afterCR = byte == UInt8(ascii: "\r")
                if let event = endLine() { events.append(event) }
            default:
                afterCR = false
                line.append(byte)
            }
        }
        if line.count + data.count > limit { throw SDKError.responseTooLarge(limit: limit) }
    }

    /// Handles the line read so far; returns the event a blank line completes.
    private mutating func endLine() -> ServerSentEvent? {
        defer { line.removeAll(keepingCapacity: true) }
        guard !line.isEmpty else { return dispatch() }
        if line[0] == UInt8(ascii: ":") { return nil }
        let colon = line.firstIndex(of: UInt8(ascii: ":")) ?? line.endIndex
        let name = String(decoding: line[..<colon], as: UTF8.self)
        var value = colon < line.endIndex ? line[(colon + 1)...] : []
        if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
        switch name {
        case "event":
            eventType = String(decoding: value, as: UTF8.self)
        case "data":
            if hasData { data.append(UInt8(ascii: "\n")) }
            data.append(contentsOf: value)
            hasData = true
        case "id":
            if !value.contains(0) { lastEventID = String(decoding: value, as: UTF8.self) }
        case "retry":
            if !value.isEmpty, value.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                let milliseconds = Int64(String(decoding: value, as: UTF8.self))
            {
                retry = .milliseconds(milliseconds)
            }
        default:
            break
        }
        return nil
    }

    /// The event the fields so far make, if it has data; starts the next event.
    private mutating func dispatch() -> ServerSentEvent? {
        defer {
            data.removeAll(keepingCapacity: true)
            hasData = false
            eventType = nil
        }
        guard hasData else { return nil }
        return ServerSentEvent(
            event: eventType.flatMap { $0.isEmpty ? nil : $0 }, data: String(decoding: data, as: UTF8.self),
            id: lastEventID, retry: retry)
    }
}
