import FlyingSocks
import Foundation

/// A response body the test server starts sending and never finishes: `prefix`, then
/// silence until the server stops.
struct StallingBody: Sendable {
    var prefix: Data
    /// The `Content-Length` announced; `nil` sends the body chunked, with no length.
    var announcedLength: Int?
}

/// The bytes of a ``StallingBody``, as FlyingFox writes bodies.
struct StallingBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let prefix: [UInt8]

    func makeAsyncIterator() -> Iterator {
        Iterator(prefix: prefix)
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var prefix: [UInt8]

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            guard prefix.isEmpty else {
                let buffer = prefix.prefix(count)
                prefix.removeFirst(buffer.count)
                return buffer
            }
            try await Task.sleep(for: .seconds(3600))
            return nil
        }
    }
}
