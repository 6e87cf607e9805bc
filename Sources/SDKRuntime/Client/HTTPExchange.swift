import Foundation
import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A response's body: read whole, or left to stream.
enum ResponseContent: Sendable {
    case data(Data)
    /// The body as it arrives; `nil` when the response has none.
    case stream(HTTPBody?)

    /// The body read whole; empty for a streamed one.
    var data: Data {
        if case .data(let data) = self { return data }
        return Data()
    }
}

/// One request and its whole answer, the shared last step of API calls and token requests.
enum HTTPExchange {
    /// Sends `request` through `send` and reads the whole response body by `deadline`,
    /// on its clock, refusing a body of more than `maxBodySize` bytes (see ``LimitedBody``).
    ///
    /// Errors become ``SDKError``: ``SDKError/timedOut(after:)`` with `limit` when the
    /// deadline passes, and with the time taken when the transport gives up first with
    /// `URLError.timedOut`; ``SDKError/transport(_:)`` for whatever else the transport
    /// throws, and for a body that ends before the length it announced. Cancellation (also
    /// when it cuts a body short) and errors that already are ``SDKError`` pass through.
    static func perform(
        until deadline: Deadline, limit: Duration, maxBodySize: Int,
        _ send: @escaping @Sendable () async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, Data) {
        let (response, content) = try await perform(until: deadline, limit: limit, maxBodySize: maxBodySize, streaming: false, send)
        guard case .data(let data) = content else { return (response, Data()) }
        return (response, data)
    }

    /// Like ``perform(until:limit:maxBodySize:_:)``, but with `streaming`, a successful
    /// response's body is returned unread, and only its head must come by `deadline`; an
    /// unsuccessful one is still read whole, for its error.
    static func perform(
        until deadline: Deadline, limit: Duration, maxBodySize: Int, streaming: Bool,
        _ send: @escaping @Sendable () async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, ResponseContent) {
        let started = deadline.timeline.now
        do {
            return try await withDeadline(deadline) {
                let (response, body) = try await send()
                if streaming, response.status.kind == .successful { return (response, .stream(body)) }
                guard let body else { return (response, .data(Data())) }
                return (response, .data(try await LimitedBody(body, of: response, limit: maxBodySize).collect()))
            }
        } catch is TimeoutReached {
            throw SDKError.timedOut(after: limit)
        } catch let error as SDKError {
            throw error
        } catch let error as CancellationError {
            throw error
        } catch let error as URLError where error.code == .timedOut {
            throw SDKError.timedOut(after: deadline.timeline.now - started)
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
