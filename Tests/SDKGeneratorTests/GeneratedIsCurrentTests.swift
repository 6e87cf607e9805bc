import Foundation
import SDKGenerator
import SDKGenDiagnostics
import XCTest

/// `Generated/` must be what `sdkgen generate` makes from `specs/`.
final class GeneratedIsCurrentTests: XCTestCase {
    func testGeneratedFolderMatchesSpecs() throws {
        let jobs = try ConfigFile.read(path: TestPaths.root.appendingPathComponent("specs/sdkgen.yaml").path)
        XCTAssertFalse(jobs.isEmpty)
        for job in jobs {
            var timings = Generator.Timings()
            let outcome = try Generator.run(job, action: .check, timings: &timings)
            XCTAssertTrue(
                outcome.changes.isEmpty,
                "\(job.outputPath) is not current (\(outcome.changes.written + outcome.changes.removed)); run 'swift run sdkgen generate'")
        }
    }
}
