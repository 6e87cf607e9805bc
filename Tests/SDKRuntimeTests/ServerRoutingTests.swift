import Foundation
@_spi(Generated) import SDKRuntime
import Testing
import Wire

/// Where requests go: the client's server joined with the path by one slash, and
/// operations with servers of their own sent there.
@Suite(.timeLimit(.minutes(1)))
struct ServerRoutingTests {
    @Test(arguments: ["/", "//", "/base/", "/base"])
    func serverURLWithATrailingSlashJoinsThePathWithOne(_ suffix: String) async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            let serverURL = try #require(URL(string: server.url.absoluteString + suffix))
            _ = try await APIClient(serverURL: serverURL).send(Request<JSONValue>(method: .get, path: "/v1/x", operationID: "x"))
            let prefix = suffix.hasPrefix("/base") ? "/base" : ""
            #expect(server.requests.map(\.rawPath) == ["\(prefix)/v1/x"])
        }
    }

    @Test func generatedServerWithATrailingSlash() throws {
        #expect(try Servers.default().absoluteString == "https://api.example.com/")
    }

    @Test func requestWithAServerOfItsOwnGoesThere() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { api in
            try await withTestServer({ _ in .json(200, "{}") }) { uploads in
                let client = APIClient(serverURL: api.url.appendingPathComponent("v1"), tokenProvider: BearerToken("t"))
                let request = Request<JSONValue>(
                    method: .post, path: "/files", serverURL: uploads.url.appendingPathComponent("up/"),
                    security: [["bearer"]], operationID: "upload")
                _ = try await client.send(request)
                _ = try await client.send(Request<JSONValue>(method: .get, path: "/files", operationID: "list"))
                #expect(uploads.requests.map(\.rawPath) == ["/up/files"])
                #expect(uploads.requests.map { $0.header("Authorization") } == ["Bearer t"])
                #expect(api.requests.map(\.rawPath) == ["/v1/files"])
            }
        }
    }

    @Test func credentialsGoToAnOperationServerOnlyOverHTTPS() async throws {
        let client = APIClient(serverURL: URL(string: "https://api.example.com")!, tokenProvider: BearerToken("t"))
        let request = Request<JSONValue>(
            method: .get, path: "/files", serverURL: URL(string: "http://uploads.example.com"), security: [["bearer"]],
            operationID: "upload")
        let error = try await #require(throws: SDKError.self) { try await client.send(request) }
        guard case .authentication(let failure) = error else {
            Issue.record("expected an authentication failure, got \(error)")
            return
        }
        #expect(failure.kind == .insecureTransport)
        #expect("\(error)".contains("http://uploads.example.com"))
    }

    @Test func operationServerWithAUserNameIsRefused() async throws {
        let client = APIClient(serverURL: URL(string: "https://api.example.com")!)
        let request = Request<JSONValue>(
            method: .get, path: "/files", serverURL: URL(string: "https://user:pw@uploads.example.com"), operationID: "upload")
        let error = try await #require(throws: SDKError.self) { try await client.send(request) }
        #expect("\(error)".contains("the server URL of upload holds a user name or password"))
        #expect(!"\(error)".contains("pw"))
    }

    @Test func generatedOperationsUseTheirOwnServers() {
        #expect(Uploads.upload(body: Data()).serverURL?.absoluteString == "https://uploads.example.com/v2")
        #expect(Uploads.uploadPart(body: Data()).serverURL?.absoluteString == "https://eu.uploads.example.com")
        #expect(Search.search().serverURL == nil)
        #expect(Search.getStatus().serverURL == nil, "the document's servers are the client's")
    }
}
