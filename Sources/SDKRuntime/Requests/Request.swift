import Foundation
import HTTPTypes

/// A description of one API call: everything needed to send it and decode its answer.
///
/// Request builders in generated code return these values without touching the network,
/// so a request can be inspected or tested on its own and then sent with ``APIClient``.
public struct Request<Response: Decodable & Sendable>: Sendable {
    /// The HTTP method.
    public var method: HTTPRequest.Method
    /// The path relative to the server URL, already percent-encoded (see `URLPath`).
    public var path: String
    /// The server the request goes to instead of the client's, for an operation the spec
    /// serves from servers of its own (an upload host beside the API's); `nil` for the
    /// client's ``APIClient/Configuration/serverURL``.
    public var serverURL: URL?
    /// Query items, not yet percent-encoded, in the order they are sent.
    public var query: [URLQueryItem]
    /// Header fields set by the operation's parameters, validated when the request is sent.
    @_spi(Generated) public var headers: [HeaderField]
    /// The body, encoded by `bodyFormat` when the request is sent.
    public var body: (any Encodable & Sendable)?
    /// How ``body`` is written on the wire.
    @_spi(Generated) public var bodyFormat: BodyFormat
    /// How the response body is read.
    @_spi(Generated) public var responseFormat: ResponseFormat
    /// The types the spec documents for the error bodies of the operation, the most
    /// specific first; see `ErrorResponse`.
    @_spi(Generated) public var errors: [ErrorResponse]
    /// The security schemes the operation accepts: alternatives, each a list of schemes
    /// that are all sent; empty when the operation needs no credentials.
    @_spi(Generated) public var security: [[SecurityScheme]]
    /// The operation's identifier in the spec, for logs and errors.
    public var operationID: String

    /// Creates a request.
    @_spi(Generated) public init(
        method: HTTPRequest.Method,
        path: String,
        serverURL: URL? = nil,
        query: [URLQueryItem] = [],
        headers: [HeaderField] = [],
        body: (any Encodable & Sendable)? = nil,
        bodyFormat: BodyFormat = .json,
        responseFormat: ResponseFormat = .json,
        errors: [ErrorResponse] = [],
        security: [[SecurityScheme]] = [],
        operationID: String
    ) {
        self.method = method
        self.path = path
        self.serverURL = serverURL
        self.query = query
        self.headers = headers
        self.body = body
        self.bodyFormat = bodyFormat
        self.responseFormat = responseFormat
        self.errors = errors
        self.security = security
        self.operationID = operationID
    }

    /// The body as the bytes that are sent, or `nil` without a body.
    @available(*, deprecated, message: "use encodeBody(), which also gives the Content-Type")
    public func encodedBody() throws -> Data? {
        try encodeBody()?.data
    }

    /// The body's bytes and `Content-Type`, or `nil` without a body.
    public func encodeBody() throws -> (data: Data, contentType: String)? {
        guard let body else { return nil }
        return try bodyFormat.encode(body)
    }
}

/// One header field of a request, as given by an operation's header parameter.
@_spi(Generated) public struct HeaderField: Sendable, Hashable {
    /// The field name.
    public var name: String
    /// The field value, sent as is; a value containing CR or LF is rejected when sent.
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// The response of an operation that answers without a body.
public struct EmptyResponse: Decodable, Sendable, Hashable {
    /// Creates an empty response.
    public init() {}
    /// Decodes an empty response, ignoring any content.
    public init(from decoder: any Decoder) throws {}
}
