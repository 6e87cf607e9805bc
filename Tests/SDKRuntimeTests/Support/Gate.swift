@_spi(Generated) @testable import SDKRuntime

/// Where tasks (a test server's handlers, typically) wait until the test opens it: a slow
/// or hanging server without sleeping and hoping the rest happened meanwhile.
final class Gate: Sendable {
    private struct State {
        var isOpen = false
        var arrivals = 0
        var passing: [Int: CheckedContinuation<Void, any Error>] = [:]
        /// Tasks waiting for a number of arrivals.
        var watchers: [Int: (count: Int, continuation: CheckedContinuation<Void, any Error>)] = [:]
        var nextID = 0

        mutating func makeID() -> Int {
            defer { nextID += 1 }
            return nextID
        }
    }

    private let state = Locked(State())

    /// How many tasks have come to the gate.
    var arrivals: Int { state.withLock { $0.arrivals } }

    /// Counts an arrival and waits until the gate is open; throws `CancellationError` when
    /// the task is cancelled (the server stopped).
    func pass() async throws {
        try await suspend(register: { state, id, continuation in
            state.arrivals += 1
            let arrived = state.watchers.filter { $0.value.count <= state.arrivals }
            for id in arrived.keys { state.watchers[id] = nil }
            if !state.isOpen { state.passing[id] = continuation }
            return arrived.values.map(\.continuation) + (state.isOpen ? [continuation] : [])
        }, unregister: { state, id in state.passing.removeValue(forKey: id) })
    }

    /// Returns once `count` tasks have come to the gate.
    func waitForArrivals(_ count: Int = 1) async throws {
        try await suspend(register: { state, id, continuation in
            if state.arrivals >= count { return [continuation] }
            state.watchers[id] = (count, continuation)
            return []
        }, unregister: { state, id in state.watchers.removeValue(forKey: id)?.continuation })
    }

    /// Lets every waiting task through, and every later one at once.
    func open() {
        let passing = state.withLock { state in
            state.isOpen = true
            defer { state.passing = [:] }
            return state.passing.values
        }
        for continuation in passing { continuation.resume() }
    }

    /// Suspends with a continuation `register` stores or returns among those to resume at
    /// once; `unregister` takes it back when the task is cancelled.
    private func suspend(
        register: @escaping @Sendable (inout State, Int, CheckedContinuation<Void, any Error>) -> [CheckedContinuation<Void, any Error>],
        unregister: @escaping @Sendable (inout State, Int) -> CheckedContinuation<Void, any Error>?
    ) async throws {
        let id = state.withLock { $0.makeID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let ready: [CheckedContinuation<Void, any Error>]? = state.withLock { state in
                    Task.isCancelled ? nil : register(&state, id, continuation)
                }
                guard let ready else { return continuation.resume(throwing: CancellationError()) }
                for continuation in ready { continuation.resume() }
            }
        } onCancel: {
            state.withLock { unregister(&$0, id) }?.resume(throwing: CancellationError())
        }
    }
}
