import Foundation
import OpenAPIRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// How many body bytes ``DefaultTransport`` holds for a reader that has not taken them yet.
///
/// Past ``high`` bytes the data task is suspended, so URLSession stops reading from the
/// socket and TCP flow control slows the server down; once the reader has brought the
/// buffer down to ``low`` bytes the task resumes. The gap between the two keeps a reader
/// that takes chunk by chunk from suspending and resuming the task for every chunk.
///
/// swift-corelibs-foundation (Linux, Windows) cannot pause a transfer: its `suspend()`
/// takes the transfer off libcurl and `resume()` starts it again from the beginning,
/// sending the request a second time and delivering the body twice. There the task is
/// never suspended, and a reader that falls more than ``limit`` bytes behind fails the
/// body instead (``ReaderFellBehind``), so memory stays bounded on every platform.
struct BufferLimits: Sendable {
    /// The buffered bytes above which the task is suspended.
    var high: Int
    /// The buffered bytes at or below which a suspended task resumes.
    var low: Int
    /// The buffered bytes above which the transfer is cancelled and the body fails: never
    /// reached where the task is suspended at ``high``.
    var limit: Int

    /// 1 MiB and 256 KiB: far more than URLSession delivers at once, so a reader keeping up
    /// never stalls the transfer, and little enough to hold for many streams at a time;
    /// at most 64 MiB, what a client reads whole by default, where a task cannot be suspended.
    static let `default` = BufferLimits(high: 1 << 20, low: 256 << 10, limit: 64 << 20)

    /// Whether URLSession's `suspend()` pauses a transfer (Apple platforms) rather than
    /// restarting it on `resume()` (swift-corelibs-foundation).
    static let canSuspend: Bool = {
        #if canImport(FoundationNetworking)
            false
        #else
            true
        #endif
    }()
}

/// A body's reader fell further behind the server than ``BufferLimits/limit`` bytes, on a
/// platform where the transfer cannot be paused to wait for it.
struct ReaderFellBehind: Error, LocalizedError {
    var limit: Int

    var errorDescription: String? {
        "the response body's reader fell more than \(limit) bytes behind the server, which this platform's URLSession cannot pause"
    }
}

/// Counts the bytes of one response body that URLSession delivered and its reader has not
/// taken, and suspends and resumes the data task at the water marks of ``BufferLimits``.
///
/// URLSession calls ``received(_:)`` on the session's delegate queue; the reader calls
/// ``taken(_:)`` on whatever thread it runs. Both hold one lock while they suspend, resume
/// or cancel the task, so the calls never cross: a task is suspended at most once before it
/// is resumed.
final class ResponseBodyBuffer: Sendable {
    /// What to do with a chunk URLSession delivered.
    enum Disposition: Equatable {
        /// Hand it to the reader.
        case deliver
        /// Fail the body with ``ReaderFellBehind``: the reader is too far behind.
        case overflow
        /// Drop it: the body already failed.
        case drop
    }

    private struct State {
        var buffered = 0
        var suspended = false
        var overflowed = false
    }

    private let task: URLSessionDataTask
    let limits: BufferLimits
    private let state = Locked(State())
    /// The most bytes any body of the transport held at once, which tests read.
    private let peak: Locked<Int>

    init(task: URLSessionDataTask, limits: BufferLimits, peak: Locked<Int>) {
        self.task = task
        self.limits = limits
        self.peak = peak
    }

    /// Counts `count` bytes URLSession delivered, suspending the task past the high mark,
    /// or cancelling it past the limit.
    func received(_ count: Int) -> Disposition {
        let (disposition, buffered) = state.withLock { state -> (Disposition, Int) in
            guard !state.overflowed else { return (.drop, state.buffered) }
            state.buffered += count
            if state.buffered > limits.limit {
                state.overflowed = true
                task.cancel()
                return (.overflow, state.buffered)
            }
            if BufferLimits.canSuspend, !state.suspended, state.buffered > limits.high {
                state.suspended = true
                task.suspend()
            }
            return (.deliver, state.buffered)
        }
        peak.withLock { $0 = max($0, buffered) }
        return disposition
    }

    /// Counts `count` bytes the reader took, resuming the task at the low mark.
    func taken(_ count: Int) {
        state.withLock { state in
            state.buffered -= count
            if state.suspended, state.buffered <= limits.low {
                state.suspended = false
                task.resume()
            }
        }
    }
}

/// A body's chunks as URLSession delivers them, each counted off its
/// ``ResponseBodyBuffer`` when the reader takes it.
struct BufferedChunks: AsyncSequence, Sendable {
    typealias Element = HTTPBody.ByteChunk

    let chunks: AsyncThrowingStream<HTTPBody.ByteChunk, any Error>
    let buffer: ResponseBodyBuffer

    func makeAsyncIterator() -> Iterator {
        Iterator(chunks: chunks.makeAsyncIterator(), buffer: buffer)
    }

    struct Iterator: AsyncIteratorProtocol {
        var chunks: AsyncThrowingStream<HTTPBody.ByteChunk, any Error>.Iterator
        let buffer: ResponseBodyBuffer

        mutating func next() async throws -> HTTPBody.ByteChunk? {
            guard let chunk = try await chunks.next() else { return nil }
            buffer.taken(chunk.count)
            return chunk
        }
    }
}
