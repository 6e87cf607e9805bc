/// Thrown inside ``withDeadline(_:operation:)`` when the time is up.
struct TimeoutReached: Error {}

/// Runs `operation`, cancelling it and throwing ``TimeoutReached`` if it has not finished
/// by `deadline`.
func withDeadline<Value: Sendable>(
    _ deadline: ContinuousClock.Instant,
    operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(until: deadline, clock: .continuous)
            throw TimeoutReached()
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw CancellationError() }
        return value
    }
}
