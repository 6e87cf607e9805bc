import OpenAPIReader
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Text from a spec never brings bidirectional controls or other invisible code points
/// into generated code (Trojan Source, CVE-2021-42574): string literals escape them, doc
/// comments leave them out, and names are made of ASCII letters and digits only.
///
/// This file spells every such character as an escape, so it carries none itself.
final class InvisibleCharacterTests: XCTestCase {
    /// The bidirectional controls, zero-width characters and byte order mark a spec could hide.
    private let hidden: [Unicode.Scalar] = [
        "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}",
        "\u{200E}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}",
        "\u{FE0F}", "\u{E0041}", "\u{0085}", "\u{2028}", "\u{2029}", "\u{001B}", "\u{0000}",
    ]

    func testStringLiteralsEscapeInvisibleCharacters() {
        XCTAssertEqual(SwiftSpelling.stringLiteral("admin\u{202E}\u{2066}// x\u{2069}\u{2069}"), #""admin\u{202e}\u{2066}// x\u{2069}\u{2069}""#)
        XCTAssertEqual(SwiftSpelling.stringLiteral("\u{FEFF}id\u{200B}"), #""\u{feff}id\u{200b}""#)
        XCTAssertEqual(SwiftSpelling.stringLiteral("tag\u{E0041}"), #""tag\u{e0041}""#)
        XCTAssertEqual(SwiftSpelling.stringLiteral("a\u{2028}b\u{0085}c"), #""a\u{2028}b\u{85}c""#)
        for scalar in hidden {
            let literal = SwiftSpelling.stringLiteral("x\(scalar)y")
            XCTAssertFalse(literal.unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) in \(literal)")
        }
    }

    func testStringLiteralsKeepVisibleTextAsItIs() {
        XCTAssertEqual(SwiftSpelling.stringLiteral("caf\u{E9} \u{65E5}\u{672C} \u{1F600} a\"b\\c\n"), "\"caf\u{E9} \u{65E5}\u{672C} \u{1F600} a\\\"b\\\\c\\n\"")
        XCTAssertEqual(SwiftSpelling.stringLiteral("e\u{301}"), "\"e\u{301}\"", "a combining accent shows")
    }

    func testDocCommentsLeaveInvisibleCharactersOut() {
        XCTAssertEqual(DocumentationText.lines("Transfers \u{202E}sdnuf\u{202C} to\u{200B} the \u{2066}account\u{2069}.\u{FEFF}"), ["Transfers sdnuf to the account."])
        XCTAssertEqual(DocumentationText.lines("\u{1B}[31mred\u{1B}[0m\u{0}"), ["[31mred[0m"])
        XCTAssertEqual(DocumentationText.lines("tab\tkept"), ["tab\tkept"])
        for scalar in hidden {
            let lines = DocumentationText.lines("x\(scalar)y")
            XCTAssertFalse(lines.joined().unicodeScalars.contains(scalar), "U+\(String(scalar.value, radix: 16)) in \(lines)")
        }
    }

    func testTheRangesCheckedWithoutLookupsHoldNoneButTheSoftHyphen() throws {
        // `InvisibleCharacters.contains` answers for these ranges without asking Unicode.
        for range in [0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205F] {
            for value in range {
                let properties = try XCTUnwrap(Unicode.Scalar(value)).properties
                let categories: [Unicode.GeneralCategory] = [.control, .format, .lineSeparator, .paragraphSeparator]
                XCTAssertFalse(categories.contains(properties.generalCategory) || properties.isDefaultIgnorableCodePoint, "U+\(String(value, radix: 16))")
            }
        }
        XCTAssertTrue(InvisibleCharacters.contains("\u{AD}"))
    }

    func testLineSeparatorsInDocCommentsBreakTheLine() {
        // A reader's editor shows them as line breaks; a comment line must end there too.
        XCTAssertEqual(DocumentationText.lines("one\u{2028}two\u{2029}three\u{85}four\u{B}five\u{C}six"), ["one", "two", "three", "four", "five", "six"])
    }

    func testNamesAreASCIILettersAndDigitsOnly() {
        XCTAssertEqual(Naming.typeName("Pet\u{202E}Name"), "PetName")
        XCTAssertEqual(Naming.memberName("\u{FEFF}user\u{200B}_id"), "userID")
        XCTAssertEqual(Naming.memberName("\u{2066}"), "value")
        for scalar in hidden {
            for name in [Naming.typeName("a\(scalar)b"), Naming.memberName("\(scalar)x"), Naming.propertyName("y\(scalar)")] {
                XCTAssertTrue(name.utf8.allSatisfy { $0 < 0x80 && ($0 == UInt8(ascii: "_") || Character(Unicode.Scalar($0)).isLetter || Character(Unicode.Scalar($0)).isNumber) }, name)
            }
        }
    }

    /// A spec with invisible characters in descriptions, enum values, property and schema
    /// names, paths, parameter names, operation IDs and server URLs.
    private let spec = #"""
        openapi: 3.1.0
        info: {title: "Evil\u202E API", version: "1", description: "Docs \u2066hidden\u2069 text\u200B."}
        servers:
          - url: "https://api.example.com/\u202Ev1"
            description: "Main\uFEFF server"
            variables:
              region: {default: "eu\u200B", enum: ["eu\u200B", "us\u2067"], description: "Region \u202D."}
        paths:
          "/pets/\u202E{id}":
            get:
              operationId: "get\u202EPet"
              summary: "Gets \u2068a pet\u2069."
              description: "Line one\u2028line two"
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: "q\u200B", in: query, description: "Query \u202E.", schema: {type: string}}
                - {name: "X-Trace\u2060", in: header, schema: {type: string}}
              responses:
                '200':
                  description: "OK\u200F"
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Pet'}
        components:
          schemas:
            Pet:
              type: object
              description: "A pet\u202E \u2066with\u2069 tricks"
              properties:
                "na\u202Eme": {type: string, description: "The \u200Bname."}
                kind:
                  type: string
                  enum: ["cat\u202E", "dog\u2066", "\uFEFFbird"]
            "Evil\u202ESchema":
              type: object
              properties:
                x: {type: string, default: "d\u202E"}
        """#

    func testNoGeneratedFileCarriesAnInvisibleCharacter() throws {
        let plan = try PlanTestSupport.plan(spec).plan
        let files = SwiftEmitter.emit(plan, layout: .filePerGroup, parallelism: .serial)
        XCTAssertFalse(files.isEmpty)
        for file in files {
            for scalar in file.contents.unicodeScalars where scalar != "\n" {
                XCTAssertFalse(InvisibleCharacters.contains(scalar), "U+\(String(scalar.value, radix: 16)) in \(file.path)")
            }
        }
        let all = files.map(\.contents).joined()
        // What the spec says is kept, visibly: escaped in literals, left out of comments.
        XCTAssertTrue(all.contains(#""na\u{202e}me""#), "the property's JSON key")
        XCTAssertTrue(all.contains(#""cat\u{202e}""#), "the enum value")
        XCTAssertTrue(all.contains(#""\u{feff}bird""#), "the enum value")
        XCTAssertTrue(all.contains(#"https://api.example.com/\u{202e}v1"#), "the server URL")
        XCTAssertTrue(all.contains(#""q\u{200b}""#), "the query parameter's name")
        XCTAssertTrue(all.contains(#"/pets/\u{202e}"#), "the path")
        XCTAssertTrue(all.contains("/// A pet with tricks"), "the schema's description")
        XCTAssertTrue(all.contains("/// Line one\n"), "a line separator ends the doc line")
        XCTAssertTrue(all.contains("struct EvilSchema"), "the schema's name")
        XCTAssertTrue(all.contains("var naMe: String?"), "the property's name")
    }
}
