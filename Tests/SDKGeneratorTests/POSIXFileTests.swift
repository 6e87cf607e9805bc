import Foundation
@testable import SDKGenerator
import SDKGenDiagnostics
import XCTest

/// Reading and writing the files of an output folder.
final class POSIXFileTests: XCTestCase {
    func testWritesEveryFileAndReadsThemBack() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        let files = (0..<50).map { GeneratedFile(path: "Sub\($0 % 3)/File\($0).swift", contents: "// file \($0) é\n") }
        try POSIXFile.write(files, into: folder)
        for file in files {
            let bytes = try XCTUnwrap(POSIXFile.read(folder.appendingPathComponent(file.path).path))
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), file.contents)
        }
        XCTAssertNil(POSIXFile.read(folder.appendingPathComponent("missing.swift").path))
        XCTAssertNil(POSIXFile.read(folder.path), "a folder is not a file to read")
    }

    func testAFailedWriteIsReportedWithItsPath() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        let tooLong = String(repeating: "x", count: 300) + ".swift"
        let files = [GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: tooLong, contents: "b")]
        XCTAssertThrowsError(try POSIXFile.write(files, into: folder)) { error in
            XCTAssertTrue("\(error.localizedDescription)".contains(tooLong), "\(error)")
        }
        XCTAssertEqual(POSIXFile.read(folder.appendingPathComponent("A.swift").path), Array("a".utf8))
    }
}
