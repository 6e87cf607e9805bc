import Crypto
import Foundation
import SDKGenerator
import XCTest

/// `specs/conductorone-openapi.yaml` is the official document, kept as published.
final class VendoredSpecTests: XCTestCase {
    private let spec = TestPaths.root.appendingPathComponent("specs/conductorone-openapi.yaml")

    /// The file is the one `specs/README.md` records: an edit or an update without its
    /// provenance fails here.
    func testVendoredSpecMatchesItsRecordedDigest() throws {
        let readme = try String(contentsOf: TestPaths.root.appendingPathComponent("specs/README.md"), encoding: .utf8)
        let row = try XCTUnwrap(readme.split(separator: "\n").first { $0.hasPrefix("| SHA-256 |") }, "specs/README.md records no SHA-256")
        let recorded = row.split(separator: "`").dropFirst().first.map(String.init)
        let digest = SHA256.hash(data: try Data(contentsOf: spec)).map { String(format: "%02x", $0) }.joined()
        XCTAssertEqual(recorded, digest, "specs/conductorone-openapi.yaml is not the file specs/README.md records")
    }

    /// Selecting one operation generates only the types it reaches.
    func testSelectingOneOperationKeepsOnlyWhatItReaches() throws {
        let options = GeneratorOptions(
            moduleName: "ConductorOne", clientName: "ConductorOneClient",
            operations: ["c1.api.webhooks.v1.WebhooksService.Test"])
        var timings = Generator.Timings()
        let files = try Generator.files(
            for: GenerationJob(specPath: spec.path, outputPath: "unused", options: options), timings: &timings).files
        XCTAssertEqual(files.map(\.path).filter { $0.hasPrefix("Operations/") }, ["Operations/Webhooks.swift"])
        let models = try XCTUnwrap(files.first { $0.path.hasPrefix("Models/") })
        XCTAssertTrue(models.contents.contains("public nonisolated struct WebhooksServiceTestResponse"))
        XCTAssertFalse(models.contents.contains("public nonisolated struct Webhook:"), "types the operation does not reach are left out")
    }
}
