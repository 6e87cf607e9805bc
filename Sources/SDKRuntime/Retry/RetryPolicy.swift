import HTTPTypes

/// When and how often a failed call is tried again.
///
/// Waits between attempts grow exponentially with full jitter (a random wait between zero
/// and the exponential bound, capped at ``maxBackoff``), except that a `Retry-After` header
/// on the answer is honoured as given. Retrying ends at ``maxElapsedTime``.
///
/// Methods that may change state on the server (POST and PATCH) are retried only when the
/// server cannot have acted on them: on ``nonIdempotentStatuses`` (429 and 503 by default),
/// when the connection could not be made, and when getting the request's token failed
/// (the token endpoint timed out, could not be reached or answered one of
/// ``idempotentStatuses``), so a call such as a webhook test is never carried out twice
/// because of a retry. A request carrying an `Idempotency-Key` header field (which
/// generated operations send for operations whose spec takes one) is the exception: the
/// server carries it out once whatever the number of attempts, so it is retried like GET,
/// on ``idempotentStatuses`` and after an attempt that broke off, every attempt with the
/// same key. A 401 leads to one more attempt with a new token, within
/// ``maxAttempts``.
public struct RetryPolicy: Sendable, Hashable {
    /// The most attempts one call makes, the first included; `1` means no retry.
    public var maxAttempts: Int
    /// The bound on the wait before the first retry; it doubles for each further retry.
    public var initialBackoff: Duration
    /// The cap on the bound of any wait computed by backoff.
    public var maxBackoff: Duration
    /// The deadline for retrying, from the start of the call: no retry is started after
    /// it, a wait that would end after it is not begun, and a retry is cut short at it.
    /// More than a year counts as a year.
    public var maxElapsedTime: Duration
    /// The statuses that are retried for GET, HEAD, OPTIONS, PUT, DELETE and TRACE, and
    /// for any method when the token endpoint answers them.
    public var idempotentStatuses: Set<Int>
    /// The statuses that are retried for POST, PATCH and other methods.
    public var nonIdempotentStatuses: Set<Int>
    /// Whether each backoff wait is drawn at random below its bound (full jitter), or is
    /// the bound itself, so that a test knows every wait.
    var jitter = true

    /// Creates a policy; the defaults are those of ``default``.
    public init(
        maxAttempts: Int = 4,
        initialBackoff: Duration = .milliseconds(500),
        maxBackoff: Duration = .seconds(30),
        maxElapsedTime: Duration = .seconds(120),
        idempotentStatuses: Set<Int> = [408, 429, 500, 502, 503, 504],
        nonIdempotentStatuses: Set<Int> = [429, 503]
    ) {
        self.maxAttempts = maxAttempts
        self.initialBackoff = initialBackoff
        self.maxBackoff = maxBackoff
        self.maxElapsedTime = maxElapsedTime
        self.idempotentStatuses = idempotentStatuses
        self.nonIdempotentStatuses = nonIdempotentStatuses
    }

    /// Up to four attempts within two minutes, waits starting at half a second.
    public static let `default` = RetryPolicy()

    /// Every call makes exactly one attempt.
    public static let disabled = RetryPolicy(maxAttempts: 1)

    /// Whether an answer with `status` to a `method` request is worth another attempt.
    /// `idempotencyKey` tells whether the request carries an `Idempotency-Key` field.
    func retries(status: Int, method: HTTPRequest.Method, idempotencyKey: Bool = false) -> Bool {
        (method.isIdempotent || idempotencyKey ? idempotentStatuses : nonIdempotentStatuses).contains(status)
    }

    /// Whether a `method` request that failed without an answer is worth another attempt.
    /// `connectFailed` tells whether the connection was never made.
    func retriesFailure(connectFailed: Bool, method: HTTPRequest.Method, idempotencyKey: Bool = false) -> Bool {
        connectFailed || method.isIdempotent || idempotencyKey
    }

    /// The wait before retry number `retry` (1 for the first retry): a random duration
    /// between zero and `min(maxBackoff, initialBackoff × 2^(retry − 1))` (the bound itself
    /// without ``jitter``), negative settings counting as zero. Computed in seconds as
    /// `Double`, so no setting can overflow `Duration`.
    func backoff(beforeRetry retry: Int) -> Duration {
        let growth = Double(1 << min(max(retry - 1, 0), 30))
        let bound = min(max(0, maxBackoff.inSeconds), max(0, initialBackoff.inSeconds) * growth)
        return .seconds(jitter ? bound * Double.random(in: 0...1) : bound)
    }
}

extension Duration {
    /// The duration in seconds.
    fileprivate var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension HTTPRequest.Method {
    /// Whether sending the request twice has the same effect as sending it once (RFC 9110).
    var isIdempotent: Bool {
        [.get, .head, .options, .put, .delete, .trace].contains(self)
    }
}
