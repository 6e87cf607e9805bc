import Foundation
@_spi(Generated) import SDKRuntime
import Testing

/// The cap on response bodies, enforced as they arrive.
@Suite(.timeLimit(.minutes(1)))
struct ResponseLimitTests {
    /// A client with a 1000-byte cap and retries that would show if the failure were retried.
    func client(_ server: TestServer) -> APIClient {
        var configuration = APIClient.Configuration(serverURL: server.url, retryPolicy: fastRetries, timeout: .seconds(30))
        configuration.maxResponseBodySize = 1000
        return APIClient(configuration: configuration)
    }

    /// The body stalls after its first bytes, so a client that waited for the rest would
    /// fail with a timeout, not `responseTooLarge`.
    func expectTooLarge(_ response: CannedResponse) async throws {
        try await withTestServer({ _ in response }) { server in
            let error = try await #require(throws: SDKError.self) {
                try await client(server).send(Request<Data>(method: .get, path: "/download", responseFormat: .binary, operationID: "x"))
            }
            guard case .responseTooLarge(let limit) = error else {
                Issue.record("expected responseTooLarge, got \(error)")
                return
            }
            #expect(limit == 1000)
            #expect("\(error)" == "the response body is larger than the limit of 1000 bytes")
            #expect(server.requests.count == 1, "never retried, not even for GET")
        }
    }

    @Test func contentLengthOverTheCapIsRefusedBeforeTheBodyIsRead() async throws {
        // Ten megabytes announced, a hundred bytes sent, then nothing.
        try await expectTooLarge(
            CannedResponse(status: 200, stalling: StallingBody(prefix: Data(count: 100), announcedLength: 10_000_000)))
    }

    @Test func chunkedBodyIsRefusedOnceMoreThanTheCapCame() async throws {
        try await expectTooLarge(CannedResponse(status: 200, stalling: StallingBody(prefix: Data(count: 1001))))
    }

    @Test func errorBodyOverTheCapIsRefusedToo() async throws {
        try await expectTooLarge(CannedResponse(status: 503, stalling: StallingBody(prefix: Data(count: 1001))))
    }

    @Test func bodyOfExactlyTheCapIsRead() async throws {
        let body = Data((0..<1000).map { UInt8($0 % 251) })
        try await withTestServer({ _ in CannedResponse(status: 200, body: body) }) { server in
            let data = try await client(server).send(
                Request<Data>(method: .get, path: "/download", responseFormat: .binary, operationID: "x"))
            #expect(data == body)
        }
    }

    @Test func defaultCapIs64MiB() {
        let configuration = APIClient.Configuration(serverURL: URL(string: "https://api.example.com")!)
        #expect(configuration.maxResponseBodySize == 64 * 1024 * 1024)
    }
}
