import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Counts the requests that reach the transport.
struct CountingMiddleware: ClientMiddleware {
    let counter: Counter

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        counter.next()
        return try await next(request, body, baseURL)
    }
}
