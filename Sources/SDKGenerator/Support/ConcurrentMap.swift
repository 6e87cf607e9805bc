import Dispatch
import Foundation

/// `transform` applied to `0..<count` on every core, results in index order.
func concurrentMap<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
    let results = IndexedResults<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results.set(transform(index), at: index)
    }
    return results.values
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
