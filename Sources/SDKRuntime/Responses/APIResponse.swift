import HTTPTypes

/// A successful response: its status and header fields beside the decoded body.
///
/// ``APIClient/sendWithResponse(_:options:)`` returns one for any request, so the
/// metadata of a call is there when it is wanted without making the common call longer:
///
/// ```swift
/// let response = try await c1.client.sendWithResponse(Webhooks.test(id: id))
/// print(response.status.code, response.requestID ?? "", response.body.webhook?.state as Any)
/// ```
public struct APIResponse<Body: Sendable>: Sendable {
    /// The response status, a success.
    public var status: HTTPResponse.Status
    /// The response header fields, as the server sent them.
    public var headerFields: HTTPFields
    /// The decoded body.
    public var body: Body
    /// Where the body disagreed with the spec and was decoded leniently: required members
    /// missing or `null` that got their empty value, and values kept as `undocumented`.
    /// Empty when the body matched; see ``DecodingIssue``.
    public var decodingIssues: [DecodingIssue]

    /// Creates a response.
    public init(status: HTTPResponse.Status, headerFields: HTTPFields, body: Body, decodingIssues: [DecodingIssue] = []) {
        self.status = status
        self.headerFields = headerFields
        self.body = body
        self.decodingIssues = decodingIssues
    }

    /// The value of the header field `name` (any case), several fields of the name joined
    /// with `, `; `nil` when the response has none or `name` is not a valid field name.
    public func header(_ name: String) -> String? {
        guard let fieldName = HTTPField.Name(name) else { return nil }
        let values = headerFields[values: fieldName]
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// The ID the server gave the request, for its logs and support: `X-Request-Id`, else
    /// `Request-Id`, else `X-Amzn-RequestId`.
    public var requestID: String? {
        header("X-Request-Id") ?? header("Request-Id") ?? header("X-Amzn-RequestId")
    }

    /// The `Location` field: where a created resource is.
    public var location: String? {
        header("Location")
    }

    /// The same response with its body changed by `transform`.
    public func map<Other: Sendable>(_ transform: (Body) throws -> Other) rethrows -> APIResponse<Other> {
        APIResponse<Other>(status: status, headerFields: headerFields, body: try transform(body), decodingIssues: decodingIssues)
    }
}
