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

    /// A new empty folder, removed when the test ends.
    static func temporaryDirectory(_ test: XCTestCase) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sdkgen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
