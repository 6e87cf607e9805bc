import ConductorOne
import Foundation
@_spi(Generated) import SDKRuntime
import SDKGenDiagnostics
import XCTest

/// The generated ConductorOne builders and models, without a network.
final class RequestBuilderTests: XCTestCase {
    func testWebhooksTestRequest() throws {
        let request = Webhooks.test(id: "a/b c?#%")
        XCTAssertEqual(request.method, .post)
        XCTAssertEqual(request.path, "/api/v1/webhooks/a%2Fb%20c%3F%23%25/test")
        XCTAssertEqual(request.operationID, "c1.api.webhooks.v1.WebhooksService.Test")
        XCTAssertEqual(request.security, [["bearerAuth", "oauth"]])
        // The body's schema has no properties: it is not an argument, and `{}` is sent.
        XCTAssertEqual(try request.encodeBody().map { String(decoding: $0.data, as: UTF8.self) }, "{}")
        // The same for DELETE, whose optional empty body is left out.
        XCTAssertNil(try Webhooks.delete(id: "w1").encodeBody()?.data)
    }

    func testListRequestQuery() {
        let request = Webhooks.list(pageSize: 10, pageToken: "next")
        XCTAssertEqual(request.method, .get)
        XCTAssertEqual(request.path, "/api/v1/webhooks")
        XCTAssertEqual(request.query, [URLQueryItem(name: "page_size", value: "10"), URLQueryItem(name: "page_token", value: "next")])
        XCTAssertEqual(Webhooks.list().query, [])
    }

    /// The seed page's example response decodes, with both timestamp forms, an unknown
    /// field ignored and a 64-bit integer in a string.
    func testResponseDecoding() throws {
        let json = """
            {"webhook": {"attempts": 123, "completedAt": "2023-11-07T05:31:56Z",
              "createdAt": "2023-11-07T05:31:56.123456Z", "id": "<string>",
              "source": {"test": {}, "workflowStep": {"workflowExecutionId": "9007199254740993", "workflowStepId": "s"}},
              "spec": {"destination": "<string>"}, "state": "WEBHOOK_STATE_SUCCESS", "somethingNew": [1, 2]}}
            """
        let response = try JSONCoding.makeDecoder().decode(WebhooksServiceTestResponse.self, from: Data(json.utf8))
        let webhook = try XCTUnwrap(response.webhook)
        XCTAssertEqual(webhook.attempts, 123)
        XCTAssertEqual(webhook.completedAt, Date(timeIntervalSince1970: 1_699_335_116))
        XCTAssertEqual(try XCTUnwrap(webhook.createdAt).timeIntervalSince1970, 1_699_335_116.123456, accuracy: 0.0001)
        XCTAssertEqual(webhook.state, .success)
        XCTAssertEqual(webhook.source?.workflowStep?.workflowExecutionID, 9_007_199_254_740_993)
        XCTAssertNotNil(webhook.source?.test)
        XCTAssertEqual(webhook.spec?.destination, "<string>")
    }

    func testUnknownEnumValueIsKept() throws {
        let json = #"{"state":"WEBHOOK_STATE_FROM_THE_FUTURE"}"#
        let instance = try JSONCoding.makeDecoder().decode(WebhookInstance.self, from: Data(json.utf8))
        XCTAssertEqual(instance.state, .undocumented("WEBHOOK_STATE_FROM_THE_FUTURE"))
        let encoded = try JSONCoding.makeEncoder().encode(instance)
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), json)
    }

    func testInt64IsEncodedAsString() throws {
        let step = WebhookSourceWorkflowStep(workflowExecutionID: 42, workflowStepID: "s")
        let text = String(decoding: try JSONCoding.makeEncoder().encode(step), as: UTF8.self)
        XCTAssertEqual(text, #"{"workflowExecutionId":"42","workflowStepId":"s"}"#)
    }

    func testServerURL() throws {
        XCTAssertEqual(try Servers.default(tenantDomain: "acme").absoluteString, "https://acme.conductor.one")
        XCTAssertEqual(try Servers.default().absoluteString, "https://example.conductor.one")
    }
}
