import Foundation
import SDKGenerator
import SDKGenDiagnostics
import XCTest

/// Compares whole generated files with the expected ones under `Fixtures/<name>/expected`.
/// Set `SDKGEN_RECORD=1` to rewrite the expected files from the current generator.
final class GoldenTests: XCTestCase {
    private var recording: Bool { ProcessInfo.processInfo.environment["SDKGEN_RECORD"] == "1" }

    func testPetstoreFixture() throws {
        try assertGolden("petstore", spec: "spec.yaml", module: "PetStore")
    }

    /// The JSON form of the same document produces byte-identical files.
    func testPetstoreFixtureFromJSON() throws {
        try assertGolden("petstore", spec: "spec.json", module: "PetStore", record: false)
    }

    func testConstructsFixture() throws {
        try assertGolden("constructs", spec: "spec.yaml", module: "Constructs")
    }

    func testPayloadsFixture() throws {
        try assertGolden("payloads", spec: "spec.yaml", module: "Payloads")
    }

    func testResourcesFixture() throws {
        try assertGolden("resources", spec: "spec.yaml", module: "Billing")
    }

    func testOneTagFixture() throws {
        try assertGolden("onetag", spec: "spec.yaml", module: "Scheduler")
    }

    func testWireFixture() throws {
        try assertGolden("wire", spec: "spec.yaml", module: "Wire")
    }

    func testPaginationFixture() throws {
        try assertGolden("pagination", spec: "spec.yaml", module: "Paging")
    }

    func testOutcomesFixture() throws {
        try assertGolden("outcomes", spec: "spec.yaml", module: "Outcomes")
    }

    func testStreamsFixture() throws {
        try assertGolden("streams", spec: "spec.yaml", module: "Streams")
    }

    private func assertGolden(_ fixture: String, spec: String, module: String, record: Bool? = nil) throws {
        let folder = TestPaths.fixtures.appendingPathComponent(fixture)
        let expectedFolder = folder.appendingPathComponent("expected")
        let job = GenerationJob(
            specPath: folder.appendingPathComponent(spec).path, outputPath: expectedFolder.path,
            options: GeneratorOptions(moduleName: module))
        var timings = Generator.Timings()
        if record ?? recording {
            _ = try Generator.run(job, action: .write, timings: &timings)
            return
        }
        let files = try Generator.files(for: job, timings: &timings).files
        let expectedPaths = Set(OutputWriterProbe.generatedPaths(in: expectedFolder))
        XCTAssertEqual(Set(files.map(\.path)), expectedPaths, "the set of generated files changed; rerun with SDKGEN_RECORD=1 if intended")
        for file in files {
            let expected = (try? String(contentsOf: expectedFolder.appendingPathComponent(file.path), encoding: .utf8)) ?? ""
            if expected != file.contents {
                XCTFail(FileDiff.describe(expected: expected, actual: file.contents, name: "\(fixture)/expected/\(file.path)"))
            }
        }
    }
}

/// Lists generated files in a folder the way the writer sees them.
enum OutputWriterProbe {
    static func generatedPaths(in directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            let full = directory.appendingPathComponent(path).path
            if let bytes = FileManager.default.contents(atPath: full), GeneratedFile.isGenerated(Array(bytes)) { paths.append(path) }
        }
        return paths
    }
}
