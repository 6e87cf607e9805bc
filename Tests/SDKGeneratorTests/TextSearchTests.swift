@testable import SDKGenerator
import Testing

/// The UTF-8 searches that planning runs over long descriptions and doc comments.
struct TextSearchTests {
    @Test func findsAWordAnywhereAndOnlyWhole() {
        #expect(DocumentationText.mentions("FieldMask", in: "A FieldMask."))
        #expect(DocumentationText.mentions("FieldMask", in: "FieldMask"))
        #expect(DocumentationText.mentions("FieldMask", in: "FFieldMas FieldMask"))
        #expect(DocumentationText.mentions("FieldMask", in: "é FieldMask"))
        #expect(DocumentationText.mentions("", in: "anything"))
        #expect(!DocumentationText.mentions("FieldMask", in: "FieldMas"))
        #expect(!DocumentationText.mentions("FieldMask", in: ""))
        #expect(!DocumentationText.mentions("FieldMask", in: "Field Mask fieldmask"))
    }

    @Test func findsTheLastOccurrence() throws {
        let text = "é\n\n- Returns: one\n\n- Returns: two"
        let range = try #require(DocumentationText.lastRange(of: "\n\n- Returns:", in: text))
        #expect(text[range.upperBound...] == " two")
        #expect(text[range] == "\n\n- Returns:")
        #expect(DocumentationText.lastRange(of: "\n\n- Parameters:", in: text) == nil)
        #expect(DocumentationText.lastRange(of: "longer than the text", in: "short") == nil)
    }
}
