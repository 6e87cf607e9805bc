import OpenAPIReader
@testable import SDKGenerator
import Testing

/// Which example strings fit the formats generated types read into something other than `String`.
struct ExampleValidationTests {
    @Test func aURIHoldsNoSpace() {
        #expect(ExampleValidation.fits("https://example.com/a%20b?x=1&y=[2]#top", format: "uri"))
        #expect(!ExampleValidation.fits("https://example.com/download/ export.json.gz", format: "uri"))
        #expect(!ExampleValidation.fits("https://example.com/\u{E9}", format: "uri"))
    }

    @Test func dateTimesWithAndWithoutFraction() {
        #expect(ExampleValidation.fits("2012-02-22T02:06:58.158Z", format: "date-time"))
        #expect(ExampleValidation.fits("2012-02-22T02:06:58Z", format: "date-time"))
        #expect(!ExampleValidation.fits("2012-02-22", format: "date-time"))
    }

    /// The problems the examples check finds in each example of `paths`, by subject.
    private func problems(_ paths: String) throws -> [String: [String]] {
        let yaml = PlanTestSupport.document(paths: paths)
        let document = try OpenAPIParser.parse(Array(yaml.utf8), path: "snippet.yaml", examples: true).document
        var options = GeneratorOptions(moduleName: "Snippet")
        options.collectsExamples = true
        let examples = try Planner.plan(document, options: options).plan.examples
        return Dictionary(examples.map { ($0.subject, $0.problems) }, uniquingKeysWith: +)
    }

    /// A multipart file part, or a binary body, holds bytes the example's text only stands
    /// for: no decode of that text says anything of the SDK.
    @Test func filesAreExamplesOnlyInName() throws {
        let found = try problems("""
            /upload:
              post:
                requestBody:
                  content:
                    multipart/form-data:
                      schema:
                        type: object
                        properties: {file: {type: string, format: binary}, note: {type: string}}
                      example: {file: photo.png, note: hello}
                responses: {"204": {description: done}}
            /cover:
              put:
                requestBody:
                  content:
                    image/jpeg:
                      schema: {type: string, format: binary}
                      example: cover.jpg
                responses: {"204": {description: done}}
            """)
        #expect(found["POST /upload request body (multipart/form-data)"] == ["$.file: a file, which the example's text only stands for"])
        #expect(found["PUT /cover request body (image/jpeg)"] == ["$: a file, which the example's text only stands for"])
    }

    /// An object with declared properties is a struct, which keeps no other member; one
    /// without is a dictionary, which keeps them all.
    @Test func membersAStructDoesNotDeclareAreInvalid() throws {
        let found = try problems("""
            /accounts:
              post:
                requestBody:
                  content:
                    application/x-www-form-urlencoded:
                      schema: {type: object, properties: {name: {type: string}}}
                      example: {name: Ann, Nickname: A}
                responses:
                  "200":
                    description: ok
                    content:
                      application/json:
                        schema: {type: object}
                        example: {anything: 1}
            """)
        #expect(found["POST /accounts request body (application/x-www-form-urlencoded)"] == ["$: 'Nickname' is not a member the schema declares"])
        #expect(found["POST /accounts 200 response"] == [])
    }
}
