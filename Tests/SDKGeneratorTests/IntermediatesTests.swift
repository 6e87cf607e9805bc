import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Leaving the node tree, model and plan unfreed (what the command line does for its last
/// job, since the process exits next) changes nothing in what is generated.
final class IntermediatesTests: XCTestCase {
    func testLeavingIntermediatesUnfreedGivesTheSameFilesAndWarnings() throws {
        let spec = TestPaths.fixtures.appendingPathComponent("constructs/spec.yaml").path
        let job = GenerationJob(specPath: spec, outputPath: "unused", options: GeneratorOptions(moduleName: "Kept"))
        var timings = Generator.Timings()
        let freed = try Generator.files(for: job, settings: Generator.Settings(freesIntermediates: true), timings: &timings)
        let kept = try Generator.files(for: job, settings: Generator.Settings(freesIntermediates: false), timings: &timings)
        XCTAssertGreaterThan(freed.files.count, 0)
        XCTAssertEqual(freed.files, kept.files)
        XCTAssertEqual(freed.warnings, kept.warnings)
        XCTAssertEqual(freed.api, kept.api)
    }
}
