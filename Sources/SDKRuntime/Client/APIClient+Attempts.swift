import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

extension APIClient {
    /// Makes attempts until one succeeds or the policy allows no more; returns the body of
    /// the successful response.
    func sendWithRetries(_ request: PreparedRequest, policy: RetryPolicy, timeout: Duration) async throws -> Data {
        let clock = ContinuousClock()
        let deadline = clock.now + policy.maxElapsedTime
        var attempt = 0
        var reauthenticated = false
        while true {
            attempt += 1
            // Retries must also end by the deadline; the first attempt has its full timeout.
            let limit = attempt == 1 ? timeout : min(timeout, deadline - clock.now)
            let failure: SDKError
            let delay: Duration?
            do {
                let (response, body, token) = try await performAttempt(request, attempt: attempt, timeout: limit)
                if response.status.kind == .successful { return body }
                let httpFailure = HTTPFailure(
                    status: response.status, headerFields: response.headerFields, body: body,
                    operationID: request.operationID)
                failure = .http(httpFailure)
                if response.status == .unauthorized, let token, !reauthenticated,
                    let provider = configuration.tokenProvider, await provider.invalidate(token)
                {
                    reauthenticated = true
                    delay = .zero
                } else if attempt < policy.maxAttempts,
                    policy.retries(status: response.status.code, method: request.head.method)
                {
                    delay = RetryAfter.delay(in: response.headerFields) ?? policy.backoff(beforeRetry: attempt)
                } else {
                    delay = nil
                }
            } catch let error as SDKError {
                failure = error
                delay = retryDelay(after: error, attempt: attempt, policy: policy, method: request.head.method)
            }
            guard let delay, clock.now + delay < deadline else { throw failure }
            configuration.logger.debug(
                "retrying",
                metadata: [
                    "operation": "\(request.operationID)", "attempt": "\(attempt + 1)",
                    "delay_ms": "\(delay.milliseconds)", "reason": "\(failure)",
                ])
            try await Task.sleep(for: delay)
        }
    }

    /// The wait before the next attempt after a failure without an answer, or `nil` when it
    /// must not be retried.
    private func retryDelay(after error: SDKError, attempt: Int, policy: RetryPolicy, method: HTTPRequest.Method)
        -> Duration?
    {
        guard attempt < policy.maxAttempts else { return nil }
        switch error {
        case .transport(let failure) where policy.retriesFailure(connectFailed: failure.isConnectFailure, method: method):
            return policy.backoff(beforeRetry: attempt)
        case .timedOut where policy.retriesFailure(connectFailed: false, method: method):
            return policy.backoff(beforeRetry: attempt)
        default:
            return nil
        }
    }

    /// One attempt: credentials, middlewares, transport, the whole response body. Returns
    /// the token sent, if any, so a 401 can invalidate it.
    private func performAttempt(_ request: PreparedRequest, attempt: Int, timeout: Duration) async throws
        -> (HTTPResponse, Data, String?)
    {
        var head = request.head
        var token: String?
        if request.needsCredentials, let provider = configuration.tokenProvider {
            let context = TokenContext(
                serverURL: configuration.serverURL, transport: configuration.transport,
                userAgent: configuration.userAgent, timeout: timeout, logger: configuration.logger)
            let value = try await provider.token(in: context)
            guard !value.isEmpty, HTTPField.isValidValue(value) else {
                throw SDKError.authentication(
                    .tokenRequestFailed, "the access token is empty or contains characters not allowed in a header")
            }
            head.headerFields[.authorization] = "Bearer \(value)"
            token = value
        }
        let logger = configuration.logger
        var metadata: Logger.Metadata = [
            "operation": "\(SafeText.oneLine(request.operationID))", "method": "\(head.method)",
            "path": "\(SafeText.oneLine(request.path))",
            "attempt": "\(attempt)",
        ]
        logger.trace("sending", metadata: metadata.merging(["headers": "\(Redaction.describe(head.headerFields))"]) { $1 })
        let started = ContinuousClock.now
        let send = chain(head: head, body: request.body, operationID: request.operationID)
        do {
            let (response, body) = try await HTTPExchange.perform(timeout: timeout, send)
            metadata["status"] = "\(response.status.code)"
            metadata["duration_ms"] = "\((ContinuousClock.now - started).milliseconds)"
            logger.debug("\(head.method) \(SafeText.oneLine(request.path)) \(response.status.code)", metadata: metadata)
            return (response, body, token)
        } catch let error as SDKError {
            metadata["error"] = "\(error)"
            metadata["duration_ms"] = "\((ContinuousClock.now - started).milliseconds)"
            logger.debug("\(head.method) \(SafeText.oneLine(request.path)) failed", metadata: metadata)
            throw error
        }
    }

    /// The request sent through the middlewares, the first outermost, then the transport.
    private func chain(head: HTTPRequest, body: Data?, operationID: String)
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
        let serverURL = configuration.serverURL
        return { try await outermost(head, body.map { HTTPBody($0) }, serverURL) }
    }
}
