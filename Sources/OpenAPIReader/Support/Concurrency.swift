import Dispatch
import Foundation

/// `transform` applied to `0..<count` on every core, results in index order.
package func concurrentMap<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
    let results = IndexedResults<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results.set(transform(index), at: index)
    }
    return results.values
}

/// `first()` and `second()`, run at the same time on two threads.
package func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let firstResult = IndexedResults<A>(count: 1)
    let secondResult = IndexedResults<B>(count: 1)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            firstResult.set(first(), at: 0)
        } else {
            secondResult.set(second(), at: 0)
        }
    }
    return (firstResult.values[0], secondResult.values[0])
}

/// Results written from several threads, one slot each.
private final class IndexedResults<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value] {
        lock.withLock { slots.map { $0! } }
    }
}
