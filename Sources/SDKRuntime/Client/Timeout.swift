/// Thrown inside ``withTimeout(_:operation:)`` when the time is up.
struct TimeoutReached: Error {}

/// Runs `operation`, cancelling it and throwing ``TimeoutReached`` when it takes longer than
/// `limit`.
func withTimeout<Value: Sendable>(
    _ limit: Duration,
    operation: @escaping @Sendable () async throws -> Value
) async throws -> Value {
    try await withThrowingTaskGroup(of: Value.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: limit)
            throw TimeoutReached()
        }
        defer { group.cancelAll() }
        guard let value = try await group.next() else { throw CancellationError() }
        return value
    }
}
