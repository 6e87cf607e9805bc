import Foundation
@_spi(Generated) import SDKRuntime
import Testing
import Wire

/// An integer sent as a JSON number with a zero fraction (`3.0`) is that integer, as some
/// servers write them; a fraction that is not zero (`3.5`) is still an error, since
/// reading it would change the value.
struct IntegralNumberTests {
    /// Decodes its members with the calls generated models make.
    struct Counts: Decodable {
        var required: Int
        var optional: Int?
        var wide: Int64
        var wideOptional: Int64?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: JSONKey.self)
            required = try container.required("required")
            optional = try container.optional("optional")
            wide = try container.requiredInt64("wide")
            wideOptional = try container.optionalInt64("wideOptional")
        }
    }

    func decode(_ json: String) throws -> Counts {
        try JSONCoding.makeDecoder().decode(Counts.self, from: Data(json.utf8))
    }

    @Test func zeroFractionsAreIntegers() throws {
        let counts = try decode(#"{"required":3.0,"optional":-4.0,"wide":9007199254740992.0,"wideOptional":"12"}"#)
        #expect(counts.required == 3 && counts.optional == -4 && counts.wide == 9_007_199_254_740_992 && counts.wideOptional == 12)
        let exponent = try decode(#"{"required":3e0,"optional":null,"wide":5.000,"wideOptional":7.0}"#)
        #expect(exponent.required == 3 && exponent.optional == nil && exponent.wide == 5 && exponent.wideOptional == 7)
    }

    @Test(arguments: [
        #"{"required":3.5,"wide":1}"#, #"{"required":1,"optional":0.5,"wide":1}"#,
        #"{"required":1,"wide":3.5}"#, #"{"required":1,"wide":1,"wideOptional":-2.25}"#,
        #"{"required":1,"wide":"3.5"}"#,
    ])
    func fractionsAreErrors(json: String) {
        #expect(throws: DecodingError.self) { try decode(json) }
    }

    /// Through a generated model: `Color`'s members are integers.
    @Test func generatedModel() throws {
        let color = try JSONCoding.makeDecoder().decode(Color.self, from: Data(#"{"R":255.0,"G":0,"B":1.0}"#.utf8))
        #expect(color.r == 255 && color.g == 0 && color.b == 1)
        #expect(throws: DecodingError.self) { try JSONCoding.makeDecoder().decode(Color.self, from: Data(#"{"R":2.5}"#.utf8)) }
    }
}
