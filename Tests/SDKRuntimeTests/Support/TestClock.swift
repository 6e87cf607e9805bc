@testable import SDKRuntime

/// A clock whose time moves only when a test moves it, so that no wait takes real time.
///
/// Set it as a client's ``APIClient/Configuration/clock``. A sleep ends when
/// ``advance(by:)`` reaches its deadline, or at once, moving the clock to its deadline,
/// when the clock was made to skip sleeps of its length: skipping the short waits between
/// attempts lets a call retry at once while the attempts' longer timeouts, raced against
/// real requests, go on waiting. ``slept`` lists every sleep that ran to its end, by the
/// duration it asked for, so a test can expect the exact waits; sleeps cut short by
/// cancellation (a timeout that did not fire) are not in it.
final class TestClock: Clock {
    struct Instant: InstantProtocol, CustomStringConvertible {
        /// The time since the clock was made.
        var offset: Duration

        func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        func duration(to other: Instant) -> Duration { other.offset - offset }
        static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
        var description: String { "\(offset)" }
    }

    private struct Sleeper {
        var deadline: Instant
        var requested: Duration
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Int: Sleeper] = [:]
        /// Tasks waiting for a number of sleeps of a given length to be under way.
        var watchers: [Int: (requested: Duration, count: Int, continuation: CheckedContinuation<Void, any Error>)] = [:]
        var slept: [Duration] = []
        var nextID = 0

        mutating func makeID() -> Int {
            defer { nextID += 1 }
            return nextID
        }

        /// How many sleeps under way asked for `requested`.
        func sleeping(for requested: Duration) -> Int {
            sleepers.values.count(where: { $0.requested == requested })
        }

        /// Removes the sleepers whose deadline has come, earliest first, recording them.
        mutating func takeDue() -> [CheckedContinuation<Void, any Error>] {
            let due = sleepers.filter { $0.value.deadline <= now }.sorted { ($0.value.deadline, $0.key) < ($1.value.deadline, $1.key) }
            for (id, sleeper) in due {
                sleepers[id] = nil
                slept.append(sleeper.requested)
            }
            return due.map(\.value.continuation)
        }
    }

    private let state = Locked(State())
    private let skips: @Sendable (Duration) -> Bool

    /// A clock at zero that skips the sleeps whose requested length `skips` accepts; by
    /// default none.
    init(skippingSleeps skips: @escaping @Sendable (Duration) -> Bool = { _ in false }) {
        self.skips = skips
    }

    /// A clock at zero that skips every sleep up to `longest`.
    convenience init(skippingSleepsUpTo longest: Duration) {
        self.init(skippingSleeps: { $0 <= longest })
    }

    var now: Instant { state.withLock { $0.now } }
    var minimumResolution: Duration { .zero }

    /// The time since the clock was made.
    var elapsed: Duration { now.offset }

    /// The sleeps that ran to their end, by the duration each asked for, in the order they
    /// ended.
    var slept: [Duration] { state.withLock { $0.slept } }

    /// The durations the sleeps under way asked for, earliest deadline first.
    var sleeping: [Duration] {
        state.withLock { $0.sleepers.values.sorted { $0.deadline < $1.deadline }.map(\.requested) }
    }

    func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        let id = state.withLock { $0.makeID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Next { case cancelled, wake([CheckedContinuation<Void, any Error>]) }
                let next: Next = state.withLock { state in
                    if Task.isCancelled { return .cancelled }
                    let requested = state.now.duration(to: deadline)
                    if requested <= .zero {
                        state.slept.append(max(requested, .zero))
                        return .wake([continuation])
                    }
                    state.sleepers[id] = Sleeper(deadline: deadline, requested: requested, continuation: continuation)
                    if skips(requested) {
                        state.now = deadline
                        return .wake(state.takeDue())
                    }
                    let watching = state.watchers.filter {
                        $0.value.requested == requested && state.sleeping(for: requested) >= $0.value.count
                    }
                    for id in watching.keys { state.watchers[id] = nil }
                    return .wake(watching.values.map(\.continuation))
                }
                switch next {
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .wake(let continuations): for woken in continuations { woken.resume() }
                }
            }
        } onCancel: {
            state.withLock { $0.sleepers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Moves the clock forward by `duration`, ending every sleep whose deadline it reaches.
    func advance(by duration: Duration) {
        let due = state.withLock { state in
            state.now = state.now.advanced(by: duration)
            return state.takeDue()
        }
        for continuation in due { continuation.resume() }
    }

    /// Returns once `count` tasks are sleeping for `requested` (as asked when they began),
    /// such as timeouts a test is about to pass; throws when the waiting task is cancelled.
    func waitForSleep(of requested: Duration, count: Int = 1) async throws {
        let id = state.withLock { $0.makeID() }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                enum Next { case cancelled, ready, wait }
                let next: Next = state.withLock { state in
                    if Task.isCancelled { return .cancelled }
                    if state.sleeping(for: requested) >= count { return .ready }
                    state.watchers[id] = (requested, count, continuation)
                    return .wait
                }
                switch next {
                case .cancelled: continuation.resume(throwing: CancellationError())
                case .ready: continuation.resume()
                case .wait: break
                }
            }
        } onCancel: {
            state.withLock { $0.watchers.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Waits for `count` sleeps of `duration` to begin, then advances the clock by it:
    /// passes timeouts that are under way.
    func advance(pastSleepOf duration: Duration, count: Int = 1) async throws {
        try await waitForSleep(of: duration, count: count)
        advance(by: duration)
    }
}

extension RetryPolicy {
    /// The policy with each backoff wait its bound, so that a test knows every wait.
    var withoutJitter: RetryPolicy {
        var policy = self
        policy.jitter = false
        return policy
    }
}
