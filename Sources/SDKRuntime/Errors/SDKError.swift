import Foundation

/// Everything that can go wrong when the SDK sends a request.
///
/// Descriptions are written for a person (`404 Not Found: webhook not found (code 5)`),
/// are one line (control characters in text from the server or the configuration are
/// escaped, and a server's message is cut at 300 characters) and never contain a token, a
/// client secret or a signed assertion.
public enum SDKError: Error, Sendable {
    /// The server answered with a status that is not a success.
    case http(HTTPFailure)
    /// The request did not get an answer: the connection failed or broke.
    case transport(TransportFailure)
    /// The call took longer than its timeout or its retry deadline allowed.
    case timedOut(after: Duration)
    /// The server answered with a success, but its body is not what the operation promises.
    case decoding(DecodingFailure)
    /// The response body is larger than ``APIClient/Configuration/maxResponseBodySize``
    /// (`limit` bytes); it was refused as it arrived and is never retried.
    case responseTooLarge(limit: Int)
    /// Credentials are missing, malformed, refused by the token endpoint or would have been
    /// sent over an insecure connection.
    case authentication(AuthenticationFailure)
    /// The request cannot be sent as built, e.g. a header value containing CR or LF.
    case invalidRequest(String)
    /// The client is not configured well enough to send anything, e.g. no server URL.
    case configuration(String)
    /// Reading the pages of an operation stopped because the server returned a page token
    /// it had returned before.
    case pagination(PaginationFailure)
}

extension SDKError: CustomStringConvertible, LocalizedError {
    /// A one-line description for a person.
    public var description: String {
        switch self {
        case .http(let failure): return failure.description
        case .transport(let failure): return failure.description
        case .timedOut(let duration): return "the request timed out after \(duration.secondsText)"
        case .decoding(let failure): return failure.description
        case .responseTooLarge(let limit): return "the response body is larger than the limit of \(limit) bytes"
        case .authentication(let failure): return failure.description
        case .invalidRequest(let message): return "invalid request: \(SafeText.oneLine(message, limit: 1000))"
        case .configuration(let message): return SafeText.oneLine(message, limit: 1000)
        case .pagination(let failure): return failure.description
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }

    /// The HTTP status the server answered with, for ``http(_:)`` and for a token
    /// endpoint's refusal.
    public var status: Int? {
        switch self {
        case .http(let failure): return failure.status.code
        case .authentication(let failure): return failure.response?.status.code
        default: return nil
        }
    }

    /// The server's error body decoded as `type`, for an ``http(_:)`` failure whose status
    /// the spec documents with that type (see ``HTTPFailure/decodedBody(as:)``).
    ///
    /// ```swift
    /// } catch let error as SDKError {
    ///     if let notFound = error.decodedBody(as: NotFound.self) { print(notFound.message) }
    /// }
    /// ```
    ///
    /// - Parameter type: The documented error type.
    public func decodedBody<Body>(as type: Body.Type) -> Body? {
        if case .http(let failure) = self { return failure.decodedBody(as: type) }
        return nil
    }
}
