import Foundation
import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One request and its whole answer, the shared last step of API calls and token requests.
enum HTTPExchange {
    /// Sends `request` through `send` and reads the whole response body by `deadline`,
    /// refusing a body of more than `maxBodySize` bytes (see ``LimitedBody``).
    ///
    /// Errors become ``SDKError``: ``SDKError/timedOut(after:)`` with `limit` when the
    /// deadline passes, and with the time taken when the transport gives up first with
    /// `URLError.timedOut`; ``SDKError/transport(_:)`` for whatever else the transport
    /// throws. Cancellation and errors that already are ``SDKError`` pass through.
    static func perform(
        until deadline: ContinuousClock.Instant, limit: Duration, maxBodySize: Int,
        _ send: @escaping @Sendable () async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, Data) {
        let started = ContinuousClock.now
        do {
            return try await withDeadline(deadline) {
                let (response, body) = try await send()
                guard let body else { return (response, Data()) }
                return (response, try await LimitedBody(body, of: response, limit: maxBodySize).collect())
            }
        } catch is TimeoutReached {
            throw SDKError.timedOut(after: limit)
        } catch let error as SDKError {
            throw error
        } catch let error as CancellationError {
            throw error
        } catch let error as URLError where error.code == .timedOut {
            throw SDKError.timedOut(after: ContinuousClock.now - started)
        } catch {
            throw SDKError.transport(TransportFailure(underlying: error))
        }
    }

    /// `url` without its path, query and fragment: the base URL a transport appends a
    /// request's path to.
    static func origin(of url: URL) -> URL? {
        guard var components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return nil }
        components.percentEncodedPath = ""
        components.percentEncodedQuery = nil
        components.fragment = nil
        return components.url
    }

    /// `url`'s path and query, percent-encoded as they are sent.
    static func pathAndQuery(of url: URL) -> String {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return "/" }
        let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        return components.percentEncodedQuery.map { "\(path)?\($0)" } ?? path
    }
}
