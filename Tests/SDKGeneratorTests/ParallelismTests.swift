import Foundation
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Every step that can use several cores gives, serially, the same bytes: the parse of a
/// large YAML spec (pipelined), the emitted files in both layouts, the written
/// folder and the up-to-date check.
final class ParallelismTests: XCTestCase {
    /// A spec large enough to be pipelined in several batches, when `../shared` is present; the
    /// constructs fixture otherwise.
    private func spec() -> String {
        (try? TestPaths.sharedSpec("conductorone/c1-sdk-typescript-out-openapi-2025-09-23.yaml"))
            ?? TestPaths.fixtures.appendingPathComponent("constructs/spec.yaml").path
    }

    private func files(_ parallelism: Parallelism, layout: SwiftEmitter.Layout = .filePerGroup) throws -> Generator.Emitted {
        let job = GenerationJob(specPath: spec(), outputPath: "unused", options: GeneratorOptions(moduleName: "Parallel"))
        var timings = Generator.Timings()
        return try Generator.files(for: job, settings: Generator.Settings(layout: layout, parallelism: parallelism), timings: &timings)
    }

    func testSerialAndParallelGenerationGiveTheSameFilesAndWarnings() throws {
        for layout in [SwiftEmitter.Layout.filePerGroup, .singleFile("Parallel.swift")] {
            let serial = try files(.serial, layout: layout)
            let parallel = try files(.parallel, layout: layout)
            XCTAssertGreaterThan(serial.files.count, 0)
            XCTAssertEqual(serial.files, parallel.files, "\(layout)")
            XCTAssertEqual(serial.warnings, parallel.warnings, "\(layout)")
        }
    }

    func testSerialAndParallelWritesGiveTheSameFolder() throws {
        let files = try files(.serial).files
        let root = try TestPaths.temporaryDirectory(self)
        for parallelism in [Parallelism.serial, .parallel] {
            let folder = root.appendingPathComponent("\(parallelism)")
            let changes = try OutputWriter.write(files, to: folder, parallelism: parallelism)
            XCTAssertEqual(changes.written.count, files.count)
            XCTAssertTrue(OutputWriter.differences(files, in: folder, parallelism: parallelism).isEmpty)
            for file in files {
                XCTAssertEqual(POSIXFile.read(folder.appendingPathComponent(file.path).path), Array(file.contents.utf8), file.path)
            }
        }
    }
}
