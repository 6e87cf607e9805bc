/// How an operation's pages follow one another, and the methods reading them as sequences:
/// one of pages (`listPages`) and, when pages hold a list, one of items (`listAll`).
package struct PlannedPagination: Sendable {
    /// The method returning the `PageSequence`.
    package var pagesName: String
    package var pagesDocumentation: String
    /// The method returning the `PageItemSequence`; `nil` when pages hold no list.
    package var items: Items?
    /// Where each next request takes its page token.
    package var pageToken: PageTokenInput
    /// The name the page token goes by in the closure building each page's request: the
    /// argument it replaces, or for a body property a name no argument takes.
    package var tokenName: String
    /// How a page gives the next page token.
    package var nextPageToken: NextPageToken

    /// The request value the page token replaces.
    package enum PageTokenInput: Sendable, Hashable {
        /// A parameter of the operation's methods (a query or header parameter).
        case argument(label: String)
        /// A property of the request body: the body is copied with the property set, or,
        /// when `createsBody` and no body is given, created with `bodyType()`.
        case bodyProperty(PropertyStep, bodyType: TypeReference, createsBody: Bool)
    }

    /// How a page gives the next page token.
    package enum NextPageToken: Sendable, Hashable {
        /// A property of the page, through `path`.
        case property(path: [PropertyStep])
        /// The `property` of the last item when the Boolean at `hasMore` is true (the
        /// `after` cursors of OpenAI-style lists).
        case lastItem(hasMore: [PropertyStep], property: PropertyStep)
    }

    /// The list of a page's items.
    package struct Items: Sendable, Hashable {
        package var name: String
        package var documentation: String
        /// The list's property, through `path`.
        package var path: [PropertyStep]
        /// The type of one item.
        package var itemType: TypeReference
    }

    /// One property on the way from a value to another.
    package struct PropertyStep: Sendable, Hashable {
        /// The Swift name, without backticks.
        package var swiftName: String
        /// Whether the property may be absent.
        package var isOptional: Bool
        /// Whether the property is `Nullable<Type>?`.
        package var isNullable: Bool = false
    }
}
