import SDKGenDiagnostics

/// `x-speakeasy-pagination`: how an operation's pages follow one another, as written.
///
/// The reader keeps what the extension says; the planner decides whether the operation
/// can be paged with it.
package struct PaginationExtension: Sendable {
    /// `cursor`, `offsetLimit` or `url`.
    package var type: String
    /// The values the next request changes.
    package var inputs: [Input]
    /// Where the next page's cursor is in a response (`$.nextPageToken`), a JSONPath.
    package var nextCursor: String?
    /// Where a page's items are in a response (`$.data`), a JSONPath.
    package var results: String?
    package var mark: Mark

    /// A value of the request that pagination sets.
    package struct Input: Sendable {
        /// The parameter's or body property's name on the wire.
        package var name: String
        /// `parameters` or `requestBody`.
        package var location: String
        /// `cursor`, `limit`, `offset` or `page`.
        package var type: String
    }
}
