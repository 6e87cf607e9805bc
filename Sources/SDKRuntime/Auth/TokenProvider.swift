import Foundation
import Logging
import OpenAPIRuntime

/// Supplies the bearer token sent as `Authorization: Bearer <token>` with every request
/// whose operation needs credentials.
///
/// Implementations must be safe to call from many tasks at once, and should cache a token
/// for as long as it is valid.
public protocol TokenProvider: Sendable {
    /// Returns a token for a request to `context.serverURL`, fetching a new one if needed.
    func token(in context: TokenContext) async throws -> String

    /// Forgets `token` because the server rejected it with 401.
    ///
    /// Returns `true` when a different token may be available on the next call to
    /// ``token(in:)``; the client then tries the request once more.
    func invalidate(_ token: String) async -> Bool
}

extension TokenProvider {
    /// A provider whose token cannot change has nothing to forget.
    public func invalidate(_ token: String) async -> Bool { false }
}

/// What a ``TokenProvider`` may use to get a token: the client's server, transport and
/// clock.
public struct TokenContext: Sendable {
    /// The server the token is for; relative token URLs resolve against it.
    public var serverURL: URL
    /// The transport token requests are sent through.
    public var transport: any ClientTransport
    /// The `User-Agent` to send.
    public var userAgent: String
    /// The longest a token request may take: the client's configured timeout, not what is
    /// left of one call's time, because a provider may share the request between callers
    /// (each of which stops waiting when its own time is up).
    public var timeout: Duration
    /// The largest token response read, in bytes: the client's
    /// ``APIClient/Configuration/maxResponseBodySize``.
    public var maxResponseBodySize: Int
    /// Where to log; never log a token or secret.
    public var logger: Logger
    /// The clock token lifetimes and token requests' time limits are measured on: the
    /// client's ``APIClient/Configuration/clock``.
    public var clock: any Clock<Duration>

    /// Creates a context.
    public init(
        serverURL: URL, transport: any ClientTransport, userAgent: String, timeout: Duration,
        maxResponseBodySize: Int = APIClient.Configuration.defaultMaxResponseBodySize, logger: Logger,
        clock: any Clock<Duration> = ContinuousClock()
    ) {
        self.serverURL = serverURL
        self.transport = transport
        self.userAgent = userAgent
        self.timeout = timeout
        self.maxResponseBodySize = maxResponseBodySize
        self.logger = logger
        self.clock = clock
    }
}
