import Foundation
import SDKGenDiagnostics

/// Hands batches of events from the thread running libyaml to the thread building the
/// tree, so the two overlap. The producer waits when a few batches are queued, so events
/// never pile up far ahead of the tree.
final class EventPipe: @unchecked Sendable {
    /// Events per batch: enough that handing over costs nothing next to parsing them.
    static let batchSize = 2048
    private static let maxQueued = 8

    private let condition = NSCondition()
    private var queued: [YAMLEventBatch] = []
    private var isFinished = false
    private var isCancelled = false
    private var failure: Diagnostic?

    /// Queues `batch`; `false` when the reader has given up and the producer should stop.
    func put(_ batch: YAMLEventBatch) -> Bool {
        condition.withLock {
            while queued.count >= Self.maxQueued && !isCancelled { condition.wait() }
            guard !isCancelled else { return false }
            queued.append(batch)
            condition.broadcast()
            return true
        }
    }

    /// Ends the stream, with the parser's error if it stopped at one.
    func finish(failure: Diagnostic?) {
        condition.withLock {
            self.failure = failure
            isFinished = true
            condition.broadcast()
        }
    }

    /// The next batch, or `nil` once the stream has ended; with the parser's error, if any.
    func take() -> (batch: YAMLEventBatch?, failure: Diagnostic?) {
        condition.withLock {
            while queued.isEmpty && !isFinished { condition.wait() }
            guard queued.isEmpty else {
                condition.broadcast()
                return (queued.removeFirst(), nil)
            }
            return (nil, failure)
        }
    }

    /// Tells the producer to stop, then waits until it has.
    func cancelAndWait() {
        condition.withLock {
            isCancelled = true
            condition.broadcast()
            while !isFinished { condition.wait() }
        }
    }
}
