import OpenAPIReader
import SDKGenDiagnostics
import SDKGenerator
import XCTest

/// Inputs `.ci/fuzz-check` found that crashed the fuzzer's target, each run through the
/// same stages (`Generator.files(from:)`, on this thread) and held to the same promises:
/// refused with errors, or generated without invisible characters.
final class FuzzFindingTests: XCTestCase {
    private func generate(_ text: String) -> Result<Generator.Emitted, DiagnosticsError> {
        var timings = Generator.Timings()
        return Result { () throws(DiagnosticsError) in
            try Generator.files(
                from: Array(text.utf8), path: "fuzz.yaml", options: GeneratorOptions(moduleName: "Fuzz"),
                settings: Generator.Settings(parallelism: .serial), timings: &timings)
        }
    }

    /// An integer enum's values were printed verbatim as `case` patterns: `.inf`, a number
    /// past `Int.max`, and one starting with U+202E made code that did not compile and
    /// carried a bidirectional override.
    func testIntegerEnumValuesThatAreNotIntegers() {
        let text = """
            openapi: 3.1.0
            info: {title: Seed, version: '1'}
            components:
              schemas:
                E: {type: integer, enum: [0x1F, 0o17, -0, 1e400, .nan, -llllllllllll.inf,\u{202E} 99999999999999999999999]}
                F: {type: number, default: .inf, enum: [1.5, 2]}

            """
        guard case .failure(let error) = generate(text) else { return XCTFail("generated code from an integer enum of non-integers") }
        XCTAssertEqual(error.diagnostics.map(\.description), [
            "fuzz.yaml:5:47: error: the enum value '1e400' is not an integer, but its schema's type is integer",
            "fuzz.yaml:5:54: error: the enum value '.nan' is not an integer, but its schema's type is integer",
            "fuzz.yaml:5:60: error: the enum value '-llllllllllll.inf' is not an integer, but its schema's type is integer",
            "fuzz.yaml:5:78: error: the enum value '\\u{202e} 99999999999999999999999' is not an integer, but its schema's type is integer",
        ])
    }

    /// The API's title went into the DocC landing page as it was, NUL included.
    func testTitleWithInvisibleCharactersInTheCatalog() throws {
        let emitted = try generate(#"{"openapi": "3.1.0", "info": {"title": "a\u0000b\u202Ec", "version": "1"}, "paths": {}}"#).get()
        let page = try XCTUnwrap(emitted.files.first { $0.path.hasSuffix(".md") })
        XCTAssertTrue(page.contents.contains("The abc in Swift"), page.contents)
        XCTAssertTrue(GeneratedFile.isGenerated(Array(page.contents.utf8)))
        for file in emitted.files {
            for scalar in file.contents.unicodeScalars where scalar != "\n" && scalar != "\t" {
                XCTAssertFalse(InvisibleCharacters.contains(scalar), "\(file.path) carries U+\(String(scalar.value, radix: 16))")
            }
        }
    }
}
