/// Time on one clock as durations since one of its instants, so that what measures and
/// waits holds no instant of a particular clock type and works with any
/// ``APIClient/Configuration/clock``.
struct Timeline: Sendable {
    private let elapsed: @Sendable () -> Duration
    private let sleeper: @Sendable (Duration) async throws -> Void

    /// A timeline whose zero is `clock`'s present.
    init(_ clock: any Clock<Duration>) {
        self.init(startingNow: clock)
    }

    private init(startingNow clock: some Clock<Duration>) {
        let origin = clock.now
        elapsed = { origin.duration(to: clock.now) }
        sleeper = { try await clock.sleep(until: origin.advanced(by: $0), tolerance: nil) }
    }

    /// The time since the timeline's zero.
    var now: Duration { elapsed() }

    /// Suspends until `instant` (a time since the timeline's zero) has come, or for at most
    /// ``longestWait``; throws `CancellationError` when the task is cancelled.
    func sleep(until instant: Duration) async throws {
        try await sleeper(min(instant, now + longestWait))
    }

    /// Suspends for `duration`, at most ``longestWait``.
    func sleep(for duration: Duration) async throws {
        try await sleep(until: now + duration)
    }
}

/// An instant on a timeline by which something must be done.
struct Deadline: Sendable {
    let timeline: Timeline
    /// The time since the timeline's zero.
    let instant: Duration

    /// `limit` from now, at most ``longestWait``.
    init(after limit: Duration, on timeline: Timeline) {
        self.timeline = timeline
        instant = timeline.now + min(limit, longestWait)
    }

    /// The time left until the deadline; negative once it has passed.
    var remaining: Duration { instant - timeline.now }
}
