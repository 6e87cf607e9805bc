import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// Generated code spells an integer enum's values as they are read, so the reader hands
/// on only decimal integers: `0x1F` is `31`, and anything no Swift integer can hold is an
/// error at it (the fuzzer found `.inf` and a bidirectional override in such an enum
/// printed verbatim into a `case` of the generated code).
final class IntegerEnumTests: XCTestCase {
    private func values(_ schema: String) throws -> [String]? {
        try parseSpec(spec("components:\n  schemas:\n    E: \(schema)\n")).schema("E").enumValues?.map(\.text)
    }

    func testIntegerSpellingsAreReadAsDecimalIntegers() throws {
        XCTAssertEqual(try values("{type: integer, enum: [0x1F, 0o17, -0, 007, -12, 9223372036854775807]}"), ["31", "15", "0", "7", "-12", "9223372036854775807"])
        XCTAssertEqual(try values("{type: integer, const: 0x10}"), ["16"])
        XCTAssertEqual(try values("{enum: [0x10, 2]}"), ["16", "2"], "an untyped enum of integers is an integer enum")
    }

    func testIntegersWrittenAsStringsAreReadWithAWarning() throws {
        let result = try parseSpec(spec("components:\n  schemas:\n    E: {type: integer, enum: ['7', \"-3\", 4]}\n"), path: "strings.yaml")
        XCTAssertEqual(try result.schema("E").enumValues?.map(\.text), ["7", "-3", "4"])
        XCTAssertEqual(
            result.warnings.map(\.description),
            ["strings.yaml:7:31: warning: the integer enum value '7' is written as a string; it is read as 7 (and 1 more like this)"])
    }

    func testValuesThatAreNotIntegersAreErrorsAtThem() {
        let text = spec("components:\n  schemas:\n    E: {type: integer, enum: [1, 1.5, abc, .inf, 99999999999999999999, true, '\u{202E}9']}\n")
        let errors = parseErrors(text, path: "enum.yaml")
        XCTAssertEqual(errors.map(\.description), [
            "enum.yaml:7:34: error: the enum value '1.5' is not an integer, but its schema's type is integer",
            "enum.yaml:7:39: error: the enum value 'abc' is not an integer, but its schema's type is integer",
            "enum.yaml:7:44: error: the enum value '.inf' is not an integer, but its schema's type is integer",
            "enum.yaml:7:50: error: the enum value '99999999999999999999' is not an integer, but its schema's type is integer",
            "enum.yaml:7:72: error: the enum value 'true' is not an integer, but its schema's type is integer",
            "enum.yaml:7:78: error: the enum value '\\u{202e}9' is not an integer, but its schema's type is integer",
        ])
    }

    func testStringEnumValuesStayAsWritten() throws {
        XCTAssertEqual(try values("{type: string, enum: [0x1F, '007', 1.5]}"), ["0x1F", "007", "1.5"])
    }
}
