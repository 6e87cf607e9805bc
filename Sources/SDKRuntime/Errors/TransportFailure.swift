import Foundation

/// A request that got no answer.
public struct TransportFailure: Sendable, CustomStringConvertible {
    /// Whether the connection could not be made at all, so the server cannot have seen
    /// the request; only such failures are retried for POST and PATCH.
    public var isConnectFailure: Bool
    /// The error the transport threw.
    public var underlying: any Error

    /// Creates a failure from a transport's error.
    public init(underlying: any Error) {
        self.underlying = underlying
        self.isConnectFailure = Self.isConnectFailure(underlying)
    }

    /// `cannot connect to the server: …` or `the connection failed: …`, on one line.
    public var description: String {
        let reason = SafeText.oneLine(self.reason)
        return isConnectFailure ? "cannot connect to the server: \(reason)" : "the connection failed: \(reason)"
    }

    /// The underlying error in words: Foundation's message for URL errors (without the
    /// dump of their user info), a localized description when there is one.
    private var reason: String {
        if underlying is URLError { return (underlying as NSError).localizedDescription }
        return (underlying as? LocalizedError)?.errorDescription ?? String(describing: underlying)
    }

    private static func isConnectFailure(_ error: any Error) -> Bool {
        if let error = error as? URLError {
            return [.cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet]
                .contains(error.code)
        }
        if let error = error as? POSIXError {
            return [.ECONNREFUSED, .EHOSTUNREACH, .ENETUNREACH].contains(error.code)
        }
        return false
    }
}
