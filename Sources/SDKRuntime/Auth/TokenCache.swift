
/// A token and when it should be replaced; never printed.
struct CachedToken: Sendable, CustomStringConvertible, CustomReflectable {
    var value: String
    /// When to fetch a new token; `nil` when the server gave no lifetime.
    var refreshAt: ContinuousClock.Instant?

    /// A token valid for `lifetime` from `issued`, refreshed a little before it runs out:
    /// a tenth of its lifetime early, at most a minute.
    init(value: String, lifetime: Duration?, issued: ContinuousClock.Instant) {
        self.value = value
        self.refreshAt = lifetime.map { issued + $0 - min(.seconds(60), $0 / 10) }
    }

    func isFresh(at now: ContinuousClock.Instant) -> Bool {
        refreshAt.map { now < $0 } ?? true
    }

    var description: String { "CachedToken(\(Redaction.placeholder))" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// Holds the current token of one token endpoint and makes sure that however many tasks
/// need a new one at the same moment, only one request for it is made.
///
/// The request runs in a task of its own: a caller that is cancelled, or stops waiting
/// because its own time is up, leaves at once, and the request goes on for the others.
final class TokenCache: Sendable, CustomStringConvertible, CustomReflectable {
    private struct State {
        var current: CachedToken?
        var isRefreshing = false
        var waiters: [Int: CheckedContinuation<String, any Error>] = [:]
        var nextWaiter = 0
    }

    private let state = Locked(State())

    /// The cached token when still fresh, otherwise the result of `fetch`, shared with every
    /// caller that asks while it runs. Throws `CancellationError` as soon as the calling
    /// task is cancelled.
    func token(fetch: @escaping @Sendable () async throws -> CachedToken) async throws -> String {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                enum Next { case answer(String), cancelled, wait, refresh }
                let next: Next = state.withLock { state in
                    if let current = state.current, current.isFresh(at: .now) { return .answer(current.value) }
                    if Task.isCancelled { return .cancelled }
                    state.waiters[id] = continuation
                    if state.isRefreshing { return .wait }
                    state.isRefreshing = true
                    return .refresh
                }
                switch next {
                case .answer(let value): continuation.resume(returning: value)
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .wait: break
                case .refresh: Task { await refresh(fetch) }
                }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume(throwing: CancellationError())
        }
    }

    /// Drops `value` if it is still the current token, so the next caller fetches another.
    func invalidate(_ value: String) {
        state.withLock { state in
            if state.current?.value == value { state.current = nil }
        }
    }

    private func refresh(_ fetch: @Sendable () async throws -> CachedToken) async {
        let result: Result<CachedToken, any Error>
        do {
            result = .success(try await fetch())
        } catch {
            result = .failure(error)
        }
        let waiters = state.withLock { state in
            if case .success(let token) = result { state.current = token }
            state.isRefreshing = false
            defer { state.waiters = [:] }
            return state.waiters.values
        }
        for waiter in waiters {
            waiter.resume(with: result.map(\.value))
        }
    }

    var description: String { "TokenCache(\(Redaction.placeholder))" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}
