import SDKGenDiagnostics

/// One HTTP method on one path.
package struct APIOperation: Sendable {
    package var method: HTTPMethod
    package var path: String
    package var operationID: String?
    package var summary: String?
    package var description: String?
    package var tags: [String]
    /// Path-level and operation-level parameters merged, in the order written.
    package var parameters: [Parameter]
    package var requestBody: RequestBody?
    /// Responses in the order written, `default` included.
    package var responses: [Response]
    /// The operation's own security, or `nil` to use the document's.
    package var security: [SecurityRequirement]?
    /// The operation's own `servers`, else its path's; `nil` when neither lists any, to
    /// use the document's.
    package var servers: [Server]? = nil
    package var deprecated: Bool
    /// `x-speakeasy-name-override`: the method name to use.
    package var nameOverride: String?
    /// The method name the configuration's `names:` gives, used verbatim.
    package var configuredName: String? = nil
    /// `x-speakeasy-group`: the group the operation belongs to.
    package var group: String?
    package var mark: Mark
    /// `x-speakeasy-pagination`, when the operation declares how it is paged.
    package var pagination: PaginationExtension?
}

package enum HTTPMethod: String, Sendable, CaseIterable {
    case get, put, post, delete, options, head, patch, trace
}

package struct Parameter: Sendable {
    package enum Location: String, Sendable {
        case path, query, header, cookie
    }

    package var name: String
    package var location: Location
    package var required: Bool
    package var description: String?
    package var schema: Schema
    /// For a parameter written with `content` instead of `schema`, its media type: the
    /// value is sent serialized in that type (JSON).
    package var contentType: String?
    /// `style`, or the default for the location.
    package var style: String
    package var explode: Bool
    package var deprecated: Bool
    package var mark: Mark
    /// Example values written on the parameter (`example`, the `value` of each entry of
    /// `examples`, or those of its `content`).
    package var examples: [Node] = []
}

extension Parameter {
    /// A string header parameter the spec does not list, which configuration adds.
    package static func header(_ name: String, description: String, at mark: Mark) -> Parameter {
        Parameter(
            name: name, location: .header, required: false, description: description, schema: Schema(.string, at: mark),
            contentType: nil, style: "simple", explode: false, deprecated: false, mark: mark)
    }
}

package struct RequestBody: Sendable {
    package var description: String?
    package var required: Bool
    package var content: [MediaType]
}

package struct Response: Sendable {
    /// The status code (`200`, `4XX`) or `default`.
    package var status: String
    package var description: String?
    package var content: [MediaType]
    /// The response's headers, in the order written; read only for the examples check
    /// (`OpenAPIParser.parse(_:path:examples:)`), else empty.
    package var headers: [Header] = []
}

/// A header of a response, as far as the examples check needs it.
package struct Header: Sendable {
    package var name: String
    package var schema: Schema
    /// Example values: `example`, and the `value` of each entry of `examples`.
    package var examples: [Node] = []
}

package struct MediaType: Sendable {
    package var contentType: String
    package var schema: Schema?
    /// Example values: `example`, and the `value` of each entry of `examples` (one taken
    /// from `components/examples` marked where it is referred to, as it is one example
    /// per place that uses it).
    package var examples: [Node] = []
    /// The `contentType` of each property of a multipart or form body that its `encoding`
    /// names, by property name.
    package var partContentTypes: [String: String] = [:]
}
