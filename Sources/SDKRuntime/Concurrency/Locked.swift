import Foundation

/// A value guarded by a lock, for the runtime's little shared state (token caches, the
/// URLSession delegate's table of exchanges).
///
/// The standard library's `Mutex` needs iOS 18 and macOS 15; this runs wherever the rest
/// of the runtime does (iOS 16, macOS 13), and ThreadSanitizer sees its lock (it does not
/// see `Mutex`'s on Linux, and reports the accesses it guards as races).
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value while holding the lock.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
