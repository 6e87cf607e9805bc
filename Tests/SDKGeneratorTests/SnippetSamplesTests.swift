@testable import SDKGenerator
import Testing

/// Strings built to match the patterns specs give IDs and codes, and the patterns left
/// alone.
struct SnippetSamplesTests {
    @Test(arguments: [
        ("^AC[0-9a-fA-F]{32}$", "AC00000000000000000000000000000000"),
        ("[A-Z]{2}-\\d+", "AA-1"),
        ("^(ord|inv)_[a-z0-9]{4,8}$", "ord_aaaa"),
        ("^(?:\\+1)?\\d{3}\\.x*$", "111."),
        ("^[^@]+@example\\.com$", "a@example.com"),
        ("^[-a-z]{2}$", "--"),
    ])
    func patternsGiveAMatchingString(pattern: String, expected: String) {
        let text = PatternSample.text(matching: pattern)
        #expect(text == expected)
        var samples = SnippetSamples()
        let matched = samples.matches(expected, pattern)
        #expect(matched)
    }

    @Test(arguments: ["^(?!admin).*$", "(a)\\1", "\\p{L}+", "a{1000}", "[a-z"])
    func patternsItCannotSampleGiveNothing(pattern: String) {
        #expect(PatternSample.text(matching: pattern) == nil)
    }
}
