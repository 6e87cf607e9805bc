import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The events of a streamed response, decoded one by one as their bytes arrive.
///
/// Generated code returns these from the `…Stream` methods of operations that answer with
/// server-sent events, JSON Lines or JSON text sequences:
///
/// ```swift
/// for try await chunk in client.chat.createChatCompletionStream(body: request) {
///     print(chunk.choices.first?.delta.content ?? "", terminator: "")
/// }
/// ```
///
/// Nothing is sent until the sequence is read. The request is sent with
/// ``APIClient/Configuration``'s retry policy and timeout, which cover getting the
/// response's head; once a successful head has come, the body is read as it arrives, for
/// as long as the server sends it, and nothing is retried. An unsuccessful response
/// throws ``SDKError/http(_:)`` from the first read. When the server sends nothing for
/// longer than the idle timeout (``RequestOptions/idleTimeout``, else
/// ``APIClient/Configuration/idleTimeout``, 5 minutes by default), the next read throws
/// ``SDKError/timedOut(after:)`` and the transfer stops; a server that keeps a quiet
/// stream open sends comments or heartbeats more often than that.
///
/// Each event is yielded as soon as its last byte has come: with server-sent events,
/// when the blank line ending it has. An event of more than
/// ``APIClient/Configuration/maxResponseBodySize`` bytes throws
/// ``SDKError/responseTooLarge(limit:)``; the stream as a whole has no limit, and what is
/// held for a reader slower than the server is bounded (see ``DefaultTransport``). Stopping
/// early (`break`) or cancelling the task stops the transfer. A sequence is read once:
/// each iterator sends the request again.
public struct EventStream<Event: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Event
    public typealias Failure = any Error

    private let client: APIClient
    private let options: RequestOptions
    private let format: StreamFormat
    private let prepare: @Sendable (APIClient) throws -> PreparedRequest
    private let operationID: String
    private let decode: @Sendable (StreamRecord) throws -> Event?

    /// Creates the stream of `Event` values `request`'s response carries in `format`:
    /// each server-sent event's data, or each JSON value, decoded from JSON.
    ///
    /// - Parameters:
    ///   - client: The client the request is sent with.
    ///   - options: The request's options.
    ///   - request: The request; its response type is not used.
    ///   - format: How the response's body is cut into events.
    @_spi(Generated) public init<Response>(
        client: APIClient, options: RequestOptions = RequestOptions(), request: Request<Response>, format: StreamFormat
    ) where Event: Decodable {
        let operationID = request.operationID
        self.init(client: client, options: options, request: request, format: format) { record in
            let data: Data
            switch record {
            case .event(let event): data = Data(event.data.utf8)
            case .json(let json): data = json
            }
            do {
                return try JSONCoding.makeDecoder().decode(Event.self, from: data)
            } catch let error as DecodingError {
                throw SDKError.decoding(DecodingFailure(error, decoding: Event.self, operationID: operationID))
            }
        }
    }

    private init<Response>(
        client: APIClient, options: RequestOptions, request: Request<Response>, format: StreamFormat,
        decode: @escaping @Sendable (StreamRecord) throws -> Event?
    ) {
        self.client = client
        self.options = options
        self.format = format
        self.prepare = { client in try client.prepare(request, options: options, accept: format.accept) }
        self.operationID = request.operationID
        self.decode = decode
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Reads the events of an ``EventStream``.
    public struct Iterator: AsyncIteratorProtocol {
        private enum State {
            case unsent
            case reading(LimitedBody.Iterator)
            case finished
        }

        private let sequence: EventStream
        private var state = State.unsent
        private var framer: RecordFramer
        /// Records read and not yet returned, in order.
        private var pending: [StreamRecord] = []
        private var pendingIndex = 0

        init(sequence: EventStream) {
            self.sequence = sequence
            framer = RecordFramer(sequence.format, limit: sequence.client.configuration.maxResponseBodySize)
        }

        /// The next event, or `nil` after the last one.
        ///
        /// - Throws: ``SDKError`` when the request fails, an event is too large or does not
        ///   decode; `CancellationError` when the task is cancelled. The sequence ends after
        ///   an error.
        public mutating func next() async throws -> Event? {
            do {
                return try await nextEvent()
            } catch {
                state = .finished
                pending = []
                if error is SDKError || error is CancellationError { throw error }
                throw SDKError.transport(TransportFailure(underlying: error))
            }
        }

        private mutating func nextEvent() async throws -> Event? {
            while true {
                while pendingIndex < pending.count {
                    let record = pending[pendingIndex]
                    pendingIndex += 1
                    if case .event(let event) = record, event.data == "[DONE]" {
                        state = .finished
                        pending = []
                        return nil
                    }
                    if let event = try sequence.decode(record) { return event }
                }
                pending.removeAll(keepingCapacity: true)
                pendingIndex = 0
                switch state {
                case .finished:
                    return nil
                case .unsent:
                    try Task.checkCancellation()
                    state = .reading(try await sequence.client.openStream(
                        sequence.prepare(sequence.client), options: sequence.options).makeAsyncIterator())
                case .reading(var chunks):
                    let chunk = try await chunks.next()
                    try Task.checkCancellation()
                    guard let chunk else {
                        framer.finish(into: &pending)
                        state = .finished
                        continue
                    }
                    state = .reading(chunks)
                    try framer.feed(chunk, into: &pending)
                }
            }
        }
    }
}

extension EventStream where Event == ServerSentEvent {
    /// Creates the stream of the server-sent events `request`'s response carries, as the
    /// server framed them, for an operation whose events have no schema. A
    /// `data: [DONE]` event ends the stream.
    ///
    /// - Parameters:
    ///   - client: The client the request is sent with.
    ///   - options: The request's options.
    ///   - request: The request; its response type is not used.
    @_spi(Generated) public init<Response>(client: APIClient, options: RequestOptions = RequestOptions(), request: Request<Response>) {
        self.init(client: client, options: options, request: request, format: .serverSentEvents) { record in
            guard case .event(let event) = record else { return nil }
            return event
        }
    }
}
