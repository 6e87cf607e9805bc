import Foundation
@_spi(Generated) import SDKRuntime
import Testing

struct DateCodingTests {
    /// Timestamps as servers send them come back out the same, digit for digit.
    @Test(arguments: [
        "2012-02-22T02:06:58.158Z",
        "2019-09-15T02:06:58.147Z",
        "2019-09-14T02:06:58.001Z",
        "1969-12-31T23:59:59.999Z",
        "2026-11-30T23:59:59Z",
    ])
    func millisecondsRoundTrip(text: String) throws {
        let decoded = try JSONCoding.makeDecoder().decode([Date].self, from: Data(#"["\#(text)"]"#.utf8))
        let encoded = try JSONCoding.makeEncoder().encode(decoded)
        #expect(String(decoding: encoded, as: UTF8.self) == #"["\#(text)"]"#)
    }

    @Test func anOffsetIsWrittenInUTC() throws {
        let date = try #require(RFC3339.date(from: "2026-01-01T10:00:00.5+02:00"))
        #expect(RFC3339.string(from: date) == "2026-01-01T08:00:00.500Z")
    }

    @Test func aFractionPastTheMillisecondIsRoundedToIt() {
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1.9996)) == "1970-01-01T00:00:02Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1.0004)) == "1970-01-01T00:00:01Z")
        #expect(RFC3339.string(from: Date(timeIntervalSince1970: 1.2506)) == "1970-01-01T00:00:01.251Z")
    }
}
