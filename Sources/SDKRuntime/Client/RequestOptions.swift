/// Settings for one call that override the client's configuration.
public struct RequestOptions: Sendable {
    /// The retry policy for this call; `nil` uses the client's.
    public var retryPolicy: RetryPolicy?
    /// The longest one attempt of this call may take, its token included; `nil` uses the
    /// client's. A token request the call starts runs with the client's timeout all the
    /// same, as other calls may wait for it.
    public var timeout: Duration?

    /// Creates options; the defaults change nothing.
    public init(retryPolicy: RetryPolicy? = nil, timeout: Duration? = nil) {
        self.retryPolicy = retryPolicy
        self.timeout = timeout
    }
}
