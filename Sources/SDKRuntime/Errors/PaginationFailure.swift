/// A server's pages would go on without end: it returned a page token it had returned
/// before, so reading on would request the same pages again and again, or page after page
/// without items.
public struct PaginationFailure: Error, Sendable, CustomStringConvertible {
    /// Why paging stopped.
    public enum Reason: Sendable, Hashable {
        /// The server returned a page token it had returned before.
        case repeatedPageToken
        /// The server returned `count` pages in a row without items, each with another page
        /// token (see ``PageItemSequence/maxEmptyPagesInARow``).
        case emptyPages(count: Int)
    }

    /// The operation whose pages were read.
    public var operationID: String
    /// The page token returned again, or the one the last empty page returned, as the
    /// server sent it.
    public var pageToken: String
    /// The pages read, the last one holding that token.
    public var pagesRead: Int
    /// Why paging stopped.
    public var reason: Reason

    /// Creates a failure.
    public init(operationID: String, pageToken: String, pagesRead: Int, reason: Reason = .repeatedPageToken) {
        self.operationID = operationID
        self.pageToken = pageToken
        self.pagesRead = pagesRead
        self.reason = reason
    }

    public var description: String {
        let pages = pagesRead == 1 ? "1 page" : "\(pagesRead) pages"
        switch reason {
        case .repeatedPageToken:
            return "\(SafeText.oneLine(operationID)): the server returned the page token \"\(SafeText.oneLine(pageToken))\" "
                + "again after \(pages); paging stopped instead of requesting the same pages again"
        case .emptyPages(let count):
            return "\(SafeText.oneLine(operationID)): the server returned \(count) "
                + "pages in a row without items, each with a new page token; paging stopped after \(pages)"
        }
    }
}
