import Dispatch
import Foundation

/// Whether the stages that can use several cores do. Every parallel step has a serial
/// path giving the same result, which tests compare byte for byte.
package enum Parallelism: Sendable, Hashable {
    /// Every step on the calling thread.
    case serial
    /// Independent pieces on every core.
    case parallel
}

/// `transform` applied to `0..<count`, results in index order: on every core when
/// `parallelism` allows, else in order on this thread.
package func concurrentMap<Result: Sendable>(
    _ count: Int, _ parallelism: Parallelism = .parallel, _ transform: @Sendable (Int) -> Result
) -> [Result] {
    guard parallelism == .parallel, count > 1 else { return (0..<count).map(transform) }
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
