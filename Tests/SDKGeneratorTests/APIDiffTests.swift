import Foundation
@testable import SDKGenerator
import XCTest

/// `sdkgen diff`'s engine on small specs: each kind of change, and how it is classified.
/// Each test edits one base spec and expects the exact changes.
final class APIDiffTests: XCTestCase {
    /// A pet store: a response type (`Pet`), a request type (`NewPet`), an operation with
    /// a query parameter and one with a body.
    private let paths = """
        /pets:
          get:
            operationId: listPets
            tags: [Pets]
            parameters:
              - {name: limit, in: query, schema: {type: integer, format: int32}}
            responses:
              "200": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/shop.Pet'}}}}}
          post:
            operationId: createPet
            tags: [Pets]
            requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/shop.NewPet'}}}}
            responses:
              "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/shop.Pet'}}}}
        /pets/{petId}:
          delete:
            operationId: deletePet
            tags: [Pets]
            parameters:
              - {name: petId, in: path, required: true, schema: {type: string}}
            responses:
              "204": {description: gone}
        """

    private let schemas = """
        shop.Pet:
          type: object
          required: [id, name]
          properties:
            id: {type: string}
            name: {type: string}
            age: {type: integer, format: int32}
            status: {type: string, enum: [available, sold]}
        shop.NewPet:
          type: object
          required: [name]
          properties:
            name: {type: string}
            kind: {type: string, enum: [dog, cat]}
        shop.Legacy:
          type: string
        """

    /// The report of changing the base spec with `edit`, applied to its paths and to its
    /// schemas as written above.
    private func report(_ edit: (String) -> String) throws -> APIDiffReport {
        let options = GeneratorOptions(moduleName: "Shop", grouping: .tags)
        let base = PlanTestSupport.document(schemas: schemas, paths: paths)
        let edited = PlanTestSupport.document(schemas: edit(schemas), paths: edit(paths))
        let old = try PlanTestSupport.plan(base, options: options).plan
        let new = try PlanTestSupport.plan(edited, options: options).plan
        return APIDiff.compare(APISnapshot(old), APISnapshot(new))
    }

    /// Each change as `classification: summary`.
    private func changes(_ edit: (String) -> String) throws -> [String] {
        try report(edit).changes.map { "\($0.classification.rawValue): \($0.summary)" }
    }

    /// An edit replacing each key with its value; each key must occur in the paths or the schemas.
    private func replacing(_ pairs: KeyValuePairs<String, String>, file: StaticString = #filePath, line: UInt = #line) -> (String) -> String {
        for (old, _) in pairs {
            XCTAssertTrue(paths.contains(old) || schemas.contains(old), "the base spec has no '\(old)'", file: file, line: line)
        }
        return { text in
            var text = text
            for (old, new) in pairs { text = text.replacingOccurrences(of: old, with: new) }
            return text
        }
    }

    func testTheSameSpecChangesNothing() throws {
        let report = try report { $0 }
        XCTAssertEqual(report.changes, [])
        XCTAssertEqual(report.bump, .patch)
        XCTAssertFalse(report.isBreaking)
        XCTAssertEqual(report.oneLine, "no API change")
    }

    // MARK: Operations

    func testAnAddedOperationIsAdditiveWithItsTypes() throws {
        let edit = replacing([
            "  delete:\n": """
                  get:
                    operationId: getPet
                    tags: [Pets]
                    parameters:
                      - {name: petId, in: path, required: true, schema: {type: string}}
                    responses:
                      "200": {description: ok, content: {application/json: {schema: {type: object, properties: {found: {type: boolean}}}}}}
                  delete:

                """
        ])
        XCTAssertEqual(
            try changes(edit),
            [
                "additive: added operation Pets.getPet(petID:): GET /pets/{petID}",
                "additive: added type GetPetResponse: struct",
            ])
        let report = try report(edit)
        XCTAssertEqual(report.bump, .minor)
        XCTAssertFalse(report.isBreaking)
        XCTAssertEqual(report.oneLine, "+1 operation, +1 type (minor)")
    }

