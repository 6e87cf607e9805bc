import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

/// `$ref` fragments read as RFC 6901 (section 6) says: percent-decoded first, then split at
/// `/`, then `~1` and `~0` unescaped, in that order.
final class JSONPointerTests: XCTestCase {
    func testTildeEscapesAreUndoneOneThenZero() {
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/a~1b/c~0d"), ["a/b", "c~d"])
        // `~01` is an escaped `~` followed by `1`: it must not become `/`.
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/~01"), ["~1"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/~10"), ["/0"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/~0~1~0"), ["~/~"])
    }

    func testPercentDecodingComesFirst() {
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/paths/~1pets~1%7Bid%7D/get"), ["paths", "/pets/{id}", "get"])
        // A percent-encoded `/` separates tokens, and a percent-encoded `~1` is an escape.
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/a%2Fb"), ["a", "b"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/a%7E1b"), ["a/b"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#%2Fcomponents%2Fschemas%2FPet"), ["components", "schemas", "Pet"])
    }

    func testPercentDecodingIsOnePass() {
        // `%25` is a `%`; what follows it is not decoded again.
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/100%25"), ["100%"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/%2541"), ["%41"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/caf%C3%A9"), ["café"])
    }

    func testInvalidPercentEscapesLeaveTheTextAsWritten() {
        // Hexadecimal digits only: a sign is not a digit (`UInt8("+5", radix: 16)` is 5).
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/a%+5b"), ["a%+5b"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/a%-0b"), ["a%-0b"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/50%"), ["50%"])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/%zz"), ["%zz"])
        // Bytes that are not UTF-8 once decoded.
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/%FF%FE"), ["%FF%FE"])
    }

    func testWholeDocumentAndEmptyTokens() {
        XCTAssertEqual(DocumentDecoder.pointerTokens("#"), [])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/"), [""])
        XCTAssertEqual(DocumentDecoder.pointerTokens("#/a//b"), ["a", "", "b"])
    }

    func testAFragmentThatIsNotAPointerIsNone() {
        XCTAssertNil(DocumentDecoder.pointerTokens("#info"))
        XCTAssertNil(DocumentDecoder.pointerTokens("#components/schemas/Pet"))
    }

    func testComponentSchemaNames() {
        XCTAssertEqual(DocumentDecoder.componentSchemaName("#/components/schemas/Pet"), "Pet")
        XCTAssertEqual(DocumentDecoder.componentSchemaName("#/components/schemas/a~1b"), "a/b")
        XCTAssertEqual(DocumentDecoder.componentSchemaName("#/components/schemas/%7BPet%7D"), "{Pet}")
        XCTAssertNil(DocumentDecoder.componentSchemaName("#/components/schemas/Pet/properties/id"))
        XCTAssertNil(DocumentDecoder.componentSchemaName("#components/schemas/Pet"))
    }

    func testPercentEncodedBracesAndPercentResolveInADocument() throws {
        let text = spec(
            """
            paths:
              /pets/{id}:
                get:
                  parameters:
                    - {name: id, in: path, schema: {type: integer}}
                    - $ref: '#/components/parameters/100%25'
                  responses: {}
              /owners:
                get:
                  parameters:
                    - $ref: '#/paths/~1pets~1%7Bid%7D/get/parameters/0'
                  responses: {}
            components:
              parameters:
                100%:
                  name: percent
                  in: query
            """)
        let result = try parseSpec(text)
        XCTAssertEqual(try result.operation(.get, "/pets/{id}").parameters.map(\.name), ["id", "percent"])
        XCTAssertEqual(try result.operation(.get, "/owners").parameters.map(\.name), ["id"])
    }

    func testAnchorFragmentIsAnErrorNotTheRootsField() {
        // `#info` once resolved to the document's `info` mapping.
        let text = spec(
            """
            paths:
              /a:
                get:
                  parameters:
                    - $ref: '#info'
                  responses: {}
            """)
        let found = diagnostic(containing: "not a JSON pointer", in: parseErrors(text, path: "anchor.yaml"))
        XCTAssertEqual(found?.description, "anchor.yaml:9:17: error: $ref '#info' is not a JSON pointer; a local reference starts with '#/'")
    }
}
