/// A server returned a page token it had returned before, so reading on would request the
/// same pages again and again.
public struct PaginationFailure: Error, Sendable, CustomStringConvertible {
    /// The operation whose pages were read.
    public var operationID: String
    /// The page token returned again, as the server sent it.
    public var pageToken: String
    /// The pages read, the last one holding the repeated token.
    public var pagesRead: Int

    /// Creates a failure.
    public init(operationID: String, pageToken: String, pagesRead: Int) {
        self.operationID = operationID
        self.pageToken = pageToken
        self.pagesRead = pagesRead
    }

    public var description: String {
        let pages = pagesRead == 1 ? "1 page" : "\(pagesRead) pages"
        return "\(SafeText.oneLine(operationID)): the server returned the page token \"\(SafeText.oneLine(pageToken))\" "
            + "again after \(pages); paging stopped instead of requesting the same pages again"
    }
}
