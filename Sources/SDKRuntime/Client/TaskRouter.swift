import Foundation
import HTTPTypes
import OpenAPIRuntime

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The session delegate of ``DefaultTransport``: hands each task's response head to the
/// call waiting for it and its body bytes to the body's stream, and refuses redirects.
final class TaskRouter: NSObject, URLSessionDataDelegate, Sendable {
    /// A response head and the length its body announced.
    struct Head: Sendable {
        var head: HTTPResponse
        var length: HTTPBody.Length
    }

    private struct Exchange {
        var head: CheckedContinuation<Head, any Error>?
        var chunks: AsyncThrowingStream<HTTPBody.ByteChunk, any Error>.Continuation
        var buffer: ResponseBodyBuffer
    }

    private let exchanges = Locked<[Int: Exchange]>([:])

    /// Starts `task`, which resumes `head` when the response's head is in and feeds `chunks`
    /// with its body, counting each chunk into `buffer`; a task cancelled before it starts
    /// fails at once.
    func start(
        _ task: URLSessionDataTask, head: CheckedContinuation<Head, any Error>,
        chunks: AsyncThrowingStream<HTTPBody.ByteChunk, any Error>.Continuation, buffer: ResponseBodyBuffer
    ) {
        guard !Task.isCancelled else {
            head.resume(throwing: CancellationError())
            return
        }
        exchanges.withLock { $0[task.taskIdentifier] = Exchange(head: head, chunks: chunks, buffer: buffer) }
        task.resume()
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void
    ) {
        let head = exchanges.withLock { exchanges -> CheckedContinuation<Head, any Error>? in
            defer { exchanges[dataTask.taskIdentifier]?.head = nil }
            return exchanges[dataTask.taskIdentifier]?.head
        }
        do {
            let converted = try HTTPResponse(response)
            head?.resume(returning: Head(head: converted, length: Self.bodyLength(of: response, to: dataTask)))
            completionHandler(.allow)
        } catch {
            head?.resume(throwing: error)
            completionHandler(.cancel)
        }
    }

    /// The length of the body URLSession will deliver: none for a HEAD request or a 204 or
    /// 304 status, whatever `Content-Length` says; unknown when URLSession decodes a
    /// `Content-Encoding`, as the length is then the encoded one.
    private static func bodyLength(of response: URLResponse, to task: URLSessionDataTask) -> HTTPBody.Length {
        if task.originalRequest?.httpMethod == "HEAD" { return .known(0) }
        if let response = response as? HTTPURLResponse {
            if [204, 304].contains(response.statusCode) { return .known(0) }
            let encoding = response.value(forHTTPHeaderField: "Content-Encoding")?.trimmingCharacters(in: .whitespaces)
            if let encoding, !encoding.isEmpty, encoding.lowercased() != "identity" { return .unknown }
        }
        return response.expectedContentLength >= 0 ? .known(response.expectedContentLength) : .unknown
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        guard let exchange = exchanges.withLock({ $0[dataTask.taskIdentifier] }) else { return }
        // Counted before the reader can take it, so the count never goes below zero.
        switch exchange.buffer.received(data.count) {
        case .deliver: exchange.chunks.yield(ArraySlice(data))
        case .overflow: exchange.chunks.finish(throwing: ReaderFellBehind(limit: exchange.buffer.limits.limit))
        case .drop: break
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        guard let exchange = exchanges.withLock({ $0.removeValue(forKey: task.taskIdentifier) }) else { return }
        exchange.head?.resume(throwing: error ?? URLError(.badServerResponse))
        exchange.chunks.finish(throwing: error)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
