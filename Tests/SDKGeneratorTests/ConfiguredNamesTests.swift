import Foundation
import XCTest

/// The configuration's `names:`: a component schema, an operationId or a JSON Pointer
/// (an inline body, a property's type, an enum value), each name used as written; an
/// entry that matches nothing, several things, a reference, or a schema with no type of
/// its own is an error at its line, and nothing is written.
final class ConfiguredNamesTests: XCTestCase {
    private let spec = """
        openapi: 3.1.0
        info: {title: Shop, version: "1"}
        paths:
          /customers:
            post:
              operationId: createCustomer
              requestBody:
                content:
                  application/json:
                    schema:
                      type: object
                      properties:
                        name: {type: string}
                        address: {type: object, properties: {street2: {type: string}}}
              responses:
                "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}}
          /pets:
            get:
              operationId: NewPet
              responses: {"204": {description: none}}
        components:
          schemas:
            NewPet:
              type: object
              properties:
                status: {type: string, enum: [in_stock, sold_out]}
                owner: {$ref: '#/components/schemas/Owner'}
                tag: {type: string}
            Owner: {type: object, properties: {name: {type: string}}}
        """

    private func generate(names: String) throws -> (run: SDKGenProcess.Run, folder: URL) {
        let folder = try TestPaths.temporaryDirectory(self)
        try spec.write(to: folder.appendingPathComponent("spec.yaml"), atomically: true, encoding: .utf8)
        try """
            generate:
              - spec: spec.yaml
                output: Out
                module: Shop
                names:
            \(names)
            """.write(to: folder.appendingPathComponent("sdkgen.yaml"), atomically: true, encoding: .utf8)
        return (try SDKGenProcess.run(["generate", "--config", "sdkgen.yaml"], in: folder), folder)
    }

    private func swift(in folder: URL) throws -> String {
        let out = folder.appendingPathComponent("Out")
        let files = FileManager.default.enumerator(atPath: out.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return try files.sorted().map { try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8) }.joined()
    }

    func testPointersOperationIDsAndEnumValuesAreRenamedVerbatim() throws {
        let (run, folder) = try generate(names: """
                  "#/components/schemas/NewPet": NewPetId
                  "#/paths/~1customers/post/requestBody": CustomerDraft
                  "#/paths/~1customers/post/requestBody/content/application~1json/schema/properties/address": PostalAddress
                  createCustomer: addCustomer
                  "#/components/schemas/NewPet/properties/status/enum/1": gone
            """)
        XCTAssertEqual(run.status, 0, run.errors)
        let swift = try swift(in: folder)
        XCTAssertTrue(swift.contains("struct NewPetId: Codable"), "a component, through a pointer, named as written")
        XCTAssertTrue(swift.contains("struct CustomerDraft: Codable"), "an inline body")
        XCTAssertTrue(swift.contains("struct PostalAddress: Codable"), "an inline property type")
        XCTAssertTrue(swift.contains("public var address: CustomerDraft.PostalAddress?"), swift)
        XCTAssertTrue(swift.contains("func addCustomer("), "an operation, by operationId")
        XCTAssertTrue(swift.contains("case gone"), "an enum value's case")
        XCTAssertTrue(swift.contains("case inStock"), "the other values keep their names")
        XCTAssertFalse(swift.contains("CreateCustomerRequest"))
    }

    func testEntriesThatMatchNoneOrSeveralOrNoTypeAreErrorsAtTheirLine() throws {
        let (run, folder) = try generate(names: """
                  Missing: Gone
                  NewPet: Pet
                  "#/paths/~1orders/get": listOrders
                  "#/components/schemas/NewPet/properties/owner": Holder
                  "#/components/schemas/NewPet/properties/tag": Label
            """)
        XCTAssertEqual(run.status, 1)
        let errors = run.errors.split(separator: "\n").map { String($0.drop { $0 != ":" }) }
        XCTAssertEqual(
            errors,
            [
                ":6:7: error: 'Missing' in 'names' matches no component schema or operationId of spec.yaml",
                ":7:7: error: 'NewPet' in 'names' matches more than one thing: the component schema 'NewPet' and the operation 'NewPet'; use a JSON Pointer to choose one",
                ":8:7: error: '#/paths/~1orders/get' in 'names' matches no place in spec.yaml",
                ":9:7: error: '#/components/schemas/NewPet/properties/owner' in 'names' is a reference to the component schema 'Owner'; name 'Owner' instead",
            ], run.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out").path))

        let scalar = try generate(names: "      \"#/components/schemas/NewPet/properties/tag\": Label")
        XCTAssertEqual(scalar.run.status, 1)
        XCTAssertTrue(
            scalar.run.errors.contains(
                ":6:7: error: '#/components/schemas/NewPet/properties/tag' in 'names' names a schema the SDK declares no type for"),
            scalar.run.errors)
    }
}
