import Foundation
import Paging
@_spi(Generated) import SDKRuntime
import Testing

/// The page and item sequences of the pagination fixture's generated code, against a real
/// server serving pages.
@Suite(.timeLimit(.minutes(1)))
struct PaginationTests {
    func client(_ server: TestServer) -> PagingClient {
        PagingClient(client: APIClient(serverURL: server.url, retryPolicy: fastRetries, timeout: .seconds(10)))
    }

    /// The value of the query item `name` in `query`.
    static func queryValue(_ name: String, in query: String) -> String? {
        URLComponents(string: "/?" + query)?.queryItems?.first { $0.name == name }?.value
    }

    /// Webhook pages by page token: `next` maps the token sent (`""` for none) to the
    /// webhook IDs of its page and the token it returns.
    static func webhookPages(_ pages: [String: (ids: [String], next: String?)]) -> TestServer.Handler {
        return { request in
            let token = queryValue("page_token", in: request.rawQuery) ?? ""
            guard let page = pages[token] else { return .json(404, #"{"message":"no such page"}"#) }
            let list = page.ids.map { #"{"id":"\#($0)"}"# }.joined(separator: ",")
            let next = page.next.map { #","nextPageToken":"\#($0)""# } ?? ""
            return .json(200, #"{"list":[\#(list)]\#(next)}"#)
        }
    }

    @Test func itemsOfThreePagesFollowTheTokens() async throws {
        let pages = Self.webhookPages(["": (["w1", "w2"], "t1"), "t1": (["w3"], "t2"), "t2": (["w4"], "")])
        try await withTestServer(pages) { server in
            var ids: [String] = []
            for try await webhook in client(server).webhooks.listWebhooksAll(pageSize: 2) {
                ids.append(webhook.id)
            }
            #expect(ids == ["w1", "w2", "w3", "w4"])
            #expect(server.requests.map(\.rawQuery) == ["page_size=2", "page_size=2&page_token=t1", "page_size=2&page_token=t2"])
        }
    }

    @Test func pagesAreRequestedOnlyAsTheyAreRead() async throws {
        let pages = Self.webhookPages(["": (["w1"], "t1"), "t1": (["w2"], nil)])
        try await withTestServer(pages) { server in
            let sequence = client(server).webhooks.listWebhooksPages()
            #expect(server.requests.isEmpty)
            for try await page in sequence {
                #expect(page.list?.map(\.id) == ["w1"])
                break
            }
            #expect(server.requests.count == 1)
        }
    }

    @Test func aTokenReturnedAgainEndsWithAnError() async throws {
        // Every page says the next one is "same": the second page repeats the token sent.
        try await withTestServer(Self.webhookPages(["": (["w1"], "same"), "same": (["w2"], "same")])) { server in
            var read: [String] = []
            let error = await #expect(throws: SDKError.self) {
                for try await webhook in client(server).webhooks.listWebhooksAll() { read.append(webhook.id) }
            }
            guard case .pagination(let failure)? = error else {
                Issue.record("expected a pagination error, got \(String(describing: error))")
                return
            }
            #expect(failure.pageToken == "same")
            #expect(failure.pagesRead == 2)
            #expect(failure.operationID == "listWebhooks")
            #expect("\(failure)".contains(#"returned the page token "same" again after 2 pages"#))
            #expect(read == ["w1", "w2"])
            #expect(server.requests.count == 2)
        }
    }

    /// A server answering empty pages with a new token each time would be read forever.
    @Test func aRunOfEmptyPagesEndsWithAnError() async throws {
        let endless: TestServer.Handler = { request in
            let token = Self.queryValue("page_token", in: request.rawQuery) ?? "0"
            return .json(200, #"{"list":[],"nextPageToken":"\#((Int(token) ?? 0) + 1)"}"#)
        }
        try await withTestServer(endless) { server in
            let error = await #expect(throws: SDKError.self) {
                for try await _ in client(server).webhooks.listWebhooksAll() {}
            }
            guard case .pagination(let failure)? = error else {
                Issue.record("expected a pagination error, got \(String(describing: error))")
                return
            }
            let limit = PageItemSequence<JSONValue, Int>.maxEmptyPagesInARow
            #expect(failure.reason == .emptyPages(count: limit))
            #expect(failure.pagesRead == limit)
            #expect(failure.pageToken == "\(limit)")
            #expect("\(failure)" == "listWebhooks: the server returned \(limit) pages in a row without items, each with a new page token; paging stopped after \(limit) pages")
            #expect(server.requests.count == limit)
        }
    }

    @Test func emptyPagesBetweenItemsAreSkipped() async throws {
        var pages: [String: (ids: [String], next: String?)] = ["": (["w1"], "e1")]
        for index in 1..<PageItemSequence<JSONValue, Int>.maxEmptyPagesInARow { pages["e\(index)"] = ([], "e\(index + 1)") }
        pages["e\(PageItemSequence<JSONValue, Int>.maxEmptyPagesInARow)"] = (["w2"], nil)
        try await withTestServer(Self.webhookPages(pages)) { server in
            var ids: [String] = []
            for try await webhook in client(server).webhooks.listWebhooksAll() { ids.append(webhook.id) }
            #expect(ids == ["w1", "w2"])
        }
    }

    @Test func aPageLimitEndsTheSequence() async throws {
        let endless: TestServer.Handler = { request in
            let token = Self.queryValue("page_token", in: request.rawQuery) ?? "0"
            return .json(200, #"{"list":[{"id":"w\#(token)"}],"nextPageToken":"\#((Int(token) ?? 0) + 1)"}"#)
        }
        try await withTestServer(endless) { server in
            var ids: [String] = []
            for try await webhook in client(server).webhooks.listWebhooksAll().limited(toPages: 3) { ids.append(webhook.id) }
            #expect(ids == ["w0", "w1", "w2"])
            #expect(server.requests.count == 3)
            var pages = 0
            for try await _ in client(server).webhooks.listWebhooksPages().limited(toPages: 2).limited(toPages: 5) { pages += 1 }
            #expect(pages == 2)
        }
    }

    @Test func aCycleOfTokensEndsWithAnError() async throws {
        let pages = Self.webhookPages(["": (["w1"], "a"), "a": (["w2"], "b"), "b": (["w3"], "a")])
        try await withTestServer(pages) { server in
            await #expect(throws: SDKError.self) {
                for try await _ in client(server).webhooks.listWebhooksPages() {}
            }
            #expect(server.requests.count == 3)
        }
    }

    @Test func eachPageIsRetried() async throws {
        let pages = Self.webhookPages(["": (["w1"], "t1"), "t1": (["w2"], nil)])
        let failedOnce = Counter()
        let flaky: TestServer.Handler = { request in
            if request.rawQuery.contains("page_token=t1"), failedOnce.next() == 1 {
                return .json(503, #"{"message":"busy"}"#, headers: ["Retry-After": "0"])
            }
            return try await pages(request)
        }
        try await withTestServer(flaky) { server in
            var ids: [String] = []
            for try await webhook in client(server).webhooks.listWebhooksAll() { ids.append(webhook.id) }
            #expect(ids == ["w1", "w2"])
            #expect(server.requests.map(\.rawQuery) == ["", "page_token=t1", "page_token=t1"])
        }
    }

    @Test func aBodyCursorIsSetInACopyOfTheBody() async throws {
        let handler: TestServer.Handler = { request in
            let body = try JSONSerialization.jsonObject(with: request.body) as? [String: Any] ?? [:]
            switch body["pageToken"] as? String {
            case nil: return .json(200, #"{"list":[{"id":"w1"}],"nextPageToken":"p2"}"#)
            case "p2": return .json(200, #"{"list":[{"id":"w2"}]}"#)
            default: return .json(400, "{}")
            }
        }
        try await withTestServer(handler) { server in
            var ids: [String] = []
            for try await webhook in client(server).webhooks.searchWebhooksAll(body: WebhookSearch(query: "hooks")) {
                ids.append(webhook.id)
            }
            #expect(ids == ["w1", "w2"])
            let bodies = server.requests.map { String(decoding: $0.body, as: UTF8.self) }
            #expect(bodies == [#"{"query":"hooks"}"#, #"{"pageToken":"p2","query":"hooks"}"#])
        }
    }

    @Test func openAIStyleListsAskForTheItemsAfterTheLastOne() async throws {
        let handler: TestServer.Handler = { request in
            switch Self.queryValue("after", in: request.rawQuery) {
            case nil: return .json(200, #"{"object":"list","data":[{"id":"f1"},{"id":"f2"}],"has_more":true}"#)
            case "f2": return .json(200, #"{"object":"list","data":[{"id":"f3"}],"has_more":false}"#)
            default: return .json(400, "{}")
            }
        }
        try await withTestServer(handler) { server in
            var ids: [String] = []
            for try await file in client(server).files.listFilesAll(limit: 2) { ids.append(file.id) }
            #expect(ids == ["f1", "f2", "f3"])
            #expect(server.requests.map(\.rawQuery) == ["limit=2", "after=f2&limit=2"])
        }
    }

    @MainActor @Test func readOnTheMainActor() async throws {
        let server = try await TestServer.start(Self.webhookPages(["": (["w1"], "t1"), "t1": (["w2"], nil)]))
        var ids: [String] = []
        do {
            for try await webhook in client(server).webhooks.listWebhooksAll() { ids.append(webhook.id) }
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
        #expect(ids == ["w1", "w2"])
    }

    @Test func cancellingBetweenPagesSendsNothingMore() async throws {
        let pages = Self.webhookPages(["": (["w1"], "t1"), "t1": (["w2"], nil)])
        try await withTestServer(pages) { server in
            let paging = client(server)
            let task = Task {
                for try await _ in paging.webhooks.listWebhooksPages() {
                    withUnsafeCurrentTask { $0?.cancel() }
                }
            }
            await #expect(throws: CancellationError.self) { try await task.value }
            #expect(server.requests.count == 1)
        }
    }

    @Test func cancellingWhileAPageIsAwaitedStopsAtOnce() async throws {
        let pages = Self.webhookPages(["": (["w1"], "t1")])
        // The second page never comes.
        let hang = Gate()
        let slow: TestServer.Handler = { request in
            if request.rawQuery.contains("page_token=t1") { try await hang.pass() }
            return try await pages(request)
        }
        try await withTestServer(slow) { server in
            let paging = client(server)
            let secondPageAsked = Counter()
            let task = Task {
                for try await _ in paging.webhooks.listWebhooksPages() { secondPageAsked.next() }
            }
            try await hang.waitForArrivals(1)
            task.cancel()
            // Returns at all only if the cancellation stopped the wait for the page.
            await #expect(throws: (any Error).self) { try await task.value }
            #expect(secondPageAsked.current == 1)
            #expect(server.requests.count == 2)
        }
    }
}
