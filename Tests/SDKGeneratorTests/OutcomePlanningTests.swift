import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Planning error bodies, several successes and idempotency keys from small specs.
final class OutcomePlanningTests: XCTestCase {
    private let schemas = """
        Thing: {type: object, properties: {id: {type: string}}}
        Job: {type: object, properties: {jobId: {type: string}}}
        Problem: {type: object, properties: {title: {type: string}}}
        Missing: {type: object, properties: {resource: {type: string}}}
        """

    private func operation(
        _ paths: String, options: GeneratorOptions = GeneratorOptions(moduleName: "Snippet")
    ) throws -> (PlannedOperation, Planner.Result) {
        let result = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths), options: options)
        return (try XCTUnwrap(result.plan.groups.first?.operations.first), result)
    }

    private func json(_ ref: String) -> String {
        "{description: x, content: {application/json: {schema: {$ref: '#/components/schemas/\(ref)'}}}}"
    }

    func testErrorsGroupStatusesByTypeMostSpecificFirst() throws {
        let (planned, _) = try operation("""
            /things:
              get:
                operationId: listThings
                responses:
                  "200": \(json("Thing"))
                  default: \(json("Problem"))
                  "404": \(json("Missing"))
                  "400": \(json("Problem"))
                  "410": \(json("Missing"))
                  5XX: \(json("Problem"))
            """)
        XCTAssertEqual(
            planned.errors,
            [
                PlannedErrorResponse(statuses: .codes([404, 410]), type: .named("Missing")),
                PlannedErrorResponse(statuses: .codes([400]), type: .named("Problem")),
                PlannedErrorResponse(statuses: .serverError, type: .named("Problem")),
                PlannedErrorResponse(statuses: .other, type: .named("Problem")),
            ])
    }

    func testOneTypeForEveryErrorIsTheDefaultAlone() throws {
        let (planned, _) = try operation("""
            /things:
              get:
                operationId: listThings
                responses:
                  "200": \(json("Thing"))
                  "400": \(json("Problem"))
                  4XX: \(json("Problem"))
                  default: \(json("Problem"))
            """)
        XCTAssertEqual(planned.errors, [PlannedErrorResponse(statuses: .other, type: .named("Problem"))])
    }

    func testSuccessesSharingASchemaKeepThePlainTypeWithoutWarning() throws {
        let (planned, result) = try operation("""
            /things:
              post:
                operationId: createThing
                responses:
                  "200": \(json("Thing"))
                  "201": \(json("Thing"))
            """)
        XCTAssertEqual(planned.response, .named("Thing"))
        XCTAssertNil(planned.responseCases)
        XCTAssertFalse(result.warnings.contains { $0.message.contains("success") })
    }

    func testSuccessesOfDifferentSchemasAreAnEnum() throws {
        let (planned, _) = try operation("""
            /things:
              post:
                operationId: createThing
                responses:
                  "201": \(json("Thing"))
                  "202": \(json("Job"))
                  "204": {description: Nothing.}
            """)
        let cases = try XCTUnwrap(planned.responseCases)
        XCTAssertEqual(planned.response, .named("CreateThingResponse"))
        XCTAssertEqual(cases.cases.map(\.name), ["created", "accepted", "noContent"])
        XCTAssertEqual(cases.cases.map(\.type), [.named("Thing"), .named("Job"), nil])
        XCTAssertEqual(cases.fallback, 0)
    }

    func testIdempotencyKeyParameterIsOptionalAndGenerated() throws {
        let (planned, _) = try operation("""
            /things:
              post:
                operationId: createThing
                parameters:
                  - {name: idempotency-key, in: header, required: true, schema: {type: string}}
                  - {name: X-Other, in: header, required: true, schema: {type: string}}
                responses:
                  "201": \(json("Thing"))
            """)
        XCTAssertEqual(planned.arguments.map(\.label), ["xOther", "idempotencyKey"])
        XCTAssertEqual(planned.arguments.map(\.isOptional), [false, true])
        XCTAssertEqual(planned.parameters.map(\.generatesValue), [false, true])
    }

    func testConfigurationAddsAnIdempotencyKey() throws {
        var options = GeneratorOptions(moduleName: "Snippet")
        options.idempotencyKeyOperations = ["createThing"]
        let (planned, _) = try operation("""
            /things:
              post:
                operationId: createThing
                responses:
                  "201": \(json("Thing"))
            """, options: options)
        XCTAssertEqual(planned.arguments.map(\.label), ["idempotencyKey"])
        XCTAssertEqual(planned.parameters.map(\.name), ["Idempotency-Key"])
        XCTAssertEqual(planned.parameters.first?.generatesValue, true)
    }
}
