import Foundation
import OpenAPIReader
import SDKGenerator
import SDKGenDiagnostics
import XCTest

/// Checks against the public specs in `../shared/specs` (skipped when absent).
final class SharedSpecTests: XCTestCase {
    /// The Test operation from the published ConductorOne spec yields the same models and
    /// request builder as the hand-written `specs/conductorone-webhooks.yaml`.
    func testWebhooksTestOperationMatchesPublishedSpec() throws {
        let published = try TestPaths.sharedSpec("conductorone/c1-sdk-typescript-out-openapi-2025-09-23.yaml")
        let options = GeneratorOptions(
            moduleName: "ConductorOne", clientName: "ConductorOneClient",
            operations: ["c1.api.webhooks.v1.WebhooksService.Test"])
        var timings = Generator.Timings()
        let fromPublished = try Generator.files(
            for: GenerationJob(specPath: published, outputPath: "unused", options: options), timings: &timings).files
        let ours = TestPaths.root.appendingPathComponent("specs/conductorone-webhooks.yaml").path
        let fromOurs = try Generator.files(
            for: GenerationJob(specPath: ours, outputPath: "unused", options: options), timings: &timings).files
        XCTAssertEqual(fromPublished.map(\.path), fromOurs.map(\.path))
        for (theirs, mine) in zip(fromPublished, fromOurs) where theirs.contents != mine.contents {
            XCTFail(FileDiff.describe(expected: theirs.contents, actual: mine.contents, name: theirs.path))
        }
        let models = try XCTUnwrap(fromOurs.first { $0.path.hasPrefix("Models/") })
        XCTAssertTrue(models.contents.contains("public nonisolated struct WebhooksServiceTestResponse"))
        XCTAssertFalse(models.contents.contains("public nonisolated struct Webhook:"), "types the operation does not reach are left out")
    }

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
