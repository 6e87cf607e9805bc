@testable import SDKGenerator
import XCTest

/// The byte search that planning uses on long descriptions.
final class ByteSearchTests: XCTestCase {
    func testFindsWordsAnywhereAndOnlyWhole() {
        XCTAssertTrue("A FieldMask.".containsBytes("FieldMask"))
        XCTAssertTrue("FieldMask".containsBytes("FieldMask"))
        XCTAssertTrue("FFieldMas FieldMask".containsBytes("FieldMask"))
        XCTAssertTrue("é FieldMask".containsBytes("FieldMask"))
        XCTAssertTrue("anything".containsBytes(""))
        XCTAssertFalse("FieldMas".containsBytes("FieldMask"))
        XCTAssertFalse("".containsBytes("FieldMask"))
        XCTAssertFalse("Field Mask fieldmask".containsBytes("FieldMask"))
    }
}
