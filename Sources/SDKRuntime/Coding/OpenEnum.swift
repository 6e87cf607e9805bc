/// An enumeration whose set of values may grow on the server: a value this version of the
/// SDK does not know decodes to an `unknown` case that keeps the raw value, instead of
/// failing the whole response.
///
/// Generated enums conform to this protocol and get their `Codable` conformance from it.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, ParameterValue
where RawValue: Codable & Hashable & Sendable & ParameterValue {
    /// Creates the case for `rawValue`, or the unknown case keeping it.
    init(rawValue: RawValue)

    /// Whether this is a value the SDK knows (not the case keeping an unknown one).
    var isKnown: Bool { get }
}

extension OpenEnum {
    /// Decodes the raw value; unknown values are kept, never an error, and reported to the
    /// decoder's ``DecodingFallbackReporter`` if it has one.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let rawValue = try container.decode(RawValue.self)
        self.init(rawValue: rawValue)
        if !isKnown {
            let value: JSONValue = (rawValue as? String).map { .string($0) } ?? (rawValue as? Int).map { .number(Double($0)) } ?? .null
            DecodingFallbacks.report(value, of: Self.self, in: decoder)
        }
    }

    /// The raw value, as sent in a path, query or header.
    public var parameterText: String { rawValue.parameterText }

    /// Encodes the raw value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
