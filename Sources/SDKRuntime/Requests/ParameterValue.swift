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
    /// Encodes a parameter value as one path segment.
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

extension Array where Element == HeaderField {
    /// Adds a header field when `value` is present.
    public mutating func append(name: String, _ value: (some ParameterValue)?) {
        if let value { append(HeaderField(name: name, value: value.parameterText)) }
    }

    /// Adds an array as one field with the elements joined by commas (`simple` style).
    public mutating func append(name: String, _ values: [some ParameterValue]?) {
        guard let values, !values.isEmpty else { return }
        append(HeaderField(name: name, value: values.map(\.parameterText).joined(separator: ",")))
    }
}
