import Foundation
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// The output folder is replaced whole or not at all.
final class OutputWriterTests: XCTestCase {
    private let old = [GeneratedFile(path: "A.swift", contents: GeneratedFile.header + "\nold\n")]
    private let new = [GeneratedFile(path: "A.swift", contents: GeneratedFile.header + "\nnew\n")]

    /// The folder's files and their contents, and what else sits beside it.
    private func state(of folder: URL) throws -> (files: [String: String], siblings: [String]) {
        var files: [String: String] = [:]
        for path in (try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? [] {
            files[path] = try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
        }
        let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path)
        return (files, siblings.filter { $0 != folder.lastPathComponent }.sorted())
    }

    /// When the swap fails after the old output was moved aside, the old output is put
    /// back at once and nothing is left beside it.
    func testASwapThatFailsHalfWayPutsThePreviousOutputBack() throws {
        let folder = try TestPaths.temporaryDirectory(self).appendingPathComponent("Out")
        _ = try OutputWriter.write(old, to: folder)
        var moves = 0
        struct Interrupted: Error {}
        XCTAssertThrowsError(
            try OutputWriter.write(new, to: folder) { from, to in
                moves += 1
                if moves == 2 { throw Interrupted() }  // staging -> output
                try FileManager.default.moveItem(at: from, to: to)
            }
        ) { error in
            XCTAssertTrue("\(error)".contains("cannot write"), "\(error)")
        }
        XCTAssertEqual(moves, 3, "out of the way, the failed swap, and back")
        let after = try state(of: folder)
        XCTAssertEqual(after.files, ["A.swift": old[0].contents])
        XCTAssertEqual(after.siblings, [], "no staging or previous folder is left behind")
    }

    /// A run stopped between the two renames leaves the previous output beside the
    /// destination; the next run puts it back before anything else.
    func testAnInterruptedSwapIsRepairedByTheNextRun() throws {
        let parent = try TestPaths.temporaryDirectory(self)
        let folder = parent.appendingPathComponent("Out")
        _ = try OutputWriter.write(old, to: folder)
        try FileManager.default.moveItem(at: folder, to: parent.appendingPathComponent(".Out.sdkgen-previous"))

        XCTAssertEqual(OutputWriter.differences(old, in: folder).written, ["A.swift"], "the output is missing")
        XCTAssertTrue(try OutputWriter.write(old, to: folder).isEmpty, "restored, it is already current")
        XCTAssertEqual(try state(of: folder).files, ["A.swift": old[0].contents])
        XCTAssertEqual(try state(of: folder).siblings, [])
    }

    /// Writing one file replaces it only when its contents change.
    func testASingleFileIsWrittenOnlyWhenItChanges() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        XCTAssertTrue(try OutputWriter.write(old[0], in: folder))
        XCTAssertFalse(try OutputWriter.write(old[0], in: folder))
        XCTAssertTrue(try OutputWriter.write(new[0], in: folder))
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("A.swift"), encoding: .utf8), new[0].contents)
    }
}
