import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Appends `value` to the `X-Middlewares` header, to show the order middlewares run in.
struct HeaderMiddleware: ClientMiddleware {
    let value: String

    func intercept(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        let name = HTTPField.Name("X-Middlewares")!
        request.headerFields[name] = [request.headerFields[name], value].compactMap { $0 }.joined(separator: ",")
        return try await next(request, body, baseURL)
    }
}
