import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Which operations the plan sends to servers of their own.
final class OperationServerTests: XCTestCase {
    func testOwnServersWinOverThePathsAndRelativeOnesAreNotUsed() throws {
        let yaml = """
            openapi: 3.1.0
            info: {title: Snippet API, version: "1"}
            servers: [{url: "https://api.example.com"}]
            paths:
              /a:
                servers: [{url: "https://{zone}.files.example.com", variables: {zone: {default: eu}}}]
                get: {operationId: pathServer, responses: {"204": {description: Done.}}}
                put:
                  operationId: ownServer
                  servers: [{url: "https://upload.example.com/v2"}, {url: "https://backup.example.com"}]
                  responses: {"204": {description: Done.}}
              /b:
                servers: [{url: "https://api.example.com"}]
                get: {operationId: documentServer, responses: {"204": {description: Done.}}}
                put:
                  operationId: relativeServer
                  servers: [{url: /v3}]
                  responses: {"204": {description: Done.}}
              /c:
                get: {operationId: noServer, responses: {"204": {description: Done.}}}
            """
        let result = try PlanTestSupport.plan(yaml)
        let servers = Dictionary(
            uniqueKeysWithValues: result.plan.groups.flatMap(\.operations).map { ($0.operationID, $0.serverURL ?? "-") })
        XCTAssertEqual(
            servers,
            [
                "pathServer": "https://eu.files.example.com", "ownServer": "https://upload.example.com/v2",
                "documentServer": "-", "relativeServer": "-", "noServer": "-",
            ])
        XCTAssertEqual(
            result.warnings.map(\.message),
            ["the server '/v3' of PUT /b is not an absolute http or https URL; the operation is sent to the client's server"])
    }
}
