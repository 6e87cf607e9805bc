import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

extension APIClient {
    /// Makes attempts until one succeeds or the policy allows no more; returns the
    /// successful response and its body.
    func sendWithRetries(_ request: PreparedRequest, policy: RetryPolicy, timeout: Duration) async throws -> (HTTPResponse, Data) {
        let (response, content) = try await sendWithRetries(request, policy: policy, timeout: timeout, streaming: false)
        return (response, content.data)
    }

    /// Like ``sendWithRetries(_:policy:timeout:)``; with `streaming`, the successful
    /// response's body is returned unread, and each attempt's timeout only covers getting
    /// the response's head. Nothing is retried once a successful head has come.
    func sendWithRetries(_ request: PreparedRequest, policy: RetryPolicy, timeout: Duration, streaming: Bool) async throws
        -> (HTTPResponse, ResponseContent)
    {
        let timeline = Timeline(configuration.clock)
        let deadline = Deadline(after: policy.maxElapsedTime, on: timeline)
        var attempt = 0
        var reauthenticated = false
        while true {
            attempt += 1
            // Retries must also end by the deadline; the first attempt has its full timeout.
            let limit = attempt == 1 ? timeout : min(timeout, deadline.remaining)
            let failure: SDKError
            let delay: Duration?
            do {
                let (response, content, sent) = try await performAttempt(
                    request, attempt: attempt, limit: limit, on: timeline, streaming: streaming)
                if response.status.kind == .successful { return (response, content) }
                let httpFailure = HTTPFailure(
                    status: response.status, headerFields: response.headerFields, body: content.data,
                    operationID: request.operationID)
                failure = .http(httpFailure)
                let mayRetry = attempt < policy.maxAttempts
                if mayRetry, response.status == .unauthorized, !sent.isEmpty, !reauthenticated, await Self.invalidate(sent) {
                    reauthenticated = true
                    delay = .zero
                } else if mayRetry, policy.retries(
                    status: response.status.code, method: request.head.method, idempotencyKey: request.hasIdempotencyKey) {
                    delay = RetryAfter.delay(in: response.headerFields) ?? policy.backoff(beforeRetry: attempt)
                } else {
                    delay = nil
                }
            } catch let error as AttemptFailure {
                failure = error.error
                delay = retryDelay(
                    after: error, attempt: attempt, policy: policy, method: request.head.method,
                    idempotencyKey: request.hasIdempotencyKey)
            }
            guard let delay, delay < deadline.remaining else { throw failure }
            configuration.logger.debug(
                "retrying",
                metadata: [
                    "operation": "\(SafeText.oneLine(request.operationID))", "attempt": "\(attempt + 1)",
                    "delay_ms": "\(delay.milliseconds)", "reason": "\(failure)",
                ])
            try await timeline.sleep(for: delay)
        }
    }

    /// The wait before the next attempt after a failure without an answer from the API, or
    /// `nil` when it must not be retried.
    ///
    /// A failure before the request was sent (getting its token) is retried for any
    /// method, as the API cannot have acted: the token endpoint's timeouts, connection
    /// failures and the statuses retried for GET, honouring its `Retry-After`.
    private func retryDelay(
        after failure: AttemptFailure, attempt: Int, policy: RetryPolicy, method: HTTPRequest.Method, idempotencyKey: Bool
    ) -> Duration?
    {
        guard attempt < policy.maxAttempts else { return nil }
        let backoff = policy.backoff(beforeRetry: attempt)
        switch failure.error {
        case .authentication(let authentication) where failure.beforeSending:
            guard let response = authentication.response, policy.retries(status: response.status.code, method: .get)
            else { return nil }
            return RetryAfter.delay(in: response.headerFields) ?? backoff
        case .transport(let transport)
        where failure.beforeSending || policy.retriesFailure(
            connectFailed: transport.isConnectFailure, method: method, idempotencyKey: idempotencyKey):
            return backoff
        case .timedOut where failure.beforeSending || policy.retriesFailure(connectFailed: false, method: method, idempotencyKey: idempotencyKey):
            return backoff
        default:
            return nil
        }
    }

