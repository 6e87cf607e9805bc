import SDKGenDiagnostics

/// Writes an `APISnapshot` as the manifest's JSON: each type and operation on a line of
/// its own (so a change to one is a one-line diff), members in key order, absent
/// optionals left out. Written by hand because `JSONEncoder` builds a tree of boxed
/// values and sorts keys before writing a byte, a real share of a large spec's whole
/// generation, while here the order is known in advance; `JSONDecoder` reads it back.
struct ManifestJSON {
    private var bytes: [UInt8] = []

    /// The JSON written so far, as UTF-8.
    var utf8: [UInt8] { bytes }

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
        object { json in
            json.member("arguments", operation.arguments) { json, argument in
                json.object { json in
                    json.member("label", argument.label)
                    json.member("optional", argument.optional)
                    json.member("type", argument.type)
                    json.member("wire", argument.wire)
                }
            }
            json.member("group", operation.group)
            json.member("method", operation.method)
            json.member("methods", operation.methods) { json, method in json.string(method) }
            json.member("name", operation.name)
            json.member("operationID", operation.operationID)
            json.member("path", operation.path)
            json.member("property", operation.property)
            json.member("response", operation.response)
        }
    }

    private mutating func write(_ type: SnapshotType) {
        object { json in
            json.member("aliasOf", type.aliasOf)
            json.member("cases", type.cases) { json, item in
                json.object { json in
                    json.member("name", item.name)
                    json.member("type", item.type)
                    json.member("value", item.value)
                }
            }
            json.member("kind", type.kind.rawValue)
            json.member("name", type.name)
            json.member("origin", type.origin)
            json.member("properties", type.properties) { json, property in
                json.object { json in
                    json.member("defaulted", property.defaulted)
                    json.member("encoding", property.encoding)
                    json.member("json", property.json)
                    json.member("name", property.name)
                    json.member("optional", property.optional)
                    json.member("type", property.type)
                }
            }
            json.member("rawType", type.rawType)
        }
    }

    /// `{`, the members `body` writes (each followed by a comma), `}` in place of the last
    /// comma.
    private mutating func object(_ body: (inout Self) -> Void) {
        byte("{")
        let start = bytes.count
        body(&self)
        if bytes.count > start { bytes.removeLast() }
        byte("}")
    }

    /// `"key":"value",`, nothing when there is no value.
    private mutating func member(_ key: StaticString, _ value: String?) {
        guard let value else { return }
        self.key(key)
        string(value)
        byte(",")
    }

    private mutating func member(_ key: StaticString, _ value: Bool) {
        self.key(key)
        value ? raw("true,") : raw("false,")
    }

    /// `"key":[item,item],`, nothing when there is no list.
    private mutating func member<Item>(_ key: StaticString, _ items: [Item]?, _ write: (inout Self, Item) -> Void) {
        guard let items else { return }
        self.key(key)
        byte("[")
        for (index, item) in items.enumerated() {
            if index > 0 { byte(",") }
            write(&self, item)
        }
        byte("]")
        byte(",")
    }

    private mutating func key(_ key: StaticString) {
        byte("\"")
        raw(key)
        byte("\"")
        byte(":")
    }

    /// `items`, one per line.
    private mutating func lines<Item>(_ items: [Item], _ write: (inout Self, Item) -> Void) {
        for (index, item) in items.enumerated() {
            raw(index == 0 ? "\n" : ",\n")
            write(&self, item)
        }
        if !items.isEmpty { raw("\n") }
    }

    /// One character of punctuation, appended without going through a `StaticString`.
    private mutating func byte(_ character: Unicode.Scalar) {
        bytes.append(UInt8(ascii: character))
    }

    /// Keys and literals, a few bytes each: appended one by one, which costs less than
    /// `append(contentsOf:)` setting up a copy for every one of them.
    private mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { bytes.append(byte) } }
    }


    /// `value` quoted, with `"`, `\` and control characters escaped.
    private mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Nearly every string is plain ASCII that needs no escape: copied whole once that
        // is seen.
        var value = value
        let copied = value.withUTF8 { source in
            for byte in source where byte < 0x20 || byte >= 0x80 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                return false
            }
            bytes.append(contentsOf: source)
            return true
        }
        if copied { return }
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
