/// The pages of an operation that answers one page at a time, requested one by one as the
/// sequence is read.
///
/// Generated code returns these from the `…Pages` methods of paginated operations:
///
/// ```swift
/// for try await page in client.webhooks.listPages(pageSize: 50) {
///     print(page.list?.count ?? 0)
/// }
/// ```
///
/// Nothing is sent until the sequence is read, and each page is requested only when the
/// one before has been read, so stopping early (`break`) or cancelling the task sends no
/// further request. Every page is sent with ``APIClient/send(_:options:)``, so it is
/// retried and limited like any other call.
///
/// The first page is requested with the page token given (usually none); each next one
/// with the page token the page before returned, until a page returns none or an empty
/// one. A page token is never sent twice: when a server returns one again, the page
/// holding it is still returned and the next read throws ``SDKError/pagination(_:)``.
/// ``limited(toPages:)`` ends the sequence after a number of pages.
public struct PageSequence<Page: Decodable & Sendable>: AsyncSequence, Sendable {
    public typealias Element = Page
    public typealias Failure = any Error

    private let client: APIClient
    private let options: RequestOptions
    private let firstPageToken: String?
    private let request: @Sendable (_ pageToken: String?) -> Request<Page>
    private let nextPageToken: @Sendable (Page) -> String?
    private var maxPages: Int?

    /// Creates the sequence of pages that `request` asks for.
    ///
    /// - Parameters:
    ///   - client: The client each page is sent with.
    ///   - options: The options of every page's request.
    ///   - firstPageToken: The page token of the first request; `nil` for the first page.
    ///   - request: The request for the page with a page token, or the first page for `nil`.
    ///   - nextPageToken: The page token of the page after `page`; `nil` or empty for the
    ///     last page.
    public init(
        client: APIClient, options: RequestOptions = RequestOptions(), firstPageToken: String? = nil,
        request: @escaping @Sendable (_ pageToken: String?) -> Request<Page>,
        nextPageToken: @escaping @Sendable (_ page: Page) -> String?
    ) {
        self.client = client
        self.options = options
        self.firstPageToken = firstPageToken
        self.request = request
        self.nextPageToken = nextPageToken
    }

    /// The same pages, ending after the first `maxPages` of them: a bound on the requests
    /// one read sends, whatever the server answers.
    ///
    /// ```swift
    /// for try await page in client.webhooks.listPages(pageSize: 50).limited(toPages: 20) { … }
    /// ```
    public func limited(toPages maxPages: Int) -> PageSequence {
        var limited = self
        limited.maxPages = Swift.max(0, Swift.min(maxPages, self.maxPages ?? .max))
        return limited
    }

    /// The items of every page, in order: `items` gives a page's items.
    public func items<Item: Sendable>(_ items: @escaping @Sendable (_ page: Page) -> [Item]) -> PageItemSequence<Page, Item> {
        PageItemSequence(pages: self, items: items)
    }

    public func makeAsyncIterator() -> Iterator {
        Iterator(sequence: self)
    }

    /// Reads the pages of a ``PageSequence``.
    public struct Iterator: AsyncIteratorProtocol {
        private enum State {
            /// The next request's page token, `nil` for the first page.
            case request(pageToken: String?)
            /// The next read throws `error`.
            case failing(SDKError)
            case finished
        }

        private let sequence: PageSequence
        private var state: State
        /// Every page token sent so far.
        private var sent: Set<String> = []
        private(set) var pagesRead = 0
        /// The operation of the pages, once one was requested.
        private(set) var operationID = ""

        init(sequence: PageSequence) {
            self.sequence = sequence
            let first = sequence.firstPageToken.flatMap { $0.isEmpty ? nil : $0 }
            state = sequence.maxPages == 0 ? .finished : .request(pageToken: first)
        }

        /// The page token the next page is requested with; `nil` when there is none.
        var nextPageToken: String? {
            if case .request(let token) = state { token } else { nil }
        }

        /// Ends the sequence: the next read returns `nil`.
        mutating func finish() {
            state = .finished
        }

        /// The next page, or `nil` after the last one.
        ///
        /// - Throws: ``SDKError`` when a request fails or the server repeats a page token;
        ///   `CancellationError` when the task is cancelled. The sequence ends after an error.
        public mutating func next() async throws -> Page? {
            let pageToken: String?
            switch state {
            case .finished:
                return nil
            case .failing(let error):
                state = .finished
                throw error
            case .request(let token):
                pageToken = token
            }
            let request = sequence.request(pageToken)
            operationID = request.operationID
            let page: Page
            do {
                try Task.checkCancellation()
                page = try await sequence.client.send(request, options: sequence.options)
            } catch {
                state = .finished
                throw error
            }
            pagesRead += 1
            if let pageToken { sent.insert(pageToken) }
            guard let next = sequence.nextPageToken(page), !next.isEmpty, pagesRead < sequence.maxPages ?? .max else {
                state = .finished
                return page
            }
            if sent.contains(next) {
                state = .failing(
                    .pagination(PaginationFailure(operationID: request.operationID, pageToken: next, pagesRead: pagesRead)))
            } else {
                state = .request(pageToken: next)
            }
            return page
        }
    }
}
