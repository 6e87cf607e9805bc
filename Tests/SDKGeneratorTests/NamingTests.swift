@testable import SDKGenerator
import XCTest

/// Decisions about Swift names.
final class NamingTests: XCTestCase {
    func testTypeNames() {
        XCTAssertEqual(Naming.typeName("c1_api_webhooks"), "C1ApiWebhooks")
        XCTAssertEqual(Naming.typeName("pet-store item"), "PetStoreItem")
        XCTAssertEqual(Naming.typeName("WebhookInstance"), "WebhookInstance")
        XCTAssertEqual(Naming.typeName("3d"), "_3d")
    }

    func testMemberNames() {
        XCTAssertEqual(Naming.memberName("first_name"), "firstName")
        XCTAssertEqual(Naming.memberName("URL"), "url")
        XCTAssertEqual(Naming.memberName("X-Request-ID"), "xRequestID")
        XCTAssertEqual(Naming.memberName("WAITING_CALLBACK"), "waitingCallback")
        XCTAssertEqual(Naming.memberName("webhookId"), "webhookId")
        XCTAssertEqual(Naming.identifier("default"), "`default`")
        XCTAssertEqual(Naming.propertyName("self"), "selfValue")
    }

    func testEnumPrefixStripping() {
        XCTAssertEqual(Planner.commonWordPrefix(["WEBHOOK_STATE_PENDING", "WEBHOOK_STATE_RUNNING"]), "WEBHOOK_STATE_")
        XCTAssertEqual(Planner.commonWordPrefix(["A_1", "A_2"]), "", "a prefix leaving digits first is kept")
        XCTAssertEqual(Planner.commonWordPrefix(["only"]), "")
    }

    func testScopeResolvesCollisionsDeterministically() {
        var scope = Naming.Scope(reserved: ["client"])
        XCTAssertEqual(scope.claim("client"), "client2")
        XCTAssertEqual(scope.claim("list"), "list")
        XCTAssertEqual(scope.claim("list"), "list2")
    }
}
