import FlyingSocks
import Foundation
@_spi(Generated) @testable import SDKRuntime

/// A response body the test server writes part by part, waiting where the test says.
struct ScriptedBody: Sendable {
    enum Part: Sendable {
        case bytes([UInt8])
        /// Nothing more is sent until the gate opens.
        case wait(Gate)
        /// `count` zero bytes, made as they are sent, never held whole.
        case zeros(count: Int)
    }

    var parts: [Part]
    /// The `Content-Length` announced; `nil` sends the body chunked.
    var announcedLength: Int?

    static func text(_ text: String) -> Part { .bytes(Array(text.utf8)) }
}

/// The bytes of a ``ScriptedBody``, as FlyingFox writes bodies.
struct ScriptedBytes: AsyncBufferedSequence {
    typealias Element = UInt8
    let parts: [ScriptedBody.Part]

    func makeAsyncIterator() -> Iterator {
        Iterator(parts: parts[...])
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var parts: ArraySlice<ScriptedBody.Part>

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while let part = parts.first {
                switch part {
                case .bytes(let bytes):
                    guard !bytes.isEmpty else {
                        parts.removeFirst()
                        continue
                    }
                    let buffer = bytes.prefix(Swift.max(count, 1))
                    parts[parts.startIndex] = .bytes(Array(bytes.dropFirst(buffer.count)))
                    return buffer
                case .wait(let gate):
                    try await gate.pass()
                    parts.removeFirst()
                case .zeros(let remaining):
                    guard remaining > 0 else {
                        parts.removeFirst()
                        continue
                    }
                    let size = Swift.min(Swift.max(count, 1), remaining)
                    parts[parts.startIndex] = .zeros(count: remaining - size)
                    return ArraySlice(repeating: 0, count: size)
                }
            }
            return nil
        }
    }
}
