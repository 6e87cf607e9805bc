@testable import SDKGenerator
import XCTest

/// The writer's lines, blocks and indentation, byte for byte.
final class SwiftWriterTests: XCTestCase {
    func testBlocksIndentByFourSpacesAtAnyDepth() {
        var writer = SwiftWriter()
        func nest(_ depth: Int, _ writer: inout SwiftWriter) {
            if depth == 0 {
                writer.line("leaf")
                return
            }
            writer.block("level\(depth)") { nest(depth - 1, &$0) }
        }
        nest(20, &writer)
        let lines = writer.text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 20 + 1 + 20 + 1)
        XCTAssertEqual(lines[0], "level20 {")
        XCTAssertEqual(lines[20], String(repeating: " ", count: 80) + "leaf")
        XCTAssertEqual(lines[21], String(repeating: " ", count: 76) + "}")
        XCTAssertEqual(lines[40], "}")
        XCTAssertEqual(lines[41], "")
    }

    func testListSeparatesItemsWithCommasOneLevelDeeper() {
        var writer = SwiftWriter()
        writer.line("f(")
        writer.list(["a: 1", "b: 2"])
        writer.line(")")
        XCTAssertEqual(writer.text, "f(\n    a: 1,\n    b: 2\n)\n")
    }

    func testLinesLongerThanTheInlineBufferKeepEveryByte() {
        // A line is built inline up to 256 bytes and on the heap past that; these cross
        // the boundary in the middle of a piece, at a piece's end, and in a literal.
        let piece = String(repeating: "é", count: 70)  // 140 bytes
        for prefix in ["", "x", String(repeating: "y", count: 116)] {
            var writer = SwiftWriter()
            writer.line("\(prefix)\(piece)+\(piece)+\(piece)")
            XCTAssertEqual(writer.text, prefix + piece + "+" + piece + "+" + piece + "\n")
        }
        var writer = SwiftWriter()
        writer.line(Code(String(repeating: "z", count: 300)))
        XCTAssertEqual(writer.text, String(repeating: "z", count: 300) + "\n")
    }
}
