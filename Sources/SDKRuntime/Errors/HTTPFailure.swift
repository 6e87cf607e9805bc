import Foundation
import HTTPTypes

/// A response whose status is not a success.
public struct HTTPFailure: Sendable, CustomStringConvertible {
    /// The response status.
    public var status: HTTPResponse.Status
    /// The response header fields.
    public var headerFields: HTTPFields
    /// The raw response body.
    public var body: Data
    /// The body decoded as `{code, message, details}`, when it has that shape.
    public var errorBody: APIErrorBody?
    /// The operation that was called.
    public var operationID: String

    /// Creates a failure from a response, decoding `body` when it is an error body.
    public init(status: HTTPResponse.Status, headerFields: HTTPFields, body: Data, operationID: String) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.operationID = operationID
        let decoded = try? JSONDecoder().decode(APIErrorBody.self, from: body)
        self.errorBody = decoded.flatMap { $0 == APIErrorBody() ? nil : $0 }
    }

    /// `404 Not Found: webhook not found (code 5)`, on one line: the server's message has
    /// its control characters escaped and is cut at 300 characters.
    public var description: String {
        guard let summary = errorBody?.summary else { return status.displayText }
        return "\(status.displayText): \(summary)"
    }
}
