import Foundation
import Logging
import SDKRuntime
import Testing
import Wire

/// A response missing a required member, through the client: lenient by default, with the
/// miss in the response's metadata and the client's log, and refused in strict mode.
@Suite(.timeLimit(.minutes(1)))
struct LenientResponseTests {
    /// A profile without its required `id`, as a server that disagrees with its spec sends it.
    static let answer = CannedResponse.json(200, #"{"displayName":"Ann Lee","nickname":null}"#, headers: ["X-Request-Id": "req-7"])

    func update(strict: Bool, logger: Logger? = nil) async throws -> APIResponse<Profile> {
        try await withTestServer({ _ in Self.answer }) { server in
            var configuration = APIClient.Configuration(serverURL: server.url, retryPolicy: .disabled)
            configuration.strictDecoding = strict
            if let logger { configuration.logger = logger }
            let client = APIClient(configuration: configuration)
            return try await client.sendWithResponse(Profiles.updateProfile(id: "p1", body: ProfileUpdate(displayName: "Ann Lee")))
        }
    }

    @Test func theMissIsInTheResponseAndTheLogWithoutValues() async throws {
        let lines = Recorder<String>()
        var logger = Logger.capturing(into: lines)
        logger.logLevel = .debug
        let response = try await update(strict: false, logger: logger)
        #expect(response.body.id == "")
        #expect(response.body.displayName == "Ann Lee")
        #expect(response.decodingIssues == [DecodingIssue(path: "$.id", kind: .missingMember, typeName: "String")])
        let logged = try #require(lines.values.first { $0.contains("response decoded leniently") })
        #expect(logged.contains("updateProfile") && logged.contains("req-7") && logged.contains("$.id: required member is missing"))
        #expect(!logged.contains("Ann"))
    }

    @Test func strictModeFailsTheCallWithThePathStatusAndRequestID() async throws {
        let error = try await #require(throws: SDKError.self) { try await update(strict: true) }
        #expect(
            "\(error)"
                == "cannot decode Profile at $.id: required member is missing (operation updateProfile, status 200, request ID req-7)")
        #expect(!"\(error)".contains("Ann"))
    }
}
