import Foundation
import OpenAPIReader
import SDKGenerator
import SDKGenDiagnostics
import XCTest

/// Checks against the public specs in `../shared/specs` (skipped when absent).
final class SharedSpecTests: XCTestCase {
    func testMalformedSpecIsRejectedWithPosition() throws {
        let path = try TestPaths.sharedSpec("swift-openapi-generator/sog-malformed-openapi.yaml")
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertThrowsError(try OpenAPIParser.parse(bytes, path: path)) { error in
            let diagnostic = (error as? DiagnosticsError)?.diagnostics.first
            XCTAssertEqual(diagnostic?.severity, .error)
            XCTAssertEqual(diagnostic?.location?.line, 2)
            XCTAssertTrue(diagnostic?.description.contains("sog-malformed-openapi.yaml:2:1: error:") == true, "\(error)")
            XCTAssertTrue(diagnostic?.message.contains("openapi") == true)
        }
    }
}
