import Foundation
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// How the plan lays out each parameter and form body: the style from `style` and
/// `explode`, and the SDK's choice of array indexing.
final class ParameterStylingTests: XCTestCase {
    private let paths = """
        /things:
          post:
            operationId: make
            parameters:
              - {name: plain, in: query, schema: {type: string}}
              - {name: list, in: query, schema: {type: array, items: {type: string}}}
              - {name: spaced, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
              - {name: piped, in: query, style: pipeDelimited, explode: true, schema: {type: array, items: {type: string}}}
              - {name: deep, in: query, style: deepObject, explode: true, schema: {type: array, items: {type: string}}}
              - {name: either, in: query, schema: {oneOf: [{type: string}, {type: array, items: {type: string}}]}}
              - {name: words, in: query, schema: {oneOf: [{type: string}, {type: string, enum: [a]}]}}
              - {name: X-Either, in: header, schema: {oneOf: [{type: integer}, {type: string}]}}
              - {name: X-List, in: header, schema: {type: array, items: {type: integer}}}
            requestBody:
              content:
                application/x-www-form-urlencoded:
                  schema: {type: object, properties: {a: {type: string}}}
            responses:
              "204": {description: Done.}
        """

    private func operation(_ options: GeneratorOptions = GeneratorOptions(moduleName: "Snippet")) throws
        -> (PlannedOperation, [Diagnostic])
    {
        let result = try PlanTestSupport.plan(PlanTestSupport.document(paths: paths), options: options)
        return (try XCTUnwrap(result.plan.groups.first?.operations.first), result.warnings)
    }

    func testStylesFollowStyleAndExplode() throws {
        let (operation, diagnostics) = try operation()
        let shapes = Dictionary(uniqueKeysWithValues: operation.parameters.map { ($0.name, $0.shape) })
        XCTAssertEqual(shapes["plain"], .value)
        XCTAssertEqual(shapes["list"], .styled(.form(explode: true), arrays: .indexed))
        XCTAssertEqual(shapes["spaced"], .styled(.spaceDelimited, arrays: .indexed))
        XCTAssertEqual(shapes["piped"], .styled(.form(explode: true), arrays: .indexed), "exploded, it is form")
        XCTAssertEqual(shapes["deep"], .styled(.deepObject, arrays: .indexed))
        XCTAssertEqual(shapes["either"], .styled(.form(explode: true), arrays: .indexed), "a union goes by its style too")
        XCTAssertEqual(shapes["words"], .value, "strings only make one open enum, a single value")
        XCTAssertEqual(shapes["X-Either"], .value)
        XCTAssertEqual(shapes["X-List"], .headerArray)
        XCTAssertEqual(operation.body?.format, .form(arrays: .indexed))
        XCTAssertEqual(
            diagnostics.map(\.message),
            ["objects and unions in header and cookie parameters (and arrays in cookies) are sent as text; 'X-Either' is a string"])
    }

    func testRepeatedArraysWhenConfigured() throws {
        var options = GeneratorOptions(moduleName: "Snippet")
        options.formArrays = .repeated
        let (operation, _) = try operation(options)
        XCTAssertEqual(operation.parameters.first { $0.name == "deep" }?.shape, .styled(.deepObject, arrays: .repeated))
        XCTAssertEqual(operation.body?.format, .form(arrays: .repeated))
    }

    func testConfigurationChoosesArrayIndexing() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("formArrays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("sdkgen.yaml")
        try "generate:\n  - {spec: a.yaml, output: out, module: A, formArrays: repeated}\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ConfigFile.read(path: config.path).first?.options.formArrays, .repeated)
        try "generate:\n  - {spec: a.yaml, output: out, module: A, formArrays: brackets}\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ConfigFile.read(path: config.path)) { error in
            XCTAssertTrue("\(error)".contains("'formArrays' must be indexed or repeated, not 'brackets'"), "\(error)")
        }
    }
}
