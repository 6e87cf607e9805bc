import Foundation

/// A value encoded for a query or a form: the JSON its `Encodable` conformance writes,
/// with numbers kept as the text they were written as, so 64-bit integers stay exact.
enum ParameterTree: Decodable {
    case null
    /// A string, or a number or boolean as its JSON text.
    case scalar(String, isString: Bool)
    /// A `Data` or ``FilePart`` value, when encoded with files marked.
    case file(FilePart)
    case array([ParameterTree])
    /// Members sorted by key.
    case object([(key: String, value: ParameterTree)])

    /// `value` as JSON, read back as a tree. With `markingFiles`, `Data` values become
    /// ``file(_:)`` (a ``FilePart`` with its name and media type), else they are base64
    /// strings as in JSON. Files are told from strings by a marker made for this value
    /// alone (see ``FilePart/markingKey``).
    init(encoding value: some Encodable, markingFiles: Bool = false) throws {
        let encoder = JSONCoding.makeEncoder()
        let decoder = JSONDecoder()
        if markingFiles {
            let marker = FilePart.makeMarker()
            encoder.userInfo[FilePart.markingKey] = marker
            decoder.userInfo[FilePart.markingKey] = marker
            encoder.dataEncodingStrategy = .custom { data, encoder in
                var container = encoder.singleValueContainer()
                try container.encode(marker + FilePart.dataTag + data.base64EncodedString())
            }
        }
        self = try decoder.decode(ParameterTree.self, from: encoder.encode(value))
    }

    /// A parameter's value: a plain value or an array of plain values with each value's
    /// own text (exact integers, RFC 3339 dates, lowercase UUIDs), anything else as its
    /// JSON; `nil` when it cannot be encoded.
    init?(parameter value: some Encodable & Sendable) {
        if let values = value as? [any ParameterValue] {
            self = .array(values.map { .scalar($0.parameterText, isString: true) })
        } else if let value = value as? any ParameterValue {
            self = .scalar(value.parameterText, isString: true)
        } else if let tree = try? ParameterTree(encoding: value) {
            self = tree
        } else {
            return nil
        }
    }

    init(from decoder: any Decoder) throws {
        if var elements = try? decoder.unkeyedContainer() {
            var array: [ParameterTree] = []
            while !elements.isAtEnd { array.append(try elements.decode(ParameterTree.self)) }
            self = .array(array)
            return
        }
        if let members = try? decoder.container(keyedBy: JSONKey.self) {
            self = .object(try members.allKeys.sorted { $0.stringValue < $1.stringValue }.map {
                ($0.stringValue, try members.decode(ParameterTree.self, forKey: $0))
            })
            return
        }
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .scalar(flag ? "true" : "false", isString: false)
        } else if let integer = try? container.decode(Int64.self) {
            self = .scalar(String(integer), isString: false)
        } else if let integer = try? container.decode(UInt64.self) {
            self = .scalar(String(integer), isString: false)
        } else if let number = try? container.decode(Double.self) {
            self = .scalar(number.plainText, isString: false)
        } else {
            let text = try container.decode(String.self)
            if let marker = decoder.userInfo[FilePart.markingKey] as? String, text.hasPrefix(marker) {
                self = .file(FilePart(marked: text.dropFirst(marker.count)))
            } else {
                self = .scalar(text, isString: true)
            }
        }
    }

    /// Whether the value adds nothing to a query: `null`, an empty array or object.
    var isEmpty: Bool {
        switch self {
        case .null: true
        case .array(let elements): elements.isEmpty
        case .object(let members): members.isEmpty
        case .scalar, .file: false
        }
    }

    /// Whether the value is an array or an object.
    var isStructured: Bool {
        switch self {
        case .array, .object: true
        case .null, .scalar, .file: false
        }
    }
}
