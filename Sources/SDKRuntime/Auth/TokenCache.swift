/// A token a token endpoint issued and how long it lasts from when it was asked for;
/// never printed.
struct IssuedToken: Sendable, CustomStringConvertible, CustomReflectable {
    var value: String
    var lifetime: Duration

    var description: String { "IssuedToken(\(Redaction.placeholder))" }
    var customMirror: Mirror { Mirror(self, children: [:]) }
}

/// Holds the current token of one token endpoint and makes sure that however many tasks
/// need a new one at the same moment, only one request for it is made.
///
/// The request runs in a task of its own: a caller that is cancelled, or stops waiting
/// because its own time is up, leaves at once, and the request goes on for the others.
final class TokenCache: Sendable, CustomStringConvertible, CustomReflectable {
    /// The current token and when it should be replaced, as times on ``timeline``.
    private struct Entry {
        var value: String
        /// When to start fetching the next token: until then the token is used as it is.
        var refreshAt: Duration
        /// When the token runs out. Between ``refreshAt`` and this, it is still served while
        /// its successor is fetched, so a failed refresh fails no caller.
        var expiresAt: Duration

        /// `token`, asked for at `issued`, refreshed a little before it runs out: a tenth of
        /// its lifetime early, at most a minute.
        init(_ token: IssuedToken, issued: Duration) {
            value = token.value
            refreshAt = issued + token.lifetime - min(.seconds(60), token.lifetime / 10)
            expiresAt = issued + token.lifetime
        }
    }

    private struct State {
        var current: Entry?
        var isRefreshing = false
        /// After a refresh failed while the current token was still valid: not before then
        /// is another tried, so callers are not each held up by a failing endpoint.
        var nextRefreshAttempt: Duration?
        var waiters: [Int: CheckedContinuation<String, any Error>] = [:]
        var nextWaiter = 0
    }

    private let state = Locked(State())
    /// Where token lifetimes are measured.
    private let timeline: Timeline

    /// A cache measuring token lifetimes on `clock`.
    init(clock: any Clock<Duration>) {
        timeline = Timeline(clock)
    }

    /// How long after a failed early refresh the next is tried, while the token lasts.
    static let refreshRetryDelay: Duration = .seconds(5)

    /// The cached token while it is valid, otherwise the result of `fetch`, shared with
    /// every caller that asks while it runs. A token due for refresh but not yet expired is
    /// returned at once while `fetch` runs in the background; if that fails, the token is
    /// still served and the refresh tried again later. Throws `CancellationError` as soon
    /// as the calling task is cancelled.
    func token(fetch: @escaping @Sendable () async throws -> IssuedToken) async throws -> String {
        let id = state.withLock { state in
            defer { state.nextWaiter += 1 }
            return state.nextWaiter
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                enum Next { case answer(String, refreshing: Bool), cancelled, wait, refresh }
                let next: Next = state.withLock { state in
                    let now = timeline.now
                    if let current = state.current, now < current.expiresAt {
                        let due = now >= current.refreshAt && !state.isRefreshing
                            && state.nextRefreshAttempt.map { now >= $0 } ?? true
                        if due { state.isRefreshing = true }
                        return .answer(current.value, refreshing: due)
                    }
                    if Task.isCancelled { return .cancelled }
                    state.waiters[id] = continuation
                    if state.isRefreshing { return .wait }
                    state.isRefreshing = true
                    return .refresh
                }
                switch next {
                case .answer(let value, let refreshing):
                    if refreshing { Task { await refresh(fetch) } }
                    continuation.resume(returning: value)
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .wait: break
                case .refresh: Task { await refresh(fetch) }
                }
            }
        } onCancel: {
            state.withLock { $0.waiters.removeValue(forKey: id) }?.resume(throwing: CancellationError())
        }
    }

    /// Whether a token is being fetched.
    var isRefreshing: Bool { state.withLock { $0.isRefreshing } }

    /// Drops `value` if it is still the current token, so the next caller fetches another.
    func invalidate(_ value: String) {
        state.withLock { state in
            if state.current?.value == value { state.current = nil }
        }
    }

    private func refresh(_ fetch: @Sendable () async throws -> IssuedToken) async {
        let issued = timeline.now
        let result: Result<Entry, any Error>
        do {
            result = .success(Entry(try await fetch(), issued: issued))
        } catch {
            result = .failure(error)
        }
        let waiters = state.withLock { state in
            switch result {
            case .success(let token):
                state.current = token
                state.nextRefreshAttempt = nil
            case .failure:
                // The current token, if still valid, goes on being served (see `token(fetch:)`).
                state.nextRefreshAttempt = timeline.now + Self.refreshRetryDelay
            }
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