    func testARemovedOperationBreaksAppsAndTheWire() throws {
        let edit: (String) -> String = { $0.replacing(#/\n/pets/\{petId\}:[\s\S]*gone\}/#, with: "") }
        XCTAssertEqual(
            try changes(edit),
            ["breaking for apps and on the wire: removed operation Pets.deletePet(petID:): DELETE /pets/{petID}"])
        let report = try report(edit)
        XCTAssertEqual(report.bump, .major)
        XCTAssertTrue(report.isBreaking)
        XCTAssertEqual(
            report.oneLine,
            "-1 operation; 1 breaking change (major): removed operation Pets.deletePet(petID:): DELETE /pets/{petID}")
    }

    func testAChangedPathOrMethodBreaksTheWireOnly() throws {
        XCTAssertEqual(
            try changes(replacing(["/pets/{petId}:\n  delete:": "/animals/{petId}:\n  post:"])),
            ["breaking on the wire: changed operation Pets.deletePet(petID:): DELETE /pets/{petID} → POST /animals/{petID}"])
        let report = try report(replacing(["/pets/{petId}:": "/v2/pets/{petId}:"]))
        XCTAssertEqual(report.bump, .patch)
        XCTAssertTrue(report.isBreaking)
    }

    func testARenamedPathParameterRenamesTheArgumentOnly() throws {
        XCTAssertEqual(
            try changes(replacing(["{petId}": "{id}", "name: petId": "name: id"])),
            ["breaking for apps: renamed argument Pets.deletePet(petID:) petID: petID → id"])
    }

    func testAnOperationRenamedInSwiftBreaksAppsOnly() throws {
        XCTAssertEqual(
            try changes(replacing(["operationId: deletePet": "operationId: removePet"])),
            ["breaking for apps: renamed operation Pets.deletePet(petID:): now Pets.removePet(petID:)"])
    }

    // MARK: Arguments

    func testNewParametersBreakWhenRequired() throws {
        let optional = "      - {name: limit, in: query, schema: {type: integer, format: int32}}"
        XCTAssertEqual(
            try changes(replacing([optional: optional + "\n      - {name: cursor, in: query, schema: {type: string}}"])),
            ["additive: added argument Pets.listPets(limit:) cursor: String?, query cursor"])
        XCTAssertEqual(
            try changes(replacing([optional: optional + "\n      - {name: shop, in: query, required: true, schema: {type: string}}"])),
            ["breaking for apps and on the wire: added argument Pets.listPets(limit:) shop: String, query shop"])
    }

    func testAParameterMadeRequiredBreaksAndMadeOptionalDoesNot() throws {
        XCTAssertEqual(
            try changes(replacing(["{name: limit, in: query,": "{name: limit, in: query, required: true,"])),
            ["breaking for apps and on the wire: changed argument Pets.listPets(limit:) limit: optional → required"])
        XCTAssertEqual(
            try changes(replacing(["requestBody: {required: true,": "requestBody: {required: false,", "required: [name]": "required: []"])),
            // A body whose schema requires a property stays a required argument, so the
            // schema's requirement goes too (reading `name` now gives an optional).
            // The overload taking the body's properties goes: `createPet()` would be ambiguous.
            [
                "additive: changed argument Pets.createPet(body:) body: required → optional",
                "breaking for apps: removed method Pets.createPet(name:kind:): beside Pets.createPet(body:)",
                "breaking for apps: changed property NewPet.name: required → optional",
            ])
    }

    func testParameterTypesNarrowedOrMovedBreakTheWire() throws {
        XCTAssertEqual(
            try changes(replacing(["name: limit, in: query, schema: {type: integer, format: int32}": "name: limit, in: query, schema: {type: string}"])),
            ["breaking for apps and on the wire: changed argument Pets.listPets(limit:) limit: type Int32 → String"])
        // A wider type is read by the server from what apps built before send.
        XCTAssertEqual(
            try changes(replacing(["name: limit, in: query, schema: {type: integer, format: int32}": "name: limit, in: query, schema: {type: integer, format: int64}"])),
            ["breaking for apps: changed argument Pets.listPets(limit:) limit: type Int32 → Int64"])
        XCTAssertEqual(
            try changes(replacing(["name: limit, in: query": "name: limit, in: header"])),
            ["breaking on the wire: changed argument Pets.listPets(limit:) limit: sent as query limit → header limit"])
    }

    /// The methods beside an operation's two: a body growing past six properties loses the
    /// overload taking them (apps calling it break); paging gains the sequences.
    func testMethodsBesideAnOperationAddedAndRemoved() throws {
        let wide = "    kind: {type: string, enum: [dog, cat]}\n" + (1...5).map { "    extra\($0): {type: string}\n" }.joined()
        XCTAssertEqual(
            try changes(replacing(["    kind: {type: string, enum: [dog, cat]}\n": wide])),
            [
                "breaking for apps: removed method Pets.createPet(name:kind:): beside Pets.createPet(body:)",
                "additive: added property NewPet.extra1: String?", "additive: added property NewPet.extra2: String?",
                "additive: added property NewPet.extra3: String?", "additive: added property NewPet.extra4: String?",
                "additive: added property NewPet.extra5: String?",
            ])
        let paged = replacing([
            "      - {name: limit, in: query, schema: {type: integer, format: int32}}\n": """
                      - {name: limit, in: query, schema: {type: integer, format: int32}}
                      - {name: page_token, in: query, schema: {type: string}}

                """,
            "\"200\": {description: ok, content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/shop.Pet'}}}}}": """
                "200": {description: ok, content: {application/json: {schema: {type: object, properties: {pets: {type: array, items: {$ref: '#/components/schemas/shop.Pet'}}, next_page_token: {type: string}}}}}}
                """,
        ])
        let methods = try report(paged).changes.filter { $0.element == .method }.map { "\($0.classification.rawValue): \($0.summary)" }
        XCTAssertEqual(
            methods,
            [
                "additive: added method Pets.listPetsPages(limit:pageToken:): beside Pets.listPets(limit:pageToken:)",
                "additive: added method Pets.listPetsAll(limit:pageToken:): beside Pets.listPets(limit:pageToken:)",
            ])
    }

    func testAChangedResponseType() throws {
        XCTAssertEqual(
            try changes(replacing(["schema: {type: array, items: {$ref: '#/components/schemas/shop.Pet'}}": "schema: {$ref: '#/components/schemas/shop.Pet'}"])),
            ["breaking for apps and on the wire: changed response Pets.listPets(limit:): [Pet] → Pet"])
    }

    // MARK: Properties

    func testNewPropertiesBreakRequestsWhenRequired() throws {
        XCTAssertEqual(
            try changes(replacing(["  required: [name]\n": "  required: [name, owner]\n", "    kind: {": "    owner: {type: string}\n    kind: {"])),
            [
                "breaking for apps: removed method Pets.createPet(name:kind:): beside Pets.createPet(body:)",
                "additive: added method Pets.createPet(name:owner:kind:): beside Pets.createPet(body:)",
                "breaking for apps and on the wire: added property NewPet.owner: String",
            ])
        // Apps do not build responses: a required member only needs the initializer's argument.
        XCTAssertEqual(
            try changes(replacing(["  required: [id, name]\n": "  required: [id, name, born]\n", "    age: {": "    born: {type: string, format: date-time}\n    age: {"])),
            ["breaking for apps: added property Pet.born: Date"])
        XCTAssertEqual(
            try changes(replacing(["    age: {": "    nickname: {type: string}\n    age: {"])),
            ["additive: added property Pet.nickname: String?"])
        XCTAssertEqual(
            try changes(replacing(["    age: {": "    legs: {type: integer, default: 4}\n    age: {", "  required: [id, name]\n": "  required: [id, name, legs]\n"])),
            ["additive: added property Pet.legs: Int with a default"])
    }

    func testRemovedPropertiesBreakResponsesWhenRequired() throws {
        XCTAssertEqual(
            try changes(replacing(["  required: [id, name]\n": "  required: [id]\n", "    name: {type: string}\n    age:": "    age:"])),
            ["breaking for apps and on the wire: removed property Pet.name: String"])
        XCTAssertEqual(
            try changes(replacing(["    age: {type: integer, format: int32}\n": ""])),
            ["breaking for apps: removed property Pet.age: Int32?"])
    }

    func testPropertyOptionalityAndTypesByDirection() throws {
        // A response member the server may now leave out fails apps built before.
        XCTAssertEqual(
            try changes(replacing(["  required: [id, name]\n": "  required: [id]\n"])),
            ["breaking for apps and on the wire: changed property Pet.name: required → optional"])
        XCTAssertEqual(
            try changes(replacing(["    age: {type: integer, format: int32}": "    age: {type: integer, format: int64}"])),
            ["breaking for apps and on the wire: changed property Pet.age: type Int32 → Int64"])
        XCTAssertEqual(
            try changes(replacing(["  required: [name]\n": "  required: [name, kind]\n"])),
            [
                "breaking for apps: removed method Pets.createPet(name:kind:): beside Pets.createPet(body:)",
                "additive: added method Pets.createPet(kind:name:): beside Pets.createPet(body:)",
                "breaking for apps and on the wire: changed property NewPet.kind: optional → required",
            ])
    }

    // MARK: Enums

    func testEnumValuesAddedAndRemoved() throws {
        XCTAssertEqual(
            try changes(replacing(["enum: [dog, cat]": "enum: [dog, cat, bird]"])),
            [#"additive: added enum case NewPet.Kind.bird: value "bird""#])
        // Requests: the server no longer takes the value. Responses: it is no longer sent.
        XCTAssertEqual(
            try changes(replacing(["enum: [dog, cat]": "enum: [dog]"])),
            [#"breaking for apps and on the wire: removed enum case NewPet.Kind.cat: value "cat""#])
        XCTAssertEqual(
            try changes(replacing(["enum: [available, sold]": "enum: [available]"])),
            [#"breaking for apps: removed enum case Pet.Status.sold: value "sold""#])
    }

    // MARK: Types

    func testATypeRenamedByANameCollisionIsReportedAsRenamed() throws {
        // `a.Pet` sorts first, so it takes `Pet` and `shop.Pet` takes more of its dotted name.
        let edit = replacing(["shop.Pet:\n": "a.Pet:\n  type: object\n  properties:\n    x: {type: string}\nshop.Pet:\n"])
        XCTAssertEqual(
            try changes(edit),
            [
                "breaking for apps: renamed type Pet: now ShopPet (schema shop.Pet); `Pet` now names schema a.Pet",
                "additive: added type Pet: struct",
            ])
    }

    func testARemovedTypeAndAChangedKind() throws {
        XCTAssertEqual(
            try changes(replacing(["shop.Legacy:\n  type: string": ""])),
            ["breaking for apps: removed type Legacy: alias"])
        XCTAssertEqual(
            try changes(replacing(["status: {type: string, enum: [available, sold]}": "status: {type: object, properties: {code: {type: string}}}"])),
            ["breaking for apps and on the wire: changed type Pet.Status: enum → struct"])
    }

    // MARK: Renderers

    func testTextAndJSONReports() throws {
        let report = try report(replacing(["enum: [dog, cat]": "enum: [dog]", "/pets/{petId}:": "/v2/pets/{petId}:"]))
        XCTAssertEqual(
            report.text(old: "old.yaml", new: "new.yaml"),
            """
            API changes from old.yaml to new.yaml
            major: 1 change breaking for apps, 2 breaking on the wire, 0 additive
            operations: +0 -0; types: +0 -0

            Breaking for apps and on the wire (1):
              removed enum case NewPet.Kind.cat: value "cat"

            Breaking on the wire (1):
              changed operation Pets.deletePet(petID:): DELETE /pets/{petID} → DELETE /v2/pets/{petID}

            """)
        let json = try JSONSerialization.jsonObject(with: Data(report.json(old: "old.yaml", new: "new.yaml").utf8)) as? [String: Any]
        XCTAssertEqual(json?["bump"] as? String, "major")
        XCTAssertEqual(json?["breaking"] as? Bool, true)
        let changes = try XCTUnwrap(json?["changes"] as? [[String: Any]])
        XCTAssertEqual(changes.map { $0["classification"] as? String }, ["breaking on the wire", "breaking for apps and on the wire"])
        XCTAssertEqual(changes.first?["name"] as? String, "Pets.deletePet(petID:)")
    }

    /// The snapshot is what the manifest records: encoding it again gives the same bytes.
    func testSnapshotsRoundTripThroughJSON() throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas, paths: paths), options: GeneratorOptions(moduleName: "Shop", grouping: .tags)).plan
        let snapshot = APISnapshot(plan)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let decoded = try JSONDecoder().decode(APISnapshot.self, from: encoder.encode(snapshot))
        XCTAssertEqual(decoded, snapshot)
        XCTAssertEqual(APIDiff.compare(decoded, snapshot).changes, [])
    }
}
