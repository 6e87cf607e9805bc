import Foundation
import HTTPTypes
import OpenAPIRuntime

/// A response body read with a cap on its size, as its chunks arrive.
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

    /// Throws ``SDKError/responseTooLarge(limit:)`` when `response` announces a body of
    /// more than `limit` bytes.
    init(_ body: HTTPBody, of response: HTTPResponse, limit: Int) throws {
        let announced: Int64? =
            if case .known(let length) = body.length {
                length
            } else {
                response.headerFields[.contentLength].flatMap { Int64($0) }
            }
        if let announced, announced > Int64(limit) { throw SDKError.responseTooLarge(limit: limit) }
        self.body = body
        self.limit = limit
    }

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: body.makeAsyncIterator(), limit: limit)
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
        var chunks: HTTPBody.Iterator
        let limit: Int
        var received = 0

        /// The next chunk; throws ``SDKError/responseTooLarge(limit:)`` as soon as more than
        /// `limit` bytes have come.
        mutating func next() async throws -> HTTPBody.ByteChunk? {
            guard let chunk = try await chunks.next() else { return nil }
            received += chunk.count
            guard received <= limit else { throw SDKError.responseTooLarge(limit: limit) }
            return chunk
        }
    }
}
