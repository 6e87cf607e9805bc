import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A response body read with a cap on its size and, for a streamed one, on the silence
/// between its chunks, as its chunks arrive; a body that ends short of its announced length
/// or because the task was cancelled is never read as complete.
///
/// The cap is checked against the announced length first (the body's length, else the
/// `Content-Length` field), before a byte is read, then against the bytes received, so an
/// oversized body is refused without being held in memory. Iterating yields the chunks
/// as they come, which is what a streamed response hands its caller; ``collect()`` reads
/// the whole body for a decoded one.
struct LimitedBody: AsyncSequence, Sendable {
    typealias Element = HTTPBody.ByteChunk

    private let body: HTTPBody
    private let limit: Int
    private let idleTimeout: Duration?
    private let clock: any Clock<Duration>
    /// The length the transport promised, which the body must reach.
    private let expected: Int64?

    /// Throws ``SDKError/responseTooLarge(limit:)`` when `response` announces a body of
    /// more than `limit` bytes; `idleTimeout` is the longest to wait for each chunk, on
    /// `clock`.
    init(
        _ body: HTTPBody, of response: HTTPResponse, limit: Int, idleTimeout: Duration? = nil,
        clock: any Clock<Duration> = ContinuousClock()
    ) throws {
        let announced: Int64? =
            if case .known(let length) = body.length {
                length
            } else {
                response.headerFields[.contentLength].flatMap { Int64($0) }
            }
        if let announced, announced > Int64(limit) { throw SDKError.responseTooLarge(limit: limit) }
        self.body = body
        self.limit = limit
        self.idleTimeout = idleTimeout
        self.clock = clock
        // Only the transport's own promise: `Content-Length` is the encoded length when the
        // transport decodes a `Content-Encoding`, and not the body's at all for HEAD.
        if case .known(let length) = body.length { expected = length } else { expected = nil }
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(
            chunks: ChunkSource(body.makeAsyncIterator()), limit: limit, idle: idleTimeout.map { ($0, Timeline(clock)) },
            expected: expected)
    }

    /// The whole body.
    func collect() async throws -> Data {
        var data = Data()
        for try await chunk in self {
            data.append(contentsOf: chunk)
        }
        return data
    }

    struct Iterator: AsyncIteratorProtocol {
        fileprivate let chunks: ChunkSource
        let limit: Int
        /// The idle timeout and the timeline it is measured on.
        let idle: (timeout: Duration, timeline: Timeline)?
        let expected: Int64?
        var received = 0

        /// The next chunk, or `nil` once the whole body came.
        ///
        /// Throws ``SDKError/responseTooLarge(limit:)`` as soon as more than `limit` bytes
        /// have come; ``SDKError/timedOut(after:)`` when no chunk comes within the idle
        /// timeout, cancelling the transfer; ``BodyEndedEarly`` when the body ends short of
        /// the length the transport announced; `CancellationError` when it ends because the
        /// task was cancelled, as a stream then ends without an error.
        mutating func next() async throws -> HTTPBody.ByteChunk? {
            guard let chunk = try await nextChunk() else {
                try Task.checkCancellation()
                if let expected, Int64(received) < expected {
                    throw BodyEndedEarly(received: received, expected: expected)
                }
                return nil
            }
            received += chunk.count
            guard received <= limit else { throw SDKError.responseTooLarge(limit: limit) }
            return chunk
        }

        private func nextChunk() async throws -> HTTPBody.ByteChunk? {
            guard let idle else { return try await chunks.next() }
            let chunks = chunks
            do {
                // Losing the race cancels the read, which cancels the transfer.
                return try await withDeadline(Deadline(after: idle.timeout, on: idle.timeline)) { try await chunks.next() }
            } catch is TimeoutReached {
                throw SDKError.timedOut(after: idle.timeout)
            }
        }
    }
}

/// A body iterator the reads of one ``LimitedBody/Iterator`` share, so each read can run
/// in the child task that races it against the idle timeout.
///
/// Unchecked: the reads never overlap, as each one is awaited before the next starts.
private final class ChunkSource: @unchecked Sendable {
    private var iterator: HTTPBody.Iterator

    init(_ iterator: HTTPBody.Iterator) {
        self.iterator = iterator
    }

    func next() async throws -> HTTPBody.ByteChunk? {
        try await iterator.next()
    }
}

/// A response body ended before as many bytes came as its transport announced (from
/// `Content-Length`): the connection closed early.
struct BodyEndedEarly: Error, LocalizedError {
    var received: Int
    var expected: Int64

    var errorDescription: String? {
        "the response body ended after \(received) of the \(expected) bytes its Content-Length announced"
    }
}
