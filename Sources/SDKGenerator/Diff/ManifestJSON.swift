import SDKGenDiagnostics

/// Writes an `APISnapshot` as the manifest's JSON: each type and operation on a line of
/// its own (so a change to one is a one-line diff), members in key order, absent
/// optionals left out. Written by hand because `JSONEncoder` took a seventh of a large
/// spec's generation; `JSONDecoder` reads it back.
struct ManifestJSON {
    private var bytes: [UInt8] = []

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func write(_ api: APISnapshot) {
        raw("{\"client\":")
        string(api.client)
        raw(",\"operations\":[")
        lines(api.operations) { $0.write($1) }
        raw("],\"types\":[")
        lines(api.types) { $0.write($1) }
        raw("]}\n")
    }

    private mutating func write(_ operation: SnapshotOperation) {
        raw("{\"arguments\":[")
        list(operation.arguments) { json, argument in
            json.raw("{\"label\":")
            json.string(argument.label)
            json.raw(",\"optional\":")
            json.bool(argument.optional)
            json.raw(",\"type\":")
            json.string(argument.type)
            json.raw(",\"wire\":")
            json.string(argument.wire)
            json.raw("}")
        }
        raw("],\"group\":")
        string(operation.group)
        raw(",\"method\":")
        string(operation.method)
        raw(",\"name\":")
        string(operation.name)
        raw(",\"operationID\":")
        string(operation.operationID)
        raw(",\"path\":")
        string(operation.path)
        raw(",\"property\":")
        string(operation.property)
        raw(",\"response\":")
        string(operation.response)
        raw("}")
    }

    private mutating func write(_ type: SnapshotType) {
        raw("{")
        if let aliasOf = type.aliasOf { member("aliasOf", aliasOf) }
        if let cases = type.cases {
            raw("\"cases\":[")
            list(cases) { json, item in
                json.raw("{\"name\":")
                json.string(item.name)
                if let type = item.type {
                    json.raw(",\"type\":")
                    json.string(type)
                }
                if let value = item.value {
                    json.raw(",\"value\":")
                    json.string(value)
                }
                json.raw("}")
            }
            raw("],")
        }
        member("kind", type.kind.rawValue)
        member("name", type.name)
        if let origin = type.origin { member("origin", origin) }
        if let properties = type.properties {
            raw("\"properties\":[")
            list(properties) { json, property in
                json.raw("{\"defaulted\":")
                json.bool(property.defaulted)
                if let encoding = property.encoding {
                    json.raw(",\"encoding\":")
                    json.string(encoding)
                }
                json.raw(",\"json\":")
                json.string(property.json)
                json.raw(",\"name\":")
                json.string(property.name)
                json.raw(",\"optional\":")
                json.bool(property.optional)
                json.raw(",\"type\":")
                json.string(property.type)
                json.raw("}")
            }
            raw("],")
        }
        if let rawType = type.rawType { member("rawType", rawType) }
        bytes.removeLast()  // the last member's comma
        raw("}")
    }

    /// `"key":"value",`
    private mutating func member(_ key: String, _ value: String) {
        string(key)
        raw(":")
        string(value)
        raw(",")
    }

    /// `items`, one per line.
    private mutating func lines<Item>(_ items: [Item], _ write: (inout Self, Item) -> Void) {
        for (index, item) in items.enumerated() {
            raw(index == 0 ? "\n" : ",\n")
            write(&self, item)
        }
        if !items.isEmpty { raw("\n") }
    }

    /// `items`, comma-separated.
    private mutating func list<Item>(_ items: [Item], _ write: (inout Self, Item) -> Void) {
        for (index, item) in items.enumerated() {
            if index > 0 { raw(",") }
            write(&self, item)
        }
    }

    private mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    private mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }

    /// `value` quoted, with `"`, `\` and control characters escaped.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Nearly every string is plain ASCII that needs no escape: copied whole once that
        // is seen.
        let copied = value.utf8.withContiguousStorageIfAvailable { source in
            for byte in source where byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            bytes.append(contentsOf: source)
            return true
        }
        if copied == true { return }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": raw("\\\"")
            case "\\": raw("\\\\")
            case "\n": raw("\\n")
            case "\r": raw("\\r")
            case "\t": raw("\\t")
            default:
                // Control and invisible characters (a zero-width space, a direction mark)
                // as `\u` escapes, so the file shows what it holds.
                if scalar.value < 0x20 || InvisibleCharacters.contains(scalar) {
                    for unit in String(scalar).utf16 { escape(unit) }
                } else {
                    bytes.append(contentsOf: String(scalar).utf8)
                }
            }
        }
    }

    /// `\uXXXX`.
    private mutating func escape(_ unit: UInt16) {
        raw("\\u")
        for shift in [12, 8, 4, 0] { bytes.append(Self.hexDigits[Int((unit >> UInt16(shift)) & 0xF)]) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
