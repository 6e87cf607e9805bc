import Foundation
import HTTPTypes

/// A response whose status is not a success.
public struct HTTPFailure: Sendable, CustomStringConvertible {
    /// The response status.
    public var status: HTTPResponse.Status
    /// The response header fields.
    public var headerFields: HTTPFields
    /// The raw response body, its first ``maxKeptBodySize`` bytes when it was larger (see
    /// ``isBodyTruncated``).
    public var body: Data
    /// Whether the server sent more than ``body`` holds.
    public var isBodyTruncated: Bool
    /// The body decoded as a common error shape (`{code, message, details}`,
    /// `{"error": {"message", "type", "code"}}`, `{"detail": ...}`, ...), when it has one
    /// and is at most ``maxSummarizedBodySize`` bytes.
    public var errorBody: APIErrorBody?
    /// The body decoded as the type the operation's spec documents for the status (see
    /// `ErrorResponse`); `nil` when it documents none or the body does not decode as it.
    /// Read it with ``decodedBody(as:)``.
    public var decodedBody: (any Sendable)?
    /// The operation that was called.
    public var operationID: String

    /// The most bytes of an error body kept: 1 MiB. An error answer may be as large as any
    /// response, and every failed attempt makes one of these.
    public static let maxKeptBodySize = 1 << 20
    /// The largest body read for ``errorBody``: 64 KiB. Error messages are short, and
    /// parsing is done for every failed attempt.
    public static let maxSummarizedBodySize = 64 << 10

    /// Creates a failure from a response, decoding `body` when it is a small error body and
    /// keeping at most ``maxKeptBodySize`` bytes of it.
    public init(status: HTTPResponse.Status, headerFields: HTTPFields, body: Data, operationID: String) {
        self.status = status
        self.headerFields = headerFields
        self.isBodyTruncated = body.count > Self.maxKeptBodySize
        self.body = isBodyTruncated ? Data(body.prefix(Self.maxKeptBodySize)) : body
        self.operationID = operationID
        guard body.count <= Self.maxSummarizedBodySize else {
            self.errorBody = nil
            return
        }
        let decoded = try? JSONDecoder().decode(APIErrorBody.self, from: body)
        self.errorBody = decoded.flatMap { $0 == APIErrorBody() ? nil : $0 }
    }

    /// The body decoded as `type`, when the operation's spec documents that type for the
    /// status and the body decodes as it.
    ///
    /// ```swift
    /// if let notFound = failure.decodedBody(as: NotFound.self) { print(notFound.resource) }
    /// ```
    ///
    /// - Parameter type: The documented error type.
    public func decodedBody<Body>(as type: Body.Type) -> Body? {
        decodedBody as? Body
    }

    /// `404 Not Found: webhook not found (code 5)`, on one line: the server's message has
    /// its control characters escaped and is cut at 300 characters.
    public var description: String {
        guard let summary = errorBody?.summary else { return status.displayText }
        return "\(status.displayText): \(summary)"
    }
}
