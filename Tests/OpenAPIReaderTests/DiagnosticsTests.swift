import SDKGenDiagnostics
import XCTest
@testable import OpenAPIReader

final class DiagnosticsTests: XCTestCase {
    // MARK: Formatting

    func testDescriptionLooksLikeACompilerMessage() {
        let located = Diagnostic(.error, "bad thing", at: SourceLocation(file: "a.yaml", line: 3, column: 7))
        XCTAssertEqual(located.description, "a.yaml:3:7: error: bad thing")
        XCTAssertEqual(Diagnostic(.warning, "whole file", file: "a.yaml").description, "a.yaml: warning: whole file")
        XCTAssertEqual(Diagnostic(.error, "nowhere", at: nil).description, "error: nowhere")
        let error = DiagnosticsError([located, Diagnostic(.warning, "w", file: "b.json")])
        XCTAssertEqual(error.description, "a.yaml:3:7: error: bad thing\nb.json: warning: w")
    }

    func testTextATerminalWouldNotShowIsEscaped() {
        // A spec's text quoted in a message: an escape sequence, a line break, a bidi override.
        let message = "duplicate key 'a\u{1B}]0;title\u{7}\nb\u{202E}c'; first at line 1"
        let diagnostic = Diagnostic(.error, message, at: SourceLocation(file: "x.yaml", line: 2, column: 1))
        XCTAssertEqual(diagnostic.description, #"x.yaml:2:1: error: duplicate key 'a\u{1b}]0;title\u{7}\u{a}b\u{202e}c'; first at line 1"#)
        XCTAssertEqual(Diagnostic(.warning, "caf\u{E9} \u{1F600}", file: "y.json").description, "y.json: warning: caf\u{E9} \u{1F600}")
    }

    func testEveryErrorOfADocumentIsReportedInOneRun() {
        let text = """
            openapi: 3.1.0
            info:
              title: T
            servers: {url: x}
            paths:
              /a:
                get:
                  parameters:
                    - {in: query}
            """
        let diagnostics = parseErrors(text, path: "many.yaml")
        XCTAssertTrue(diagnostics.allSatisfy { $0.severity == .error }, "\(diagnostics)")
        XCTAssertEqual(diagnostic(containing: "'version'", in: diagnostics)?.location?.line, 3)
        XCTAssertEqual(diagnostic(containing: "'servers'", in: diagnostics)?.location?.line, 4)
        XCTAssertEqual(diagnostic(containing: "'name'", in: diagnostics)?.location?.line, 9)
        XCTAssertEqual(diagnostics.count, 3, "\(diagnostics)")
    }

    func testErrorsPastTheLimitAreCountedNotPlaced() {
        let schemas = (0..<120).map { "    S\($0): {type: object, readOnly: maybe}\n" }.joined()
        let diagnostics = parseErrors(spec("components:\n  schemas:\n" + schemas), path: "many.yaml")
        XCTAssertEqual(diagnostics.count, DiagnosticLog.maxErrors + 1)
        XCTAssertEqual(diagnostics.first?.description, "many.yaml:7:34: error: expected 'readOnly' to be true or false, found 'maybe'")
        XCTAssertEqual(diagnostics.last?.description, "many.yaml: error: \(120 - DiagnosticLog.maxErrors) more errors are not shown")
    }

    func testThousandsOfErrorsInAJSONSpecAreQuick() {
        // Placing an error in JSON reads the text up to it; placing each of 3,000 took minutes.
        let schemas = (0..<3_000).map { #""S\#($0)": {"type": "object", "readOnly": "maybe", "description": "\#(String(repeating: "x", count: 200))"}"# }
        let text = #"{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "components": {"schemas": {"# + schemas.joined(separator: ",\n") + "}}}"
        let start = ContinuousClock.now
        let diagnostics = parseErrors(text, path: "many.json")
        XCTAssertLessThan(ContinuousClock.now - start, .seconds(10))
        XCTAssertEqual(diagnostics.count, DiagnosticLog.maxErrors + 1)
    }

    // MARK: Warnings

    func testWarningsOfOneKindAreSummarisedOnOneLine() throws {
        var paths = "paths:\n"
        for name in ["a", "b", "c"] {
            paths += """
                  /\(name):
                    post:
                      callbacks:
                        done: {}
                      responses: {}

                """
        }
        let result = try parseSpec(spec(paths), path: "cb.yaml")
        let callbackWarnings = result.warnings.filter { $0.message.contains("callbacks") }
        XCTAssertEqual(callbackWarnings.count, 1, "\(result.warnings)")
        let warning = try XCTUnwrap(callbackWarnings.first)
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertTrue(warning.message.contains("2 more"), warning.message)
        XCTAssertEqual(warning.location?.line, 9, "the summary is placed at the first callbacks")
        XCTAssertTrue(warning.description.hasPrefix("cb.yaml:9:"), warning.description)
        XCTAssertEqual(result.document.operations.count, 3, "operations with callbacks are still read")
    }

    func testSingleWarningHasNoCount() throws {
        let text = spec(
            """
            paths:
              /a:
                get:
                  callbacks: {x: {}}
                  responses: {}
            """)
        let warnings = try parseSpec(text).warnings
        XCTAssertEqual(warnings.count, 1)
        XCTAssertFalse(warnings[0].message.contains("more"), warnings[0].message)
    }

    /// Found by the fuzzer: a status key carrying a byte order mark reached a type name
    /// (`ListEventsError\u{feff}200`). Types are named after statuses, so only real ones pass.
    func testAResponseKeyThatIsNoStatusIsAnError() throws {
        let text = spec(
            """
            paths:
              /a:
                get:
                  responses:
                    "200": {description: ok}
                    "\u{FEFF}404": {description: hidden}
                    2xx: {description: range}
                    "20": {description: short}
                    Default: {description: other}
            """)
        let diagnostics = parseErrors(text)
        XCTAssertEqual(diagnostics.map(\.description), [
            #"spec.yaml:10:9: error: '\u{feff}404' is not a response status; expected a code from 100 to 599, 1XX to 5XX, or default"#,
            "spec.yaml:12:9: error: '20' is not a response status; expected a code from 100 to 599, 1XX to 5XX, or default",
        ])
    }

    func testWebhooksAreAWarningNotAnError() throws {
        let text = spec(
            """
            webhooks:
              newPet:
                post:
                  responses: {}
            paths: {}
            """)
        let result = try parseSpec(text)
        let warning = try XCTUnwrap(result.warnings.first { $0.message.contains("webhooks") }, "\(result.warnings)")
        XCTAssertEqual(warning.severity, .warning)
        XCTAssertEqual(warning.location?.line, 6)
    }

    func testDifferentWarningKindsKeepTheirOrder() throws {
        let text = spec(
            """
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: OK
                      links: {self: {}}
                  callbacks: {x: {}}
            webhooks: {}
            """)
        let warnings = try parseSpec(text).warnings
        XCTAssertEqual(warnings.count, 3, "\(warnings)")
        XCTAssertTrue(warnings[0].message.contains("callbacks"), "\(warnings)")
        XCTAssertTrue(warnings[1].message.contains("links"), "\(warnings)")
        XCTAssertTrue(warnings[2].message.contains("webhooks"), "\(warnings)")
    }

    func testUnsupportedSchemaKeywordIsAWarning() throws {
        let text = spec(
            """
            components:
              schemas:
                A: {type: string, not: {enum: [x]}}
                B: {type: string, not: {enum: [y]}}
            """)
        let warnings = try parseSpec(text).warnings
        XCTAssertEqual(warnings.count, 1, "\(warnings)")
        XCTAssertTrue(warnings[0].message.contains("'not'"), warnings[0].message)
        XCTAssertTrue(warnings[0].message.contains("1 more"), warnings[0].message)
    }

    func testExternalReferenceIsAWarning() throws {
        let text = spec(
            """
            paths:
              /a:
                get:
                  parameters:
                    - $ref: 'other.yaml#/components/parameters/x'
                  responses: {}
            """)
        let result = try parseSpec(text)
        XCTAssertTrue(result.warnings.contains { $0.message.contains("other.yaml") }, "\(result.warnings)")
        XCTAssertEqual(try result.operation(.get, "/a").parameters.count, 0)
    }

    // MARK: Junk input

    func testEmptyFileIsAnError() {
        let diagnostics = parseErrors("", path: "empty.yaml")
        XCTAssertTrue(diagnostics.first?.description.hasPrefix("empty.yaml:1:1: error:") == true, "\(diagnostics)")
    }

    func testBareScalarIsAnError() {
        for text in ["hello", "42", "null", "\"just a string\"", "true"] {
            let diagnostics = parseErrors(text)
            XCTAssertTrue(diagnostics.first?.message.contains("mapping") == true, "\(text): \(diagnostics)")
        }
    }

    func testSequenceAtTheRootIsAnError() {
        let yaml = parseErrors("- openapi: 3.1.0\n")
        XCTAssertTrue(yaml.first?.message.contains("found a sequence") == true, "\(yaml)")
        let json = parseErrors("[{\"openapi\": \"3.1.0\"}]", path: "root.json")
        XCTAssertEqual(json.first?.description, "root.json:1:1: error: expected an OpenAPI document (a mapping), found a sequence")
    }

    func testOpenAPIFieldOfTheWrongKindIsAnError() {
        let diagnostics = parseErrors("openapi: [1, 2]\ninfo: {title: T, version: '1'}\n")
        let wrong = diagnostic(containing: "'openapi'", in: diagnostics)
        XCTAssertEqual(wrong?.location?.line, 1)
        XCTAssertEqual(wrong?.location?.column, 10)
        XCTAssertNotNil(diagnostic(containing: "'openapi'", in: parseErrors("openapi: {a: b}\n")))
        XCTAssertNotNil(diagnostic(containing: "'openapi'", in: parseErrors("openapi:\ninfo: {title: T, version: '1'}\n")))
    }

    func testFieldsOfTheWrongKindAreErrorsNotTraps() {
        let shapes = [
            "info: []", "info: {title: [x], version: {a: 1}}", "paths: [1]", "paths: {/a: []}",
            "paths: {/a: {get: 1}}", "paths: {/a: {get: {parameters: {a: 1}}}}", "paths: {/a: {get: {responses: [1]}}}",
            "paths: {/a: {get: {requestBody: {content: []}}}}", "components: []", "components: {schemas: []}",
            "components: {schemas: {A: {properties: []}}}", "components: {schemas: {A: {allOf: {}}}}",
            "components: {schemas: {A: {type: [[x]]}}}", "components: {securitySchemes: {a: {type: [1]}}}",
            "servers: [{url: x, variables: {v: {}}}]", "security: [[x]]", "paths: {/a: {get: {tags: tag}}}",
        ]
        for shape in shapes {
            let text = "openapi: 3.1.0\n" + (shape.hasPrefix("info") ? "" : "info: {title: T, version: '1'}\n") + shape + "\n"
            let diagnostics = parseErrors(text, path: "shape.yaml")
            XCTAssertTrue(diagnostics.contains { $0.severity == .error && $0.location != nil }, "\(shape): \(diagnostics)")
        }
    }

    func testBinaryGarbageIsAnError() {
        let samples: [[UInt8]] = [
            [0x00, 0x01, 0x02, 0xFF, 0xFE, 0x80, 0x81],
            [0xFF, 0xFE, 0x00, 0xD8, 0x00, 0x00],
            [0xC3, 0x28, 0xA0, 0xA1, 0x3A, 0x20, 0xE2, 0x28, 0xA1],
            [UInt8(ascii: "{"), 0xFF, 0x00, UInt8(ascii: "}")],
            Array("\u{7F}ELF\u{02}\u{01}\u{01}".utf8) + [0, 0, 0, 0],
        ]
        for bytes in samples {
            _ = expectDiagnostics { () throws(DiagnosticsError) in try OpenAPIParser.parse(bytes, path: "garbage.bin") }
        }
    }

    func testRandomBytesNeverTrap() {
        var generator = SplitMix64(seed: 0x5EED)
        for round in 0..<300 {
            let count = Int(generator.next() % 96) + 1
            var bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            if round % 3 == 0 { bytes[0] = UInt8(ascii: "{") }
            do {
                _ = try OpenAPIParser.parse(bytes, path: "random.bin")
                XCTFail("random bytes \(bytes) read as an OpenAPI document")
            } catch {
                XCTAssertFalse(error.diagnostics.isEmpty)
            }
        }
    }

    func testRandomlyTruncatedDocumentsNeverTrap() {
        let text = Array(
            spec(
                """
                servers: [{url: 'https://x', variables: {p: {default: '1', enum: [1, 2]}}}]
                paths:
                  /a/{id}:
                    parameters: [{name: id, in: path, schema: {type: string}}]
                    get:
                      responses:
                        '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}
                components:
                  schemas:
                    A: {type: object, properties: {b: {type: [string, 'null']}}}
                """
            ).utf8)
        for length in stride(from: 0, to: text.count, by: 7) {
            // Any outcome but a trap is fine: a prefix may still be a valid document.
            _ = try? OpenAPIParser.parse(Array(text[..<length]), path: "cut.yaml")
        }
        XCTAssertNoThrow(try OpenAPIParser.parse(text, path: "whole.yaml"))
    }
}

/// A small deterministic generator, so the random-input test is repeatable.
private struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
