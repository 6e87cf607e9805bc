import Foundation
import HTTPTypes
import OpenAPIRuntime

extension APIClient {
    /// Sends `request` like ``send(_:options:)`` and returns its successful response's
    /// body unread, as soon as the head is in.
    func openStream(_ request: PreparedRequest, options: RequestOptions) async throws -> LimitedBody {
        try await openStreamWithResponse(request, options: options).body
    }

    /// The successful response's head and its body unread (empty when it has none).
    ///
    /// The body has no size limit, as it is never held whole (the transport bounds what it
    /// buffers for a slow reader); each read waits for its chunk at most the idle timeout,
    /// and a body ending short of its announced length throws.
    func openStreamWithResponse(_ request: PreparedRequest, options: RequestOptions) async throws
        -> (head: HTTPResponse, body: LimitedBody)
    {
        let (response, content) = try await sendWithRetries(
            request, policy: options.retryPolicy ?? configuration.retryPolicy,
            timeout: options.timeout ?? configuration.timeout, streaming: true)
        let body: HTTPBody
        if case .stream(let streamed?) = content { body = streamed } else { body = HTTPBody() }
        return (
            response,
            try LimitedBody(
                body, of: response, limit: .max, idleTimeout: options.idleTimeout ?? configuration.idleTimeout,
                clock: configuration.clock)
        )
    }

    /// The bytes of `request`'s response body, as they arrive, without holding the body in
    /// memory; see ``ResponseBytes``.
    ///
    /// Use it with any operation's request builder, for a download too large to hold:
    ///
    /// ```swift
    /// for try await chunk in client.bytes(Files.download(fileID: id)) {
    ///     try handle.write(contentsOf: chunk)
    /// }
    /// ```
    public func bytes<Response>(_ request: Request<Response>, options: RequestOptions = RequestOptions()) -> ResponseBytes {
        ResponseBytes(client: self, options: options, prepare: { client in try client.prepare(request, options: options, accept: "*/*", download: true) })
    }

    /// Sends `request` and writes its response body to `file` as it arrives, replacing
    /// the file; returns the response with `file` as its body.
    ///
    /// The body is never held in memory, so ``Configuration/maxResponseBodySize`` does
    /// not apply. The request is retried like ``send(_:options:)`` until a successful head
    /// comes; the timeout covers getting the head, and the idle timeout
    /// (``RequestOptions/idleTimeout``, else ``Configuration/idleTimeout``) each wait for
    /// more of the body. When the transfer fails, stalls for longer than the idle timeout,
    /// ends before the `Content-Length` it announced, or the task is cancelled, the partial
    /// file is removed and the call throws.
    ///
    /// - Throws: ``SDKError``; ``SDKError/invalidRequest(_:)`` when `file` cannot be
    ///   written; `CancellationError` when the task is cancelled.
    @discardableResult
    public func download<Response>(
        _ request: Request<Response>, to file: URL, options: RequestOptions = RequestOptions()
    ) async throws -> APIResponse<URL> {
        let (head, body) = try await openStreamWithResponse(prepare(request, options: options, accept: "*/*", download: true), options: options)
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
            let handle = try? FileHandle(forWritingTo: file)
        else {
            throw SDKError.invalidRequest("cannot write the response of \(request.operationID) to \(file.path)")
        }
        do {
            defer { try? handle.close() }
            for try await chunk in body {
                try Task.checkCancellation()
                try handle.write(contentsOf: chunk)
            }
            try Task.checkCancellation()
        } catch {
            try? FileManager.default.removeItem(at: file)
            if error is SDKError || error is CancellationError { throw error }
            throw SDKError.transport(TransportFailure(underlying: error))
        }
        return APIResponse(status: head.status, headerFields: head.headerFields, body: file)
    }
}

/// The bytes of a response body, in chunks as they arrive.
///
/// ``APIClient/bytes(_:options:)`` returns these. Nothing is sent until the sequence is
/// read; the request is retried like any other until a successful head comes, and an
/// unsuccessful response throws ``SDKError/http(_:)`` from the first read. The body is
/// not limited by ``APIClient/Configuration/maxResponseBodySize``, as it is never held
/// whole; what is held for a reader slower than the server is bounded instead (see
/// ``DefaultTransport``). A read that waits longer than the idle timeout
/// (``RequestOptions/idleTimeout``, else ``APIClient/Configuration/idleTimeout``) throws
/// ``SDKError/timedOut(after:)``, and a body that ends before the `Content-Length` it
/// announced throws ``SDKError/transport(_:)`` rather than ending quietly. Stopping early or
/// cancelling the task stops the transfer.
public struct ResponseBytes: AsyncSequence, Sendable {
    public typealias Element = ArraySlice<UInt8>
    public typealias Failure = any Error

    private let client: APIClient
    private let options: RequestOptions
    private let prepare: @Sendable (APIClient) throws -> PreparedRequest

    init(client: APIClient, options: RequestOptions, prepare: @escaping @Sendable (APIClient) throws -> PreparedRequest) {
        self.client = client
        self.options = options
        self.prepare = prepare
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Reads the chunks of a ``ResponseBytes``.
    public struct Iterator: AsyncIteratorProtocol {
        private let sequence: ResponseBytes
        private var chunks: LimitedBody.Iterator?
        private var finished = false

        init(sequence: ResponseBytes) {
            self.sequence = sequence
        }

        /// The next chunk, or `nil` at the end of the body.
        ///
        /// - Throws: ``SDKError`` when the request or the transfer fails;
        ///   `CancellationError` when the task is cancelled.
        public mutating func next() async throws -> ArraySlice<UInt8>? {
            guard !finished else { return nil }
            do {
                if chunks == nil {
                    try Task.checkCancellation()
                    chunks = try await sequence.client.openStream(sequence.prepare(sequence.client), options: sequence.options)
                        .makeAsyncIterator()
                }
                let chunk = try await chunks?.next()
                try Task.checkCancellation()
                if chunk == nil { finished = true }
                return chunk
            } catch {
                finished = true
                chunks = nil
                if error is SDKError || error is CancellationError { throw error }
                throw SDKError.transport(TransportFailure(underlying: error))
            }
        }
    }
}
