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
    }

    private let exchanges = Locked<[Int: Exchange]>([:])

    /// Starts `task`, which resumes `head` when the response's head is in and feeds `chunks`
    /// with its body; a task cancelled before it starts fails at once.
    func start(
        _ task: URLSessionDataTask, head: CheckedContinuation<Head, any Error>,
        chunks: AsyncThrowingStream<HTTPBody.ByteChunk, any Error>.Continuation
    ) {
        guard !Task.isCancelled else {
            head.resume(throwing: CancellationError())
            return
        }
        exchanges.withLock { $0[task.taskIdentifier] = Exchange(head: head, chunks: chunks) }
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
            let length: HTTPBody.Length =
                response.expectedContentLength >= 0 ? .known(response.expectedContentLength) : .unknown
            head?.resume(returning: Head(head: converted, length: length))
            completionHandler(.allow)
        } catch {
            head?.resume(throwing: error)
            completionHandler(.cancel)
        }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let chunks = exchanges.withLock { $0[dataTask.taskIdentifier]?.chunks }
        chunks?.yield(ArraySlice(data))
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
