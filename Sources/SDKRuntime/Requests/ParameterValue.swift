import Foundation

/// A value that can stand in a path segment, a query item or a header field.
public protocol ParameterValue: Sendable {
    /// The value as text, before any percent-encoding.
    var parameterText: String { get }
}

extension String: ParameterValue {
    public var parameterText: String { self }
}

extension Bool: ParameterValue {
    public var parameterText: String { self ? "true" : "false" }
}

extension Int: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Int32: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Int64: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Double: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Float: ParameterValue {
    public var parameterText: String { String(self) }
}

extension Date: ParameterValue {
    public var parameterText: String { RFC3339.string(from: self) }
}

extension UUID: ParameterValue {
    public var parameterText: String { uuidString.lowercased() }
}

extension URL: ParameterValue {
    public var parameterText: String { absoluteString }
}

extension URLPath {
    /// Encodes a parameter value as one path segment, as ``segment(_:)-(String)`` does.
    public static func segment(_ value: some ParameterValue) -> String {
        segment(value.parameterText)
    }
}

extension Array where Element == URLQueryItem {
    /// Adds `name=value` when `value` is present.
    public mutating func append(name: String, _ value: (some ParameterValue)?) {
        if let value { append(URLQueryItem(name: name, value: value.parameterText)) }
    }

    /// Adds an array: one item per element when `explode` is set (`form` style's default),
    /// else one item with the elements joined by commas.
    public mutating func append(name: String, _ values: [some ParameterValue]?, explode: Bool = true) {
        guard let values, !values.isEmpty else { return }
        if explode {
            for value in values { append(URLQueryItem(name: name, value: value.parameterText)) }
        } else {
            append(URLQueryItem(name: name, value: values.map(\.parameterText).joined(separator: ",")))
        }
    }
}

extension Array where Element == URLQueryItem {
    /// Adds an object: with `deepObject` style one `name[key]=value` item per member,
    /// else (`form` style, exploded) one `key=value` item per member. Nested objects and
    /// arrays go deeper the same way (`name[key][0]=value`).
    public mutating func append(name: String, object: (some Encodable & Sendable)?, deepObject: Bool) {
        guard let object, let data = try? JSONCoding.makeEncoder().encode(object),
            let value = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return }
        appendFlattened(value, name: name, deepObject: deepObject, isRoot: true)
    }

    /// Adds `name` with `value` serialized as JSON text, for parameters written with `content`.
    public mutating func append(name: String, json value: (some Encodable & Sendable)?) {
        guard let value, let data = try? JSONCoding.makeEncoder().encode(value) else { return }
        append(URLQueryItem(name: name, value: String(decoding: data, as: UTF8.self)))
    }

    private mutating func appendFlattened(_ value: JSONValue, name: String, deepObject: Bool, isRoot: Bool) {
        switch value {
        case .null:
            return
        case .object(let members):
            for (key, member) in members.sorted(by: { $0.key < $1.key }) {
                let memberName = isRoot && !deepObject ? key : "\(name)[\(key)]"
                appendFlattened(member, name: memberName, deepObject: deepObject, isRoot: false)
            }
        case .array(let elements):
            for (index, element) in elements.enumerated() {
                appendFlattened(element, name: "\(name)[\(index)]", deepObject: deepObject, isRoot: false)
            }
        case .bool(let flag):
            append(URLQueryItem(name: name, value: flag.parameterText))
        case .number(let number):
            append(URLQueryItem(name: name, value: number.plainText))
        case .string(let text):
            append(URLQueryItem(name: name, value: text))
        }
    }
}

extension Array where Element == HeaderField {
    /// Adds a header field when `value` is present.
    public mutating func append(name: String, _ value: (some ParameterValue)?) {
        if let value { append(HeaderField(name: name, value: value.parameterText)) }
    }

    /// Adds `name=value` to the request's `Cookie` field when `value` is present.
    public mutating func append(cookie name: String, _ value: (some ParameterValue)?) {
        guard let value else { return }
        let pair = "\(name)=\(URLPath.percentEncoded(value.parameterText))"
        if let index = firstIndex(where: { $0.name.lowercased() == "cookie" }) {
            self[index].value += "; " + pair
        } else {
            append(HeaderField(name: "Cookie", value: pair))
        }
    }

    /// Adds a field whose value is `value` serialized as JSON text.
    public mutating func append(name: String, json value: (some Encodable & Sendable)?) {
        guard let value, let data = try? JSONCoding.makeEncoder().encode(value) else { return }
        append(HeaderField(name: name, value: String(decoding: data, as: UTF8.self)))
    }

    /// Adds an array as one field with the elements joined by commas (`simple` style).
    public mutating func append(name: String, _ values: [some ParameterValue]?) {
        guard let values, !values.isEmpty else { return }
        append(HeaderField(name: name, value: values.map(\.parameterText).joined(separator: ",")))
    }
}
