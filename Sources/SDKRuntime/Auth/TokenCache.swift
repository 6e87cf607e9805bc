/// A token and when it should be replaced.
struct CachedToken: Sendable {
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
}

/// Holds the current token and makes sure that however many tasks need a new one at the
/// same moment, only one request for it is made.
actor TokenCache {
    private var current: CachedToken?
    private var refresh: Task<CachedToken, any Error>?

    /// The cached token when still fresh, otherwise the result of `fetch`, shared with every
    /// caller that asks while it runs.
    func token(fetch: @escaping @Sendable () async throws -> CachedToken) async throws -> String {
        if let current, current.isFresh(at: .now) { return current.value }
        if let refresh { return try await refresh.value.value }
        let task = Task { try await fetch() }
        refresh = task
        defer { refresh = nil }
        let token = try await task.value
        current = token
        return token.value
    }

    /// Drops `value` if it is still the current token, so the next caller fetches another.
    func invalidate(_ value: String) {
        if current?.value == value { current = nil }
    }
}
