/// One HTTP method on one path.
public struct APIOperation: Sendable {
    public var method: HTTPMethod
    public var path: String
    public var operationID: String?
    public var summary: String?
    public var description: String?
    public var tags: [String]
    /// Path-level and operation-level parameters merged, in the order written.
    public var parameters: [Parameter]
    public var requestBody: RequestBody?
    /// Responses in the order written, `default` included.
    public var responses: [Response]
    /// The operation's own security, or `nil` to use the document's.
    public var security: [SecurityRequirement]?
    public var deprecated: Bool
    /// `x-speakeasy-name-override`: the method name to use.
    public var nameOverride: String?
    /// `x-speakeasy-group`: the group the operation belongs to.
    public var group: String?
    public var mark: Mark
}

public enum HTTPMethod: String, Sendable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}

public struct Parameter: Sendable {
    public enum Location: String, Sendable {
        case path, query, header, cookie
    }

    public var name: String
    public var location: Location
    public var required: Bool
    public var description: String?
    public var schema: Schema
    /// For a parameter written with `content` instead of `schema`, its media type: the
    /// value is sent serialized in that type (JSON).
    public var contentType: String?
    /// `style`, or the default for the location.
    public var style: String
    public var explode: Bool
    public var deprecated: Bool
    public var mark: Mark
}

public struct RequestBody: Sendable {
    public var description: String?
    public var required: Bool
    public var content: [MediaType]
}

public struct Response: Sendable {
    /// The status code (`200`, `4XX`) or `default`.
    public var status: String
    public var description: String?
    public var content: [MediaType]
}

public struct MediaType: Sendable {
    public var contentType: String
    public var schema: Schema?
}
