@testable import SDKGenerator
import XCTest

/// A property whose `$ref` names a component that admits null (OpenAPI 3.1's
/// `anyOf: [{…}, {type: 'null'}]`, a `type` list with `null`) is optional, required or not:
/// `"error": null` must decode.
final class NullableReferencePlanningTests: XCTestCase {
    private let schemas = """
        ResponseError:
          anyOf:
            - type: object
              required: [code]
              properties:
                code: {type: string}
            - {type: 'null'}
        Text: {type: object, properties: {value: {type: string}}}
        Image: {type: object, properties: {url: {type: string}}}
        Content:
          anyOf:
            - {$ref: '#/components/schemas/Text'}
            - {$ref: '#/components/schemas/Image'}
            - {type: 'null'}
        Listed: {type: [object, 'null'], properties: {name: {type: string}}}
        Response:
          type: object
          required: [id, error, content, listed]
          properties:
            id: {type: string}
            error: {$ref: '#/components/schemas/ResponseError'}
            content: {$ref: '#/components/schemas/Content'}
            listed: {$ref: '#/components/schemas/Listed'}
            text: {$ref: '#/components/schemas/Text'}
        """
    private let paths = """
        /responses:
          get:
            operationId: getResponse
            responses:
              "200":
                description: The response.
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/Response'}
        """

    private func plan() throws -> SDKPlan {
        try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths)).plan
    }

    func testRequiredReferenceToANullableComponentIsOptional() throws {
        guard case .structure(let response) = try PlanTestSupport.model("Response", in: try plan()) else {
            return XCTFail("Response is not a struct")
        }
        let properties = Dictionary(uniqueKeysWithValues: response.properties.map { ($0.jsonName, $0) })
        XCTAssertEqual(properties["error"]?.isOptional, true)
        XCTAssertEqual(properties["content"]?.isOptional, true)
        XCTAssertEqual(properties["listed"]?.isOptional, true)
        XCTAssertEqual(properties["id"]?.isOptional, false)
        XCTAssertEqual(properties["text"]?.isOptional, true, "not required")
        XCTAssertEqual(properties["error"]?.type, .named("ResponseError"))

        let swift = try PlanTestSupport.swift(ofModel: "Response", in: try plan())
        XCTAssertTrue(swift.contains("public var error: ResponseError?"), swift)
        XCTAssertTrue(swift.contains(#"container.optional("error")"#), swift)
    }

    /// `anyOf: [A, B, {type: 'null'}]` is a union of `A` and `B`, optional where it is used.
    func testUnionWithANullAlternativeIsAnOptionalUnionOfTheOthers() throws {
        guard case .union(let content) = try PlanTestSupport.model("Content", in: try plan()) else {
            return XCTFail("Content is not a union")
        }
        XCTAssertEqual(content.cases.map(\.type), [.named("Text"), .named("Image")])
        guard case .structure(let error) = try PlanTestSupport.model("ResponseError", in: try plan()) else {
            return XCTFail("ResponseError is not a struct")
        }
        XCTAssertEqual(error.properties.map(\.jsonName), ["code"])
    }
}
