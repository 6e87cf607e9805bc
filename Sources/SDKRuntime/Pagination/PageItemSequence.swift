/// The items of every page of a ``PageSequence``, in order, each page requested when the
/// items before it have been read.
///
/// Generated code returns these from the `…All` methods of paginated operations:
///
/// ```swift
/// for try await webhook in client.webhooks.listAll(pageSize: 50) {
///     print(webhook.displayName ?? "")
/// }
/// ```
///
/// Pages without items are skipped, up to ``maxEmptyPagesInARow`` in a row; paging,
/// retries, cancellation and errors are those of the ``PageSequence``.
public struct PageItemSequence<Page: Decodable & Sendable, Item: Sendable>: AsyncSequence, Sendable {
    public typealias Element = Item
    public typealias Failure = any Error

    /// The pages the items come from.
    public let pages: PageSequence<Page>
    private let items: @Sendable (Page) -> [Item]

    /// The most pages in a row without items that are read: the next read throws
    /// ``SDKError/pagination(_:)`` (``PaginationFailure/Reason/emptyPages(count:)``), as a
    /// server answering empty pages with new page tokens would otherwise be read forever.
    public static var maxEmptyPagesInARow: Int { 50 }

    /// Creates the sequence of the items of `pages`; `items` gives a page's items.
    @_spi(Generated) public init(pages: PageSequence<Page>, items: @escaping @Sendable (_ page: Page) -> [Item]) {
        self.pages = pages
        self.items = items
    }

    /// The same items, from the first `maxPages` pages only (see
    /// ``PageSequence/limited(toPages:)``).
    public func limited(toPages maxPages: Int) -> PageItemSequence {
        PageItemSequence(pages: pages.limited(toPages: maxPages), items: items)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(pages: pages.makeAsyncIterator(), items: items)
    }

    /// Reads the items of a ``PageItemSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        private var pages: PageSequence<Page>.Iterator
        private let items: @Sendable (Page) -> [Item]
        /// The items of the page being read, and the next one's index.
        private var current: [Item] = []
        private var index = 0

        init(pages: PageSequence<Page>.Iterator, items: @escaping @Sendable (Page) -> [Item]) {
            self.pages = pages
            self.items = items
        }

        /// The next item, requesting the next page when this one's items are all read.
        public mutating func next() async throws -> Item? {
            var emptyPages = 0
            while index == current.count {
                guard let page = try await pages.next() else { return nil }
                current = items(page)
                index = 0
                guard current.isEmpty else { break }
                emptyPages += 1
                if emptyPages >= PageItemSequence.maxEmptyPagesInARow, let token = pages.nextPageToken {
                    pages.finish()
                    throw SDKError.pagination(
                        PaginationFailure(
                            operationID: pages.operationID, pageToken: token, pagesRead: pages.pagesRead,
                            reason: .emptyPages(count: emptyPages)))
                }
            }
            defer { index += 1 }
            return current[index]
        }
    }
}
