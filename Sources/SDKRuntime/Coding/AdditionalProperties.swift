/// Members of a JSON object beyond those its model declares, for models whose schema
/// allows them (`additionalProperties`): decoded into a dictionary and written back.
@_spi(Generated) extension KeyedDecodingContainer where Key == JSONKey {
    /// Every member not named in `declared`, decoded as `Value`.
    public func additionalProperties<Value: Decodable>(excluding declared: Set<String>) throws -> [String: Value] {
        var values: [String: Value] = [:]
        for key in allKeys where !declared.contains(key.stringValue) {
            values[key.stringValue] = try decode(Value.self, forKey: key)
        }
        return values
    }
}

@_spi(Generated) extension KeyedEncodingContainer where Key == JSONKey {
    /// Writes each of `values` as a member.
    public mutating func putAdditionalProperties<Value: Encodable>(_ values: [String: Value]) throws {
        for (key, value) in values {
            try encode(value, forKey: JSONKey(stringValue: key))
        }
    }
}

extension Dictionary where Key == String, Value == JSONValue {
    /// These members as a `T`, such as a generated model: for a model that keeps members it
    /// does not declare, read them as the type another member names (`@type`, say).
    public func decode<T: Decodable>(as type: T.Type) throws -> T {
        let data = try JSONCoding.makeEncoder().encode(self)
        return try JSONCoding.makeDecoder().decode(type, from: data)
    }
}
