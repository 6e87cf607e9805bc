import Foundation
import SDKGenDiagnostics
import XCTest

/// Documents that must be errors, not bad code, a crash or a hang: `sdkgen` exits 1 with
/// `file:line:col: error: message` and writes nothing.
final class HostileSpecTests: XCTestCase {
    /// Runs `sdkgen generate` on `text` saved as `name`; the run and whether output was written.
    private func generate(_ text: String, name: String = "spec.yaml") throws -> (run: SDKGenProcess.Run, wrote: Bool) {
        let folder = try TestPaths.temporaryDirectory(self)
        let spec = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: spec)
        let output = folder.appendingPathComponent("Out")
        let run = try SDKGenProcess.run(["generate", "--spec", spec.path, "--output", output.path, "--module", "X"], in: folder)
        return (run, FileManager.default.fileExists(atPath: output.path))
    }

    private let header = "openapi: 3.1.0\ninfo: {title: T, version: '1'}\n"

    func testCircularReferencesExitOne() throws {
        let (run, wrote) = try generate(
            header + "components:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n")
        XCTAssertEqual(run.status, 1, run.errors)
        XCTAssertTrue(run.errors.contains("spec.yaml:5:15: error: circular $ref: 'A' -> 'B' -> 'A'"), run.errors)
        XCTAssertFalse(wrote)
    }

    func testDuplicateKeysExitOne() throws {
        let yaml = try generate(header + "paths: {}\ninfo: {title: U, version: '2'}\n")
        XCTAssertEqual(yaml.run.status, 1, yaml.run.errors)
        XCTAssertTrue(yaml.run.errors.contains("spec.yaml:4:1: error: duplicate key 'info'; first at line 2"), yaml.run.errors)
        let json = try generate(#"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"},"# + "\n" + #" "paths": {}, "openapi": "3.0.0"}"#, name: "spec.json")
        XCTAssertEqual(json.run.status, 1, json.run.errors)
        XCTAssertTrue(json.run.errors.contains("spec.json:2:15: error: duplicate key 'openapi'; first at line 1"), json.run.errors)
        XCTAssertFalse(yaml.wrote || json.wrote)
    }

    func testASecondDocumentExitsOne() throws {
        let (run, wrote) = try generate(header + "paths: {}\n---\n" + header + "paths: {/a: {get: {responses: {}}}}\n")
        XCTAssertEqual(run.status, 1, run.errors)
        XCTAssertTrue(run.errors.contains("spec.yaml:4:1: error: a second YAML document starts here"), run.errors)
        XCTAssertFalse(wrote)
    }

    func testADeviceThatNeverEndsIsRefusedAtTheSizeLimit() throws {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { throw XCTSkip("needs /dev/zero") }
        let output = try TestPaths.temporaryDirectory(self).appendingPathComponent("Out")
        let run = try SDKGenProcess.run(["generate", "--spec", "/dev/zero", "--output", output.path, "--module", "X"])
        XCTAssertEqual(run.status, 1, run.errors)
        XCTAssertTrue(run.errors.contains("/dev/zero:1:1: error: the document is "), run.errors)
        XCTAssertTrue(run.errors.contains("larger than the limit of 32 MiB"), run.errors)
    }

    func testSchemasNestedToTheDepthLimitDoNotCrashTheGenerator() throws {
        // As deep as the reader allows, in arrays and in inline objects: generated, or an
        // error, on every core; never a crash.
        let arrays = String(repeating: "{type: array, items: ", count: 250) + "{type: string}" + String(repeating: "}", count: 250)
        let objects = String(repeating: "{type: object, properties: {p: ", count: 125) + "{type: string}" + String(repeating: "}}", count: 125)
        for schema in [arrays, objects] {
            let (run, _) = try generate(header + "components:\n  schemas:\n    Deep: \(schema)\n")
            XCTAssertTrue(run.status == 0 || run.status == 1 && run.errors.contains("error:"), "status \(run.status): \(run.errors.prefix(500))")
        }
    }
}
