import OpenAPIReader
@testable import SDKGenerator
import SDKGenDiagnostics
import XCTest

/// Decisions about Swift names.
final class NamingTests: XCTestCase {
    func testTypeNames() {
        XCTAssertEqual(Naming.typeName("c1_api_webhooks"), "C1APIWebhooks", "abbreviations in capitals")
        XCTAssertEqual(Naming.typeName("pet-store item"), "PetStoreItem")
        XCTAssertEqual(Naming.typeName("WebhookInstance"), "WebhookInstance")
        XCTAssertEqual(Naming.typeName("3d"), "_3d")
        XCTAssertEqual(Naming.typeName("WAITING_CALLBACK"), "WaitingCallback")
        XCTAssertEqual(Naming.typeName("ABCD"), "Abcd", "a word in capitals longer than three letters is lower-cased")
        XCTAssertEqual(Naming.typeName("ABC"), "ABC")
        XCTAssertEqual(Naming.typeName("--"), "Value")
        XCTAssertEqual(Naming.typeName("café_au_lait"), "CafAuLait", "a non-ASCII letter separates words and is dropped")
        XCTAssertEqual(Naming.typeName("ÉTAT_NEUF"), "TatNeuf", "names in capitals are found with every letter")
    }

    func testMemberNames() {
        XCTAssertEqual(Naming.memberName("first_name"), "firstName")
        XCTAssertEqual(Naming.memberName("URL"), "url")
        XCTAssertEqual(Naming.memberName("X-Request-ID"), "xRequestID")
        XCTAssertEqual(Naming.memberName("WAITING_CALLBACK"), "waitingCallback")
        XCTAssertEqual(Naming.memberName("webhookId"), "webhookID", "abbreviations in capitals")
        XCTAssertEqual(SwiftSpelling.identifier("default"), "`default`")
        XCTAssertEqual(Naming.propertyName("self"), "selfValue")
        XCTAssertEqual(Naming.memberName("URLValue"), "urlValue")
        XCTAssertEqual(Naming.memberName("Name"), "name")
        XCTAssertEqual(Naming.memberName("ID"), "id")
        XCTAssertEqual(Naming.memberName("2fa_code"), "_2faCode")
        XCTAssertEqual(Naming.memberName(""), "value")
        XCTAssertEqual(Naming.memberName("über-name"), "berName")
    }

    /// Twilio tags every operation `Api20100401…`: an API version before a group's name is
    /// no part of its Swift name. Only `api` or `v` and digits count as one, and each name is
    /// decided alone, so a spec that grows renames no group.
    func testAVersionPrefixIsNoPartOfAGroupsName() throws {
        XCTAssertEqual(OperationGrouping.withoutVersionPrefix("Api20100401Account"), "Account")
        XCTAssertEqual(OperationGrouping.withoutVersionPrefix("V2Users"), "Users")
        XCTAssertEqual(OperationGrouping.withoutVersionPrefix("S3Buckets"), "S3Buckets")
        XCTAssertEqual(OperationGrouping.withoutVersionPrefix("Api2"), "Api2")
        XCTAssertEqual(OperationGrouping.withoutVersionPrefix("Apiary"), "Apiary")
        XCTAssertEqual(OperationGrouping.withoutVersionPrefix("V2users"), "V2users")

        let plan = try PlanTestSupport.plan(PlanTestSupport.document(paths: """
            /keys: {get: {operationId: listKey, tags: [Api20100401Key], responses: {"204": {description: none}}}}
            /calls: {get: {operationId: listCall, tags: [Api20100401Call], responses: {"204": {description: none}}}}
            /v1/calls: {get: {operationId: listOldCall, tags: [V1Call], responses: {"204": {description: none}}}}
            """)).plan
        // Two that would both be `Call` keep their prefixes.
        XCTAssertEqual(plan.groups.map(\.typeName).sorted(), ["Api20100401Call", "Key", "V1Call"])
    }

    func testEnumPrefixStripping() {
        XCTAssertEqual(Planner.commonWordPrefix(["WEBHOOK_STATE_PENDING", "WEBHOOK_STATE_RUNNING"]), "WEBHOOK_STATE_")
        XCTAssertEqual(Planner.commonWordPrefix(["A_1", "A_2"]), "", "a prefix leaving digits first is kept")
        XCTAssertEqual(Planner.commonWordPrefix(["only"]), "")
        XCTAssertEqual(Planner.commonWordPrefix(["ÉTAT_A", "ÉTAT_B"]), "ÉTAT_")
        XCTAssertEqual(Planner.commonWordPrefix(["KIND_A", "KIND_1"]), "")
    }

    func testDottedComponentNames() {
        XCTAssertEqual(ComponentNaming.lastDottedPart("c1.api.Webhook"), "Webhook")
        XCTAssertEqual(ComponentNaming.lastDottedPart("Webhook"), "Webhook")
        XCTAssertEqual(ComponentNaming.lastDottedPart("c1.api."), "api", "empty parts do not count")
        XCTAssertEqual(ComponentNaming.lastDottedPart("é.Webhook"), "Webhook")
    }

    /// Inline types that must stand at the top level take their names in the components'
    /// order, however many components lie between them.
    func testTopLevelNamesFromComponentsAreClaimedInOrder() throws {
        // `Foo` and `FooItem` both want `FooItemItemItem` for their inline items (the second
        // gets `FooItemItemItemValue`), and 200 components between them put them in
        // different batches.
        var yaml = """
            openapi: 3.1.0
            info: {title: T, version: "1"}
            paths: {}
            components:
              schemas:
                Foo: {type: array, items: {type: array, items: {type: object, properties: {a: {type: string}}}}}
                FooItem: {type: array, items: {type: object, properties: {b: {type: string}}}}

            """
        for index in 0..<200 {
            yaml += "    FooA\(index): {type: object, properties: {x: {type: string}}}\n"
        }
        let document = try OpenAPIParser.parse(Array(yaml.utf8), path: "order.yaml").document
        let plan = try Planner.plan(document, options: GeneratorOptions(moduleName: "Order")).plan
        var aliases: [String: TypeReference] = [:]
        for model in plan.models {
            if case .alias(let alias) = model.declaration { aliases[alias.name] = alias.type }
        }
        XCTAssertEqual(aliases["Foo"], .array(.array(.named("FooItemItemItem"))))
        XCTAssertEqual(aliases["FooItem"], .array(.named("FooItemItemItemValue")))
        XCTAssertEqual(plan.models.filter { $0.declaration.name.hasPrefix("FooItemItemItem") }.count, 2)
    }

    func testScopeResolvesCollisionsDeterministically() {
        var scope = Naming.Scope(reserved: ["client"])
        XCTAssertEqual(scope.claim("client"), "client2")
        XCTAssertEqual(scope.claim("list"), "list")
        XCTAssertEqual(scope.claim("list"), "list2")
    }
}
