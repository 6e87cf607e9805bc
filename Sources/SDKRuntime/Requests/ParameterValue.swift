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

@_spi(Generated) extension URLPath {
    /// Encodes a parameter value as one path segment, as ``segment(_:)-(String)`` does.
    public static func segment(_ value: some ParameterValue) -> String {
        segment(value.parameterText)
    }
}

@_spi(Generated) extension Array where Element == URLQueryItem {
    /// Adds `name=value` when `value` is present.
    public mutating func append(name: String, _ value: (some ParameterValue)?) {
        if let value { append(URLQueryItem(name: name, value: value.parameterText)) }
    }

    /// Adds `name` with `value` serialized as JSON text, for parameters written with `content`.
    public mutating func append(name: String, json value: (some Encodable & Sendable)?) {
        guard let value, let data = try? JSONCoding.makeEncoder().encode(value) else { return }
        append(URLQueryItem(name: name, value: String(decoding: data, as: UTF8.self)))
    }
}

@_spi(Generated) extension Array where Element == HeaderField {
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
