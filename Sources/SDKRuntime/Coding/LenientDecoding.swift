/// How generated models decode a required member that a server left out or sent as
/// `null`: real servers disagree with their specs, and one missing member should not cost
/// the app the whole response.
///
/// By default such a member gets its type's natural empty value when it has one: `""`,
/// `0`, `false`, `[]`, `[:]`, an open enum's `undocumented` case, or a model whose own
/// required members all have one. The miss is reported to the decoder's
/// ``DecodingFallbackReporter`` (a ``DecodingIssues`` collects them). A member with no
/// safe empty value (a date, a union without a discriminator, a model with such a member)
/// still fails the decode, and so does every miss in strict mode
/// (``CodingUserInfoKey/strictDecoding``).
///
/// A filled-in member is encoded again with its empty value: knowing it was filled in
/// would need state in every model, for values that were not there to lose.
enum LenientDecoding {
    /// Whether `error`, thrown decoding `key` of a container at `codingPath`, says that
    /// member itself is missing (`false`) or `null` (`true`); `nil` for any other error,
    /// such as one from deeper inside the member's value.
    static func miss(_ error: DecodingError, of key: JSONKey, at codingPath: [any CodingKey]) -> Bool? {
        switch error {
        case .keyNotFound(let missing, let context)
        where missing.stringValue == key.stringValue && context.codingPath.count == codingPath.count:
            return false
        case .valueNotFound(_, let context)
        where context.codingPath.count == codingPath.count + 1 && context.codingPath.last?.stringValue == key.stringValue:
            return true
        default:
            return nil
        }
    }

    /// The value to use for a required member of `type` that is missing or `null`, as
    /// `decoder` (the member's own) allows; `nil` when the decode must fail.
    static func fill<Value: Decodable>(_ type: Value.Type, wasNull: Bool, in decoder: any Decoder) -> Value? {
        guard decoder.userInfo[.strictDecoding] as? Bool != true, let value = emptyValue(of: type, in: decoder) else {
            return nil
        }
        DecodingFallbacks.reportFilled(type, wasNull: wasNull, in: decoder)
        return value
    }

    /// `type`'s natural empty value, or `nil` when it has none.
    private static func emptyValue<Value: Decodable>(of type: Value.Type, in decoder: any Decoder) -> Value? {
        if let empty = type as? any NaturallyEmpty.Type { return empty.emptyValue as? Value }
        if let openEnum = type as? any OpenEnum.Type { return undocumentedCase(of: openEnum) as? Value }
        // A model: decoded from no members at all, each filled in by these same rules. The
        // members' own misses are not reported: the model's is. Models that require each
        // other (which no finite JSON can satisfy) stop at a depth.
        let depth = (decoder as? NoMembersDecoder)?.depth ?? 0
        guard depth < NoMembersDecoder.maxDepth else { return nil }
        var userInfo = decoder.userInfo
        userInfo[DecodingFallbacks.key] = nil
        return try? Value(from: NoMembersDecoder(codingPath: decoder.codingPath, userInfo: userInfo, depth: depth + 1))
    }

    private static func undocumentedCase<Enum: OpenEnum>(of type: Enum.Type) -> Enum? {
        (Enum.RawValue.self as? any NaturallyEmpty.Type).flatMap { $0.emptyValue as? Enum.RawValue }.map(Enum.init(rawValue:))
    }
}

extension CodingUserInfoKey {
    /// Set to `true` in a decoder's `userInfo` to fail on a required member that is missing
    /// or `null`, as ``APIClient/Configuration/strictDecoding`` does, instead of filling in
    /// its empty value (see ``DecodingIssue``). For tests, and for checking a server
    /// against its spec.
    ///
    /// ```swift
    /// let decoder = JSONCoding.makeDecoder()
    /// decoder.userInfo[.strictDecoding] = true
    /// ```
    public static let strictDecoding = CodingUserInfoKey(rawValue: "SDKRuntime.strictDecoding")!
}

/// A type with a value that stands for "nothing was sent" without claiming anything.
protocol NaturallyEmpty {
    static var emptyValue: Self { get }
}

extension String: NaturallyEmpty { static var emptyValue: String { "" } }
extension Bool: NaturallyEmpty { static var emptyValue: Bool { false } }
extension Int: NaturallyEmpty { static var emptyValue: Int { 0 } }
extension Int32: NaturallyEmpty { static var emptyValue: Int32 { 0 } }
extension Int64: NaturallyEmpty { static var emptyValue: Int64 { 0 } }
extension UInt64: NaturallyEmpty { static var emptyValue: UInt64 { 0 } }
extension Double: NaturallyEmpty { static var emptyValue: Double { 0 } }
extension Float: NaturallyEmpty { static var emptyValue: Float { 0 } }
extension Array: NaturallyEmpty { static var emptyValue: Array { [] } }
extension Dictionary: NaturallyEmpty { static var emptyValue: Dictionary { [:] } }
extension FieldMask: NaturallyEmpty { static var emptyValue: FieldMask { FieldMask(paths: []) } }

/// A decoder of an object without members: what a model missing from its parent decodes
/// from. Anything but a keyed container (a single value, as unions, dates and enums read)
/// fails, so only models whose members can all be filled in are made.
private struct NoMembersDecoder: Decoder {
    /// The most models filled in within one another.
    static let maxDepth = 16

    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any]
    /// How many models this one is filled in within, itself included.
    var depth: Int

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(NoMembers<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.typeMismatch([Any].self, .init(codingPath: codingPath, debugDescription: "Nothing was sent."))
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw DecodingError.valueNotFound(Any.self, .init(codingPath: codingPath, debugDescription: "Nothing was sent."))
    }
}

private struct NoMembers<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NoMembersDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { false }

    func decodeNil(forKey key: Key) throws -> Bool { throw missing(key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { throw missing(key) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw missing(key)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw missing(key) }

    func superDecoder() throws -> any Decoder { decoder }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        NoMembersDecoder(codingPath: codingPath + [key], userInfo: decoder.userInfo, depth: decoder.depth)
    }

    private func missing(_ key: Key) -> DecodingError {
        .keyNotFound(key, .init(codingPath: codingPath, debugDescription: "Nothing was sent."))
    }
}
