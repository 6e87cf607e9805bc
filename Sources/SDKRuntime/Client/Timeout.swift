/// Thrown inside ``withDeadline(_:operation:)`` when the time is up.
struct TimeoutReached: Error {}

/// The longest the client waits for anything, a year: a longer timeout, retry deadline or
/// delay counts as a year. (The clock cannot sleep until an instant much more than
/// `Int64.max` seconds away; `.seconds(Int64.max)` would stop the process.)
let longestWait = Duration.seconds(365 * 24 * 3600)

/// Runs `operation`, cancelling it and throwing ``TimeoutReached`` if it has not finished
/// by `deadline` on its clock.
func withDeadline<Value: Sendable>(
    _ deadline: Deadline,
    operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await deadline.timeline.sleep(until: deadline.instant)
            throw TimeoutReached()
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw CancellationError() }
        return value
    }
}
