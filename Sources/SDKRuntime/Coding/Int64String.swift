// 64-bit integers travel as JSON strings in APIs that follow the proto3 JSON mapping
// (`type: string, format: int64`); generated models read and write them as `Int64`.

extension KeyedDecodingContainer {
    /// Decodes an `Int64` written as a JSON string, accepting a JSON number as well.
    public func decodeInt64String(forKey key: Key) throws -> Int64 {
        if let number = try? decode(Int64.self, forKey: key) {
            return number
        }
        let text = try decode(String.self, forKey: key)
        guard let value = Int64(text) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: self, debugDescription: "Expected a 64-bit integer in a string, found \"\(text)\".")
        }
        return value
    }

    /// Decodes an optional `Int64` written as a JSON string; a missing key or `null` is `nil`.
    public func decodeInt64StringIfPresent(forKey key: Key) throws -> Int64? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeInt64String(forKey: key)
    }
}

extension KeyedDecodingContainer {
    /// Decodes an array of `Int64`s written as JSON strings.
    public func decodeInt64Strings(forKey key: Key) throws -> [Int64] {
        try decode([String].self, forKey: key).map { text in
            guard let value = Int64(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: self, debugDescription: "Expected 64-bit integers in strings, found \"\(text)\".")
            }
            return value
        }
    }

    /// Decodes an optional array of `Int64`s written as JSON strings.
    public func decodeInt64StringsIfPresent(forKey key: Key) throws -> [Int64]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        return try decodeInt64Strings(forKey: key)
    }
}

extension KeyedEncodingContainer {
    /// Encodes an array of `Int64`s as JSON strings.
    public mutating func encodeInt64Strings(_ values: [Int64], forKey key: Key) throws {
        try encode(values.map { String($0) }, forKey: key)
    }

    /// Encodes an optional array of `Int64`s as JSON strings, leaving the key out when `nil`.
    public mutating func encodeInt64StringsIfPresent(_ values: [Int64]?, forKey key: Key) throws {
        if let values { try encodeInt64Strings(values, forKey: key) }
    }

    /// Encodes an `Int64` as a JSON string.
    public mutating func encodeInt64String(_ value: Int64, forKey key: Key) throws {
        try encode(String(value), forKey: key)
    }

    /// Encodes an optional `Int64` as a JSON string, leaving the key out when `nil`.
    public mutating func encodeInt64StringIfPresent(_ value: Int64?, forKey key: Key) throws {
        if let value { try encode(String(value), forKey: key) }
    }
}
