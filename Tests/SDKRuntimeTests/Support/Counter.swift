@testable import SDKRuntime

/// A counter many tasks increment.
final class Counter: Sendable {
    private let value = Locked(0)

    /// Increments and returns the new value.
    @discardableResult
    func next() -> Int {
        value.withLock { $0 += 1; return $0 }
    }

    var current: Int { value.withLock { $0 } }
}
