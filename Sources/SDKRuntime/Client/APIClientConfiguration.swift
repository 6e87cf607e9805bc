import Foundation
import Logging
import OpenAPIRuntime

extension APIClient {
    /// Everything an ``APIClient`` is set up with.
    public struct Configuration: Sendable {
        /// The server URL request paths are appended to.
        public var serverURL: URL
        /// Supplies bearer tokens for operations that need credentials; `nil` for none.
        public var tokenProvider: (any TokenProvider)?
        /// Sends HTTP requests; `URLSessionTransport` by default.
        public var transport: any ClientTransport
        /// Run around every API request in order, the first outermost; token requests do
        /// not go through them.
        public var middlewares: [any ClientMiddleware]
        /// When failed calls are tried again.
        public var retryPolicy: RetryPolicy
        /// The longest one attempt may take, from sending the request to reading the whole
        /// response.
        public var timeout: Duration
        /// The `User-Agent` sent with every request.
        public var userAgent: String
        /// Where requests, responses and retries are logged, at debug and trace levels;
        /// tokens and secrets never are.
        public var logger: Logger

        /// Creates a configuration.
        public init(
            serverURL: URL,
            tokenProvider: (any TokenProvider)? = nil,
            transport: any ClientTransport = DefaultTransport.shared,
            middlewares: [any ClientMiddleware] = [],
            retryPolicy: RetryPolicy = .default,
            timeout: Duration = .seconds(60),
            userAgent: String = SDKInfo.userAgent,
            logger: Logger = Logger(label: SDKInfo.loggerLabel)
        ) {
            self.serverURL = serverURL
            self.tokenProvider = tokenProvider
            self.transport = transport
            self.middlewares = middlewares
            self.retryPolicy = retryPolicy
            self.timeout = timeout
            self.userAgent = userAgent
            self.logger = logger
        }
    }
}
