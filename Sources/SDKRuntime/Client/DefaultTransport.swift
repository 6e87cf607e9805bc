import Foundation
import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The transport clients use unless given another: URLSession, streaming each response
/// body as it arrives.
///
/// The response is returned as soon as its head is in; its body is an `HTTPBody` whose
/// chunks come as URLSession receives them, on every platform (`URLSessionTransport`
/// buffers whole bodies on Linux). So a client can refuse a body that is too large from
/// its `Content-Length` or as soon as too many bytes came, and stop the transfer.
/// Dropping the body unread cancels the transfer too.
///
/// A body is buffered only up to a bound. On Apple platforms, when its reader falls behind
/// and more than 1 MiB has come that it has not taken, the transfer is suspended (TCP flow
/// control then slows the server down) until the reader has brought it down to 256 KiB, so
/// a fast server and a slow reader hold about a megabyte per body, however large the body.
/// swift-corelibs-foundation's URLSession (Linux) cannot pause a transfer without
/// restarting it, so there a reader that falls more than 64 MiB behind fails the body with
/// ``SDKError/transport(_:)`` and the transfer is cancelled.
///
/// The session follows no redirects (the client does, by one policy for every transport,
/// so a bearer token never follows one to another host or down to plain http), and keeps
/// no cache and no cookies. Its own time limits are a
/// week, so they never cut an attempt sooner than the client's timeout does.
public final class DefaultTransport: ClientTransport, Sendable {
    /// The transport shared by every client that is not given another.
    public static let shared = DefaultTransport()

    /// URLSession's request and resource time limits: long enough never to interfere.
    static let sessionTimeLimit: TimeInterval = 7 * 24 * 3600

    let session: URLSession
    private let router: TaskRouter
    /// When a transfer is suspended for a reader that fell behind, and resumed.
    let bufferLimits: BufferLimits
    /// The most bytes of one body this transport has held at once for its reader.
    let peakBufferedBytes = Locked(0)

    /// Creates a transport with a session of its own.
    public convenience init() {
        self.init(bufferLimits: .default)
    }

    /// Creates a transport that suspends a transfer at `bufferLimits`.
    init(bufferLimits: BufferLimits) {
        self.bufferLimits = bufferLimits
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.timeoutIntervalForRequest = Self.sessionTimeLimit
        configuration.timeoutIntervalForResource = Self.sessionTimeLimit
        router = TaskRouter()
        session = URLSession(configuration: configuration, delegate: router, delegateQueue: nil)
    }

    /// Sends `request` to `baseURL` and returns once the response's head is in; the body
    /// streams as it arrives.
    public func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws
        -> (HTTPResponse, HTTPBody?)
    {
        var urlRequest = try URLRequest(request, baseURL: baseURL)
        if let body {
            urlRequest.httpBody = try await Data(collecting: body, upTo: .max)
        }
        let task = session.dataTask(with: urlRequest)
        let (stream, chunks) = AsyncThrowingStream<HTTPBody.ByteChunk, any Error>.makeStream()
        let buffer = ResponseBodyBuffer(task: task, limits: bufferLimits, peak: peakBufferedBytes)
        chunks.onTermination = { termination in
            if case .cancelled = termination { task.cancel() }
        }
        do {
            let response = try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { head in
                    router.start(task, head: head, chunks: chunks, buffer: buffer)
                }
            } onCancel: {
                task.cancel()
            }
            let body = BufferedChunks(chunks: stream, buffer: buffer)
            return (response.head, HTTPBody(body, length: response.length, iterationBehavior: .single))
        } catch let error as URLError where error.code == .cancelled && Task.isCancelled {
            throw CancellationError()
        }
    }
}
