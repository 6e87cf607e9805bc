import Foundation
@testable import SDKGenerator
import XCTest

/// Which request bodies are arguments, which are required, and which results may be
/// ignored.
final class RequestBodyPlanningTests: XCTestCase {
    private let schemas = """
        Create:
          type: object
          required: [name]
          properties:
            name: {type: string}
            note: {type: string}
        Patch:
          type: object
          properties:
            note: {type: string}
        Nothing:
          type: object
        Wide:
          type: object
          required: [a]
          properties: {a: {type: string}, b: {type: string}, c: {type: string}, d: {type: string}, e: {type: string}, f: {type: string}, g: {type: string}}
        Open:
          type: object
          required: [name]
          properties: {name: {type: string}}
          additionalProperties: {type: string}
        """

    private func operation(_ method: String, body: String, required: Bool = false, response: String? = nil) -> String {
        let content = response.map { "\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/\($0)'}" } ?? ""
        return """
            /things:
              \(method):
                operationId: \(method)Thing
                requestBody:
                  required: \(required)
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/\(body)'}
                responses:
                  "200":
                    description: ok\(content)
            """
    }

    private func swift(_ paths: String) throws -> String {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths)).plan
        return try PlanTestSupport.swift(ofGroup: try XCTUnwrap(plan.groups.first).typeName, in: plan)
    }

    func testABodyWithRequiredPropertiesIsARequiredArgument() throws {
        let text = try swift(operation("post", body: "Create"))
        XCTAssertTrue(text.contains("static func create(body: Create) -> Request<EmptyResponse>"), text)
        XCTAssertTrue(text.contains("func create(body: Create, options: RequestOptions = RequestOptions())"), text)
    }

    func testABodyWithoutRequiredPropertiesStaysOptionalUnlessTheSpecRequiresIt() throws {
        XCTAssertTrue(try swift(operation("patch", body: "Patch")).contains("static func update(body: Patch? = nil)"))
        XCTAssertTrue(try swift(operation("patch", body: "Patch", required: true)).contains("static func update(body: Patch)"))
    }

    func testAnEmptyObjectBodyIsNoArgument() throws {
        let post = try swift(operation("post", body: "Nothing"))
        XCTAssertTrue(post.contains("static func create() -> Request<EmptyResponse>"), post)
        XCTAssertTrue(post.contains("body: Nothing(),"), post)
        // Where requests carry no content by convention, an optional empty body is left out.
        let delete = try swift(operation("delete", body: "Nothing"))
        XCTAssertTrue(delete.contains("static func delete() -> Request<EmptyResponse>"), delete)
        XCTAssertFalse(delete.contains("body:"), delete)
        XCTAssertTrue(try swift(operation("delete", body: "Nothing", required: true)).contains("body: Nothing(),"))
    }

    /// A body of up to six properties gets an overload taking them, required ones first,
    /// that builds the body and calls the method taking it.
    /// Some specs give every GET an empty form body: no `body:` argument, nothing sent.
    func testAGetBodyThatDeclaresNothingIsLeftOut() throws {
        for (method, body) in [("get", "Nothing"), ("head", "Nothing")] {
            let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: operation(method, body: body, required: true)))
            let text = try PlanTestSupport.swift(ofGroup: try XCTUnwrap(plan.plan.groups.first).typeName, in: plan.plan)
            XCTAssertFalse(text.contains("body"), text)
            XCTAssertTrue(plan.warnings.isEmpty, "\(plan.warnings)")
        }
    }

    /// A GET body that declares properties is kept, with a warning at its schema and a
    /// doc saying which transport cannot send it.
    func testAGetBodyWithPropertiesIsKeptAndWarnedAbout() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: operation("get", body: "Patch")))
        let text = try PlanTestSupport.swift(ofGroup: try XCTUnwrap(plan.plan.groups.first).typeName, in: plan.plan)
        XCTAssertTrue(text.contains("func list(body: Patch? = nil, options: RequestOptions = RequestOptions())"), text)
        XCTAssertTrue(
            text.contains(
                "///   - body: The request body, sent as `application/json`. URLSession on Apple platforms refuses a GET with a body: "
                    + "send it with a transport that does, such as AsyncHTTPClient's.\n"), text)
        XCTAssertEqual(
            plan.warnings.map(\.description),
            ["snippet.yaml:11:28: warning: GET /things takes a body, which URLSession on Apple platforms does not send with GET"])
    }

    func testASmallBodyGetsAnOverloadTakingItsProperties() throws {
        let text = try swift(operation("post", body: "Create"))
        XCTAssertTrue(
            text.contains(
                """
                    /// Builds the ``Create`` body from its properties.
                    ///
                    /// - Parameters:
                    ///   - name: The `name` property of the request body.
                    ///   - note: The `note` property of the request body.
                    ///   - options: Retry and timeout settings for this call; the client's by default.
                    /// - Returns: The decoded response.
                    /// - Throws: `SDKError` when the request fails.
                    @discardableResult
                    public func create(name: String, note: String? = nil, options: RequestOptions = RequestOptions()) async throws -> EmptyResponse {
                        try await self.create(body: Create(name: name, note: note), options: options)
                    }
                """), text)
        // A required body whose properties are all optional: `update()` can only mean the overload.
        XCTAssertTrue(try swift(operation("patch", body: "Patch", required: true)).contains("func update(note: String? = nil, options:"))
    }

    /// No overload where it would be ambiguous or unwieldy: an optional body of optional
    /// properties (`update()` would match both), more than six properties, undeclared
    /// members, an empty body, or a property named like another argument.
    func testNoOverloadWhereItWouldBeAmbiguousOrUnwieldy() throws {
        for (method, body) in [("patch", "Patch"), ("post", "Wide"), ("post", "Open"), ("post", "Nothing")] {
            let text = try swift(operation(method, body: body))
            XCTAssertEqual(text.components(separatedBy: "async throws ->").count, 2, "\(body): \(text)")
        }
        let clash = """
            /things/{name}:
              post:
                operationId: rename
                parameters: [{name: name, in: path, required: true, schema: {type: string}}]
                requestBody:
                  content: {application/json: {schema: {$ref: '#/components/schemas/Create'}}}
                responses: {"204": {description: done}}
            """
        let text = try swift(clash)
        XCTAssertEqual(text.components(separatedBy: "async throws ->").count, 2, text)
    }

    func testResultsWithoutContentMayBeIgnored() throws {
        XCTAssertTrue(try swift(operation("post", body: "Create")).contains("@discardableResult\n    public func create("))
        XCTAssertTrue(try swift(operation("post", body: "Create", response: "Nothing")).contains("@discardableResult\n    public func create("))
        let typed = try swift(operation("post", body: "Create", response: "Patch"))
        XCTAssertFalse(typed.contains("@discardableResult"), typed)
    }
}
