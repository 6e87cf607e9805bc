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
}