    /// One attempt within `limit` on `timeline`: credentials, middlewares, transport, the
    /// whole response body, all by one deadline. Returns the credentials sent, so a 401 can
    /// invalidate them.
    private func performAttempt(
        _ request: PreparedRequest, attempt: Int, limit: Duration, on timeline: Timeline, streaming: Bool
    ) async throws -> (HTTPResponse, ResponseContent, [SentCredential]) {
        let deadline = Deadline(after: limit, on: timeline)
        var head = request.head
        var sent: [SentCredential] = []
        for scheme in request.schemes {
            guard let provider = credentialProvider(for: scheme) else { continue }
            do {
                let value = try await credential(from: provider, until: deadline, limit: limit)
                try scheme.place(value, on: &head)
                sent.append(SentCredential(provider: provider, value: value))
            } catch let error as SDKError {
                throw AttemptFailure(error: error, beforeSending: true)
            }
        }
        let logger = configuration.logger
        let path = SafeText.oneLine(request.path)
        var metadata: Logger.Metadata = [
            "operation": "\(SafeText.oneLine(request.operationID))", "method": "\(head.method)", "path": "\(path)",
            "attempt": "\(attempt)",
        ]
        let redactedFields = request.redactedFields.union(request.schemes.compactMap(\.ownHeaderField))
        let headers = Redaction.describe(head.headerFields, alsoRedacting: redactedFields)
        logger.trace("sending", metadata: metadata.merging(["headers": "\(headers)"]) { $1 })
        let started = timeline.now
        let send = chain(head: head, body: request.body, serverURL: request.serverURL, operationID: request.operationID)
        do {
            var (response, content) = try await HTTPExchange.perform(
                until: deadline, limit: limit, maxBodySize: configuration.maxResponseBodySize, streaming: streaming, send)
            // Redirects the policy follows, within the same time limit.
            var current = (head: head, serverURL: request.serverURL)
            var hops = 0
            while hops < Redirects.limit,
                let next = Redirects.next(
                    after: response, to: current.head, at: current.serverURL, origin: request.serverURL,
                    acrossOrigins: request.followsRedirectsAcrossOrigins, redactedFields: redactedFields)
            {
                hops += 1
                logger.debug(
                    "following redirect",
                    metadata: metadata.merging(
                        ["status": "\(response.status.code)", "to": "\(SafeText.oneLine(next.serverURL.absoluteString))"]) { $1 })
                current = next
                (response, content) = try await HTTPExchange.perform(
                    until: deadline, limit: limit, maxBodySize: configuration.maxResponseBodySize, streaming: streaming,
                    chain(head: next.head, body: nil, serverURL: next.serverURL, operationID: request.operationID))
            }
            metadata["status"] = "\(response.status.code)"
            metadata["duration_ms"] = "\((timeline.now - started).milliseconds)"
            logger.debug("\(head.method) \(path) \(response.status.code)", metadata: metadata)
            return (response, content, sent)
        } catch let error as SDKError {
            metadata["error"] = "\(error)"
            metadata["duration_ms"] = "\((timeline.now - started).milliseconds)"
            logger.debug("\(head.method) \(path) failed", metadata: metadata)
            throw AttemptFailure(error: error, beforeSending: false)
        }
    }

    /// Forgets every credential sent, as the API refused them; whether any provider may
    /// have another one.
    private static func invalidate(_ sent: [SentCredential]) async -> Bool {
        var renewed = false
        for credential in sent where await credential.provider.invalidate(credential.value) { renewed = true }
        return renewed
    }

    /// The provider's token, waited for until `deadline`. The token request itself runs with
    /// the client's configured timeout, as the provider may share it with other calls.
    private func credential(from provider: any TokenProvider, until deadline: Deadline, limit: Duration)
        async throws -> String
    {
        let context = TokenContext(
            serverURL: configuration.serverURL, transport: configuration.transport, userAgent: configuration.userAgent,
            timeout: configuration.timeout, maxResponseBodySize: configuration.maxResponseBodySize,
            logger: configuration.logger, clock: configuration.clock)
        let value: String
        do {
            value = try await withDeadline(deadline) { try await provider.token(in: context) }
        } catch is TimeoutReached {
            throw SDKError.timedOut(after: limit)
        }
        guard !value.isEmpty, HTTPField.isValidValue(value) else {
            throw SDKError.authentication(
                .tokenRequestFailed, "the access token is empty or contains characters not allowed in a header")
        }
        return value
    }

    /// The request sent to `serverURL` through the middlewares, the first outermost, then
    /// the transport.
    private func chain(head: HTTPRequest, body: Data?, serverURL: URL, operationID: String)
        -> @Sendable () async throws -> (HTTPResponse, HTTPBody?)
    {
        let transport = configuration.transport
        var next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?) = {
            try await transport.send($0, body: $1, baseURL: $2, operationID: operationID)
        }
        for middleware in configuration.middlewares.reversed() {
            let inner = next
            next = { try await middleware.intercept($0, body: $1, baseURL: $2, operationID: operationID, next: inner) }
        }
        let outermost = next
        return { try await outermost(head, body.map { HTTPBody($0) }, serverURL) }
    }
}

/// An attempt's failure, and whether it came before the request was sent, when the API
/// cannot have acted on it whatever the method.
struct AttemptFailure: Error {
    var error: SDKError
    var beforeSending: Bool
}

/// A credential an attempt sent, and the provider it came from.
struct SentCredential: Sendable {
    var provider: any TokenProvider
    var value: String
}
