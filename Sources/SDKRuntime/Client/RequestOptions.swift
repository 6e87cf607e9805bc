import Foundation

/// Settings for one call that override the client's configuration, and what the call sends
/// beyond what the operation's arguments say.
///
/// ```swift
/// let options = RequestOptions(headerFields: ["X-Trace-Id": traceID], queryItems: [URLQueryItem(name: "debug", value: "1")])
/// let widget = try await client.widgets.retrieve(id: id, options: options)
/// ```
public struct RequestOptions: Sendable {
    /// The retry policy for this call; `nil` uses the client's.
    public var retryPolicy: RetryPolicy?
    /// The longest one attempt of this call may take, its token included; `nil` uses the
    /// client's. A token request the call starts runs with the client's timeout all the
    /// same, as other calls may wait for it.
    public var timeout: Duration?
    /// The longest a streamed response body (``APIClient/bytes(_:options:)``,
    /// ``APIClient/download(_:to:options:)``, an ``EventStream``) may wait for its next
    /// bytes once the head has come; `nil` uses the client's
    /// ``APIClient/Configuration/idleTimeout``. When the server sends nothing for this
    /// long, the read throws ``SDKError/timedOut(after:)`` and the transfer is cancelled.
    /// Only the server's silence counts, not the time the reader spends between chunks.
    public var idleTimeout: Duration?
    /// Header fields sent with this call, by name; each replaces the fields of the same
    /// name (any case) that the operation's arguments set. Values are never logged, as they
    /// may be secrets. `Accept`, `User-Agent` and `Content-Type` here replace the client's.
    /// A value containing CR, LF or NUL fails the call with
    /// ``SDKError/invalidRequest(_:)``. An `Idempotency-Key` field here makes a POST or
    /// PATCH retried like an idempotent method (see ``RetryPolicy``).
    public var headerFields: [String: String]
    /// Query items sent with this call after the operation's own, not yet percent-encoded.
    public var queryItems: [URLQueryItem]

    /// Creates options; the defaults change nothing.
    ///
    /// - Parameters:
    ///   - retryPolicy: The retry policy for this call; `nil` uses the client's.
    ///   - timeout: The longest one attempt may take; `nil` uses the client's.
    ///   - idleTimeout: The longest a streamed body may wait for its next bytes; `nil` uses
    ///     the client's.
    ///   - headerFields: Header fields to send, replacing those of the same name.
    ///   - queryItems: Query items to send after the operation's own.
    public init(
        retryPolicy: RetryPolicy? = nil, timeout: Duration? = nil, idleTimeout: Duration? = nil,
        headerFields: [String: String] = [:], queryItems: [URLQueryItem] = []
    ) {
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.idleTimeout = idleTimeout
        self.headerFields = headerFields
        self.queryItems = queryItems
    }
}

extension Request {
    /// The request with the header fields and query items of `options` added.
    func adding(_ options: RequestOptions) -> Request {
        guard !options.headerFields.isEmpty || !options.queryItems.isEmpty else { return self }
        var request = self
        request.query += options.queryItems
        let replaced = Set(options.headerFields.keys.map { $0.lowercased() })
        request.headers.removeAll { replaced.contains($0.name.lowercased()) }
        request.headers += options.headerFields.sorted { $0.key < $1.key }.map { HeaderField(name: $0.key, value: $0.value) }
        return request
    }
}
