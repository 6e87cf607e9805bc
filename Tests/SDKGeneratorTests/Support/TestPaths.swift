import Foundation
import SDKGenDiagnostics
import XCTest

/// Paths the tests work with, found from this file's location.
enum TestPaths {
    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/Fixtures")
    /// `../shared` beside the package: present in CI, absent in a user's fresh clone.
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    /// A file under `../shared/specs`, or a skip saying why the test cannot run.
    static func sharedSpec(_ path: String) throws -> String {
        let url = shared.appendingPathComponent("specs").appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("needs ../shared/specs/\(path) beside the package (present in CI, not in a fresh clone)")
        }
        return url.path
    }

    /// `../shared/specs`, or a skip saying why the test cannot run.
    static func sharedSpecs() throws -> URL {
        let url = shared.appendingPathComponent("specs")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("needs ../shared/specs beside the package (present in CI, not in a fresh clone)")
        }
        return url
    }

    /// The large real specs of `../shared/specs` that corpus tests run over: the 3 MB
    /// ConductorOne spec and the public ones.
    static let largeSpecs = [
        "conductorone/c1-terraform-openapi-v1.5.0-2026-08-20.yaml",
        "real-world/rw-openai-openapi.yaml",
        "real-world/rw-asana-oas.yaml",
        "real-world/rw-spotify-fixed-open-api.yml",
        "real-world/rw-twilio-api-v2010.json",
    ]

    /// A new empty folder, removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
