/// The coding key generated models use: any JSON member name, written as a string literal.
///
/// One key type for every model, instead of a `CodingKeys` enum per model, keeps large
/// SDKs quick to compile; the container methods below have names of their own for the
/// same reason (no overloads for the type checker to weigh).
@_spi(Generated) public struct JSONKey: CodingKey, ExpressibleByStringLiteral, Hashable, Sendable {
    public let stringValue: String

    public init(stringValue: String) {
        self.stringValue = stringValue
    }

    public init(stringLiteral value: String) {
        self.stringValue = value
    }

    public var intValue: Int? { nil }

    public init?(intValue: Int) {
        return nil
    }
}

@_spi(Generated) extension KeyedDecodingContainer where Key == JSONKey {
    /// The value at `key`; `nil` when the key is missing or `null`.
    public func optional<Value: Decodable>(_ key: JSONKey) throws -> Value? {
        try decodeIfPresent(Value.self, forKey: key)
    }

    /// The value at `key`, which the schema requires; when the server left it out or sent
    /// `null`, its type's empty value unless decoding strictly (see `LenientDecoding`).
    public func required<Value: Decodable>(_ key: JSONKey) throws -> Value {
        do {
            return try decode(Value.self, forKey: key)
        } catch let error as DecodingError {
            return try filled(key, after: error)
        }
    }

    /// The empty value standing in for the required member `key` that decoding it found
    /// missing or `null`; rethrows `error` when it is another problem, or the member has no
    /// safe empty value, or decoding is strict.
    private func filled<Value: Decodable>(_ key: JSONKey, after error: DecodingError) throws -> Value {
        guard let wasNull = LenientDecoding.miss(error, of: key, at: codingPath),
            let value = LenientDecoding.fill(Value.self, wasNull: wasNull, in: try superDecoder(forKey: key))
        else { throw error }
        return value
    }

    /// The value at `key`: `nil` when the key is missing, ``Nullable/null`` when it is `null`.
    public func optionalNullable<Value: Decodable>(_ key: JSONKey) throws -> Nullable<Value>? {
        guard contains(key) else { return nil }
        return try decodeNil(forKey: key) ? .null : .value(decode(Value.self, forKey: key))
    }

    /// A 64-bit integer written as a JSON string (a JSON number is accepted too).
    public func optionalInt64(_ key: JSONKey) throws -> Int64? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try requiredInt64(key)
    }

    /// A 64-bit integer written as a JSON string, which the schema requires (filled in as
    /// ``required(_:)`` does).
    public func requiredInt64(_ key: JSONKey) throws -> Int64 {
        if let number = try? decode(Int64.self, forKey: key) { return number }
        do {
            return try int64(from: decode(String.self, forKey: key), key: key)
        } catch let error as DecodingError {
            return try filled(key, after: error)
        }
    }

    /// An array of 64-bit integers written as JSON strings.
    public func optionalInt64List(_ key: JSONKey) throws -> [Int64]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try requiredInt64List(key)
    }

    /// An array of 64-bit integers written as JSON strings, which the schema requires
    /// (filled in as ``required(_:)`` does).
    public func requiredInt64List(_ key: JSONKey) throws -> [Int64] {
        let texts: [String]
        do {
            texts = try decode([String].self, forKey: key)
        } catch let error as DecodingError {
            return try filled(key, after: error)
        }
        return try texts.map { try int64(from: $0, key: key) }
    }

    private func int64(from text: String, key: JSONKey) throws -> Int64 {
        guard let value = Int64(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "expected a 64-bit integer in a string")
        }
        return value
    }
}

@_spi(Generated) extension KeyedEncodingContainer where Key == JSONKey {
    /// Writes `value` at `key`, leaving the key out when `nil`.
    public mutating func put<Value: Encodable>(_ value: Value?, _ key: JSONKey) throws {
        try encodeIfPresent(value, forKey: key)
    }

    /// Writes `value` at `key`, `null` when `nil`: a member the schema requires and
    /// allows to be `null` is always sent.
    public mutating func putOrNull<Value: Encodable>(_ value: Value?, _ key: JSONKey) throws {
        if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
    }

    /// Writes `value` at `key`, `null` for ``Nullable/null``, leaving the key out when `nil`.
    public mutating func putNullable<Value: Encodable>(_ value: Nullable<Value>?, _ key: JSONKey) throws {
        switch value {
        case nil: break
        case .null?: try encodeNil(forKey: key)
        case .value(let wrapped)?: try encode(wrapped, forKey: key)
        }
    }

    /// Writes a 64-bit integer as a JSON string, leaving the key out when `nil`.
    public mutating func putInt64(_ value: Int64?, _ key: JSONKey) throws {
        if let value { try encode(String(value), forKey: key) }
    }

    /// Writes 64-bit integers as JSON strings, leaving the key out when `nil`.
    public mutating func putInt64List(_ values: [Int64]?, _ key: JSONKey) throws {
        if let values { try encode(values.map { String($0) }, forKey: key) }
    }
}
