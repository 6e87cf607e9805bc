/// Where generated code reports what it let pass: a union value that matched none of its
/// alternatives, an enum value the SDK does not know, or a required member the server
/// left out or sent as `null` (see `LenientDecoding`).
///
/// Decoding goes on as before; a reporter only learns of it. Set one in a decoder's
/// `userInfo` under `CodingUserInfoKey.decodingFallbackReporter` to log such values, or to check that a set
/// of payloads decodes completely; ``DecodingIssues`` collects them.
public protocol DecodingFallbackReporter: Sendable {
    /// `value`, at `codingPath`, was kept as it was because it is none of `type`'s known
    /// values or alternatives.
    func keptUnknown(_ value: JSONValue, of type: Any.Type, at codingPath: [any CodingKey])

    /// The required member at `codingPath`, of `type`, was missing (or `null`, when
    /// `wasNull`), and its type's empty value was used.
    func filledIn(_ type: Any.Type, at codingPath: [any CodingKey], wasNull: Bool)
}

extension DecodingFallbackReporter {
    /// Reporters written before members were filled in learn nothing of them.
    public func filledIn(_ type: Any.Type, at codingPath: [any CodingKey], wasNull: Bool) {}
}

extension CodingUserInfoKey {
    /// The key under which a decoder's `userInfo` holds its ``DecodingFallbackReporter``,
    /// such as a ``DecodingIssues``.
    public static let decodingFallbackReporter = DecodingFallbacks.key
}

/// The `userInfo` key of a decoder's reporter, and how generated code reports to it.
@_spi(Generated) public enum DecodingFallbacks {
    /// The key under which a decoder's `userInfo` holds its reporter.
    public static let key = CodingUserInfoKey(rawValue: "SDKRuntime.DecodingFallbackReporter")!

    /// Tells `decoder`'s reporter, if it has one, that `value` was kept unknown.
    public static func report(_ value: JSONValue, of type: Any.Type, in decoder: any Decoder) {
        (decoder.userInfo[key] as? any DecodingFallbackReporter)?.keptUnknown(value, of: type, at: decoder.codingPath)
    }

    /// Tells `decoder`'s reporter, if it has one, that the member it decodes was filled in.
    static func reportFilled(_ type: Any.Type, wasNull: Bool, in decoder: any Decoder) {
        (decoder.userInfo[key] as? any DecodingFallbackReporter)?.filledIn(type, at: decoder.codingPath, wasNull: wasNull)
    }
}
