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

    func testADescriptionAliasedPastTheByteLimitExitsOne() throws {
        // A 1 MB spec: one 512 KiB description anchored and aliased by 400 schemas, which
        // would be 200 MB of doc comments. The 65th alias passes the 32 MiB aliases may
        // stand for.
        var text = header + "paths: {}\ncomponents:\n  schemas:\n"
        text += "    S0:\n      type: string\n      description: &text " + String(repeating: "x", count: 512 << 10) + "\n"
        for index in 1...400 {
            text += "    S\(index):\n      type: string\n      description: *text\n"
        }
        let clock = ContinuousClock()
        let start = clock.now
        let (run, wrote) = try generate(text)
        XCTAssertEqual(run.status, 1, String(run.errors.prefix(500)))
        XCTAssertTrue(
            run.errors.contains("spec.yaml:\(8 + 3 * 65):20: error: aliases stand for more bytes of text than the limit of 32 MiB"),
            String(run.errors.prefix(500)))
        XCTAssertFalse(wrote)
        XCTAssertLessThan(clock.now - start, .seconds(30), "refused while reading, not after generating")
    }

    func testAnExampleNestedDeepThroughAliasesExitsOne() throws {
        // Each link holds the one before 50 levels down, and the example holds the last 10
        // levels down: no line nests deeper than 52, but the example would be 264 levels
        // deep, and everything after the reader walks it recursively.
        var text = header + "paths: {}\nx-links:\n"
        text += "  - &l0 " + String(repeating: "[", count: 50) + "1" + String(repeating: "]", count: 50) + "\n"
        for link in 1...4 {
            text += "  - &l\(link) " + String(repeating: "[", count: 50) + "*l\(link - 1)" + String(repeating: "]", count: 50) + "\n"
        }
        text += "components:\n  schemas:\n    Deep:\n      type: array\n"
        text += "      example: " + String(repeating: "[", count: 10) + "*l4" + String(repeating: "]", count: 10) + "\n"
        let (run, wrote) = try generate(text)
        XCTAssertEqual(run.status, 1, String(run.errors.prefix(500)))
        XCTAssertTrue(
            run.errors.contains("spec.yaml:14:26: error: an alias here would nest deeper than the limit of 256 levels"),
            String(run.errors.prefix(500)))
        XCTAssertFalse(wrote)
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
