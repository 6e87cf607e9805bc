import Foundation
@_spi(Generated) import SDKRuntime

/// One example value from a spec, with the generated type that must read it: what
/// `sdkgen examples` writes, one per example, for ``ExamplesRun`` to check.
public struct ExampleCase: Sendable {
    /// What the value is an example of (`Pet`, `Pet.name`, `POST /pets request body`).
    public var subject: String
    /// Where it is written in the spec: `file:line:col`.
    public var location: String
    /// The value as JSON text.
    public var json: String
    /// Why the value does not fit its own schema; empty when it does.
    public var problems: [String]
    /// Decodes the value with the generated type and encodes it again.
    public var roundTrip: @Sendable (ExampleProbe) throws -> Data

    /// Creates an example.
    public init(
        subject: String, location: String, json: String, problems: [String] = [],
        roundTrip: @escaping @Sendable (ExampleProbe) throws -> Data
    ) {
        self.subject = subject
        self.location = location
        self.json = json
        self.problems = problems
        self.roundTrip = roundTrip
    }
}

/// Decodes one example's JSON the way generated code does, and encodes it back.
public struct ExampleProbe: Sendable {
    /// The example's JSON.
    public let data: Data
    /// Told of every value kept as unknown, or filled in, while decoding.
    let fallbacks: any DecodingFallbackReporter
    /// Whether a required member that is missing or `null` fails the decode.
    var strict = false

    /// The value read as `T` and written again.
    public func roundTrip<T: Codable>(_ type: T.Type) throws -> Data {
        try JSONCoding.makeEncoder().encode(decoder().decode(T.self, from: data))
    }

    /// The value read and written as a property coding 64-bit integers as strings does.
    public func roundTripInt64String() throws -> Data {
        try member(Int64Member.self)
    }

    /// The value read and written as a property coding an array of 64-bit integers as
    /// strings does.
    public func roundTripInt64StringArray() throws -> Data {
        try member(Int64ArrayMember.self)
    }

    /// Reads the value as the member `v` of an object, with `Member`'s coding, and writes
    /// that member alone back.
    private func member<Member: Codable & ValueMember>(_ type: Member.Type) throws -> Data {
        let wrapped = Data(#"{"v":"#.utf8) + data + Data("}".utf8)
        let encoded = try JSONCoding.makeEncoder().encode(decoder().decode(Member.self, from: wrapped))
        let object = try JSONSerialization.jsonObject(with: encoded) as? [String: Any]
        return try JSONSerialization.data(withJSONObject: object?["v"] ?? NSNull(), options: [.fragmentsAllowed])
    }

    private func decoder() -> JSONDecoder {
        let decoder = JSONCoding.makeDecoder()
        decoder.userInfo[DecodingFallbacks.key] = fallbacks
        if strict { decoder.userInfo[.strictDecoding] = true }
        return decoder
    }
}

/// An object with one member `v`, coded as a generated property would code it.
private protocol ValueMember {}

private struct Int64Member: Codable, ValueMember {
    var value: Int64

    init(from decoder: any Decoder) throws {
        value = try decoder.container(keyedBy: JSONKey.self).requiredInt64("v")
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.putInt64(value, "v")
    }
}

private struct Int64ArrayMember: Codable, ValueMember {
    var values: [Int64]

    init(from decoder: any Decoder) throws {
        values = try decoder.container(keyedBy: JSONKey.self).requiredInt64List("v")
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.putInt64List(values, "v")
    }
}
