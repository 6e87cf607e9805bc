import Foundation
import Logging
import OpenAPIRuntime

extension APIClient {
    /// Everything an ``APIClient`` is set up with.
    public struct Configuration: Sendable {
        /// The server URL request paths are appended to.
        public var serverURL: URL
        /// Supplies the token of every bearer, OAuth 2 and OpenID Connect scheme without a
        /// credential of its own in ``credentials``; `nil` for none. It never serves an API
        /// key or HTTP Basic scheme: a token must not end up in a URL, a cookie or a field
        /// that is not redacted.
        public var tokenProvider: (any TokenProvider)?
        /// Credentials by security scheme name (`SecurityScheme.name`): ``APIKey`` for an
        /// API key, ``BasicCredentials`` for HTTP Basic, a token provider for a bearer scheme.
        /// An operation is sent with the first of its alternatives whose every scheme has a
        /// credential here or, for a bearer scheme, in ``tokenProvider``; when none has, the
        /// call fails with ``AuthenticationFailure/Kind/missingCredentials`` before sending.
        public var credentials: [String: any TokenProvider]
        /// Sends HTTP requests; ``DefaultTransport/shared`` by default. Any
        /// `ClientTransport` works, such as AsyncHTTPClient's. The client's redirect policy
        /// (credentials never follow a redirect to another origin) holds only for redirects
        /// the transport returns: one that follows them itself, as `URLSessionTransport`
        /// does, bypasses it.
        public var transport: any ClientTransport
        /// Run around every API request in order, the first outermost; token requests do
        /// not go through them.
        public var middlewares: [any ClientMiddleware]
        /// When failed calls are tried again.
        public var retryPolicy: RetryPolicy
        /// The longest one attempt may take, from getting its token to reading the whole
        /// response, and the time limit of the token requests the client makes; more than a
        /// year counts as a year.
        public var timeout: Duration
        /// The largest response body read, in bytes, 64 MiB by default; a larger one fails
        /// with ``SDKError/responseTooLarge(limit:)`` as soon as its `Content-Length` or the
        /// bytes received pass it.
        public var maxResponseBodySize: Int
        /// The longest a streamed response body (``APIClient/bytes(_:options:)``,
        /// ``APIClient/download(_:to:options:)``, an ``EventStream``) waits for its next
        /// bytes once the head has come, 5 minutes by default; `nil` for no limit. Silence
        /// for longer fails the read with ``SDKError/timedOut(after:)`` and cancels the
        /// transfer; a body read whole is bounded by ``timeout`` instead.
        public var idleTimeout: Duration? = .seconds(300)
        /// Whether a response missing a required member, or sending it as `null`, fails to
        /// decode; `false` by default, when the member gets its type's empty value and the
        /// miss is listed in ``APIResponse/decodingIssues``. Turn it on in tests, or to check
        /// a server against its spec. See ``DecodingIssue``.
        public var strictDecoding: Bool
        /// The `User-Agent` sent with every request.
        public var userAgent: String
        /// Where requests, responses and retries are logged, at debug and trace levels;
        /// tokens and secrets never are.
        public var logger: Logger
        /// The clock the client measures time and waits on: timeouts, idle timeouts, the
        /// waits between attempts (backoff and `Retry-After`), the retry deadline and the
        /// lifetimes of the tokens ``OAuth2TokenProvider`` caches. `ContinuousClock()` by
        /// default; a test can set a clock it advances itself, so that no wait takes real
        /// time. A `Retry-After` HTTP date is still compared with the system's date.
        public var clock: any Clock<Duration> = ContinuousClock()

        /// The default ``maxResponseBodySize``: 64 MiB.
        public static let defaultMaxResponseBodySize = 64 << 20

        /// Creates a configuration.
        public init(
            serverURL: URL,
            tokenProvider: (any TokenProvider)? = nil,
            credentials: [String: any TokenProvider] = [:],
            transport: any ClientTransport = DefaultTransport.shared,
            middlewares: [any ClientMiddleware] = [],
            retryPolicy: RetryPolicy = .default,
            timeout: Duration = .seconds(60),
            maxResponseBodySize: Int = Configuration.defaultMaxResponseBodySize,
            strictDecoding: Bool = false,
            userAgent: String = SDKInfo.userAgent,
            logger: Logger = Logger(label: SDKInfo.loggerLabel)
        ) {
            self.serverURL = serverURL
            self.tokenProvider = tokenProvider
            self.credentials = credentials
            self.transport = transport
            self.middlewares = middlewares
            self.retryPolicy = retryPolicy
            self.timeout = timeout
            self.maxResponseBodySize = maxResponseBodySize
            self.strictDecoding = strictDecoding
            self.userAgent = userAgent
            self.logger = logger
        }
    }
}
