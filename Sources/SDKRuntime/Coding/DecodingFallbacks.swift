/// Where generated code reports values it kept without understanding them: a union value
/// that matched none of its alternatives, or an enum value the SDK does not know.
///
/// Decoding goes on as before; a reporter only learns of it. Set one in a decoder's
/// `userInfo` under ``DecodingFallbacks/key`` to log unknown values, or to check that a set of payloads
/// decodes completely.
public protocol DecodingFallbackReporter: Sendable {
    /// `value`, at `codingPath`, was kept as it was because it is none of `type`'s known
    /// values or alternatives.
    func keptUnknown(_ value: JSONValue, of type: Any.Type, at codingPath: [any CodingKey])
}

/// The `userInfo` key of a decoder's ``DecodingFallbackReporter``.
public enum DecodingFallbacks {
    /// The key under which a decoder's `userInfo` holds its reporter.
    public static let key = CodingUserInfoKey(rawValue: "SDKRuntime.DecodingFallbackReporter")!

    /// Tells `decoder`'s reporter, if it has one, that `value` was kept unknown.
    public static func report(_ value: JSONValue, of type: Any.Type, in decoder: any Decoder) {
        (decoder.userInfo[key] as? any DecodingFallbackReporter)?.keptUnknown(value, of: type, at: decoder.codingPath)
    }
}
