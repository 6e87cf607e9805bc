import Foundation
@testable import SDKGenerator
import XCTest

/// Which operations are paged, and how: declared with `x-speakeasy-pagination` or
/// inferred from the common shapes.
final class PaginationPlanningTests: XCTestCase {
    private func fixturePlan() throws -> Planner.Result {
        let spec = TestPaths.fixtures.appendingPathComponent("pagination/spec.yaml")
        return try PlanTestSupport.plan(try String(contentsOf: spec, encoding: .utf8), options: GeneratorOptions(moduleName: "Paging"))
    }

    private func operation(_ operationID: String, in plan: SDKPlan) throws -> PlannedOperation {
        try XCTUnwrap(plan.groups.flatMap(\.operations).first { $0.operationID == operationID }, "no operation \(operationID)")
    }

    func testPageTokenQueryParameterIsInferred() throws {
        let pagination = try XCTUnwrap(try operation("listWebhooks", in: try fixturePlan().plan).pagination)
        XCTAssertEqual(pagination.pagesName, "listWebhooksPages")
        XCTAssertEqual(pagination.items?.name, "listWebhooksAll")
        XCTAssertEqual(pagination.pageToken, .argument(label: "pageToken"))
        XCTAssertEqual(pagination.nextPageToken, .property(path: [.init(swiftName: "nextPageToken", isOptional: true)]))
        XCTAssertEqual(pagination.items?.itemType, .named("Webhook"))
    }

    func testDeclaredBodyCursorIsFollowed() throws {
        let pagination = try XCTUnwrap(try operation("searchWebhooks", in: try fixturePlan().plan).pagination)
        XCTAssertEqual(
            pagination.pageToken,
            .bodyProperty(.init(swiftName: "pageToken", isOptional: true), bodyType: .named("WebhookSearch"), createsBody: true))
    }

    func testOpenAIStyleListsPageAfterTheLastItem() throws {
        let pagination = try XCTUnwrap(try operation("listFiles", in: try fixturePlan().plan).pagination)
        XCTAssertEqual(pagination.pageToken, .argument(label: "after"))
        XCTAssertEqual(
            pagination.nextPageToken,
            .lastItem(hasMore: [.init(swiftName: "hasMore", isOptional: false)], property: .init(swiftName: "id", isOptional: false)))
    }

    func testDeclaredNestedOutputs() throws {
        let pagination = try XCTUnwrap(try operation("listEvents", in: try fixturePlan().plan).pagination)
        XCTAssertEqual(
            pagination.nextPageToken,
            .property(path: [.init(swiftName: "meta", isOptional: true), .init(swiftName: "nextCursor", isOptional: false)]))
        XCTAssertEqual(pagination.items?.path, [.init(swiftName: "events", isOptional: true)])
    }

    func testUnsupportedDeclaredPaginationIsAWarning() throws {
        let result = try fixturePlan()
        XCTAssertNil(try operation("listNumberedEvents", in: result.plan).pagination)
        XCTAssertTrue(
            result.warnings.contains { $0.message.contains("only 'cursor' pagination is generated, not 'offsetLimit'") },
            "\(result.warnings.map(\.message))")
    }

    func testABodyTokenTakesANameNoArgumentHas() throws {
        let yaml = PlanTestSupport.document(
            schemas: """
                Search:
                  type: object
                  properties:
                    pageToken: {type: string}
                Page:
                  type: object
                  properties:
                    list: {type: array, items: {type: string}}
                    nextPageToken: {type: string}
                """,
            paths: """
                /search:
                  post:
                    operationId: search
                    parameters:
                      - {name: page_token, in: query, schema: {type: integer}}
                    requestBody:
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Search'}
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Page'}
                """)
        let plan = try PlanTestSupport.plan(yaml).plan
        let pagination = try XCTUnwrap(plan.groups.flatMap(\.operations).first?.pagination)
        XCTAssertEqual(pagination.tokenName, "pageToken2")
        let text = try PlanTestSupport.swift(ofGroup: try XCTUnwrap(plan.groups.first).typeName, in: plan)
        XCTAssertTrue(text.contains("body.pageToken = pageToken2"), text)
    }

    func testOperationsWithoutPagesAreNotPaged() throws {
        let yaml = PlanTestSupport.document(
            schemas: """
                Thing:
                  type: object
                  properties:
                    items: {type: array, items: {type: string}}
                    next: {type: string}
                """,
            paths: """
                /things:
                  get:
                    operationId: listThings
                    parameters:
                      - {name: token, in: query, schema: {type: string}}
                    responses:
                      "200":
                        description: ok
                        content:
                          application/json:
                            schema: {$ref: '#/components/schemas/Thing'}
                """)
        let plan = try PlanTestSupport.plan(yaml).plan
        XCTAssertNil(plan.groups.flatMap(\.operations).first?.pagination)
    }
}
