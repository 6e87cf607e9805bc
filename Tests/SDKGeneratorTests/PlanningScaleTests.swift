import OpenAPIReader
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Specs large in one dimension plan in time linear in their size.
final class PlanningScaleTests: XCTestCase {
    func testClaimHandsOutTheSmallestFreeNumber() {
        var scope = Naming.Scope(reserved: ["a3"])
        XCTAssertEqual(scope.claim("a"), "a")
        XCTAssertEqual(scope.claim("a"), "a2")
        XCTAssertEqual(scope.claim("a"), "a4", "a3 is reserved")
        scope.reserve(["a5", "a6"])
        XCTAssertEqual(scope.claim("a7"), "a7")
        XCTAssertEqual(scope.claim("a"), "a8")
        XCTAssertEqual(scope.claim("b"), "b")
        XCTAssertEqual(scope.claim("b"), "b2")
        var copy = scope
        XCTAssertEqual(copy.claim("a"), "a9")
        XCTAssertEqual(scope.claim("a"), "a9", "a copy claims on its own")
    }

    func testThousandsOfValuesNamedAlikeAreQuick() throws {
        // Naming keeps ASCII letters and digits, so all of these are `a`: each claim once
        // tried every number before its own.
        let count = 20_000
        let values = (0..<count).map { "a\(Character(Unicode.Scalar(0x4E00 + $0)!))" }
        let start = ContinuousClock.now
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: "E:\n  type: string\n  enum: [\(values.joined(separator: ", "))]")).plan
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(20))
        guard case .enumeration(let enumeration) = try PlanTestSupport.model("E", in: plan) else { return XCTFail("E is not an enum") }
        XCTAssertEqual(enumeration.cases.map(\.name).prefix(3), ["a", "a2", "a3"])
        XCTAssertEqual(enumeration.cases.last?.name, "a\(count)")
    }
}
