import Dispatch
import Foundation

/// `first()` and `second()`, run at the same time on two threads.
func inParallel<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    let results = Results<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 {
            let value = first()
            results.lock.withLock { results.first = value }
        } else {
            let value = second()
            results.lock.withLock { results.second = value }
        }
    }
    return results.lock.withLock { (results.first!, results.second!) }
}

private final class Results<A, B>: @unchecked Sendable {
    let lock = NSLock()
    var first: A?
    var second: B?
}
