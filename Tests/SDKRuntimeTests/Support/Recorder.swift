import Synchronization

/// A list that many tasks append to.
final class Recorder<Value: Sendable>: Sendable {
    private let storage = Mutex<[Value]>([])

    func append(_ value: Value) {
        storage.withLock { $0.append(value) }
    }

    var values: [Value] { storage.withLock { $0 } }
}

/// A counter many tasks increment.
final class Counter: Sendable {
    private let value = Mutex(0)

    /// Increments and returns the new value.
    @discardableResult
    func next() -> Int {
        value.withLock { $0 += 1; return $0 }
    }

    var current: Int { value.withLock { $0 } }
}
