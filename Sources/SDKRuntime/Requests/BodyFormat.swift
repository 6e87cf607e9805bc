import Foundation

/// How a request body is written on the wire.
public enum BodyFormat: Sendable, Hashable {
    /// JSON (`application/json`).
    case json
    /// `application/x-www-form-urlencoded`: the body's members as `name=value` pairs;
    /// arrays repeat the name, nested objects use `name[key]`.
    case form
    /// `multipart/form-data`: a part per member; `Data` members are sent as files.
    case multipart
    /// Raw bytes (`Data`) or text (`String`) with the given content type.
    case raw(contentType: String)

    func encode(_ body: any Encodable & Sendable) throws -> (data: Data, contentType: String) {
        switch self {
        case .json:
            return (try JSONCoding.makeEncoder().encode(body), "application/json")
        case .form:
            let fields = try FormFields(body).fields
            let pairs = fields.map { "\(URLPath.percentEncoded($0.name))=\(URLPath.percentEncoded($0.value.text))" }
            return (Data(pairs.joined(separator: "&").utf8), "application/x-www-form-urlencoded")
        case .multipart:
            return Multipart.encode(try FormFields(body).fields)
        case .raw(let contentType):
            switch body {
            case let data as Data: return (data, contentType)
            case let text as String: return (Data(text.utf8), contentType)
            default: return (try JSONCoding.makeEncoder().encode(body), contentType)
            }
        }
    }
}

/// How a response body is read.
public enum ResponseFormat: Sendable, Hashable {
    /// Decoded from JSON.
    case json
    /// Returned as `Data`.
    case binary
    /// Returned as a `String` (UTF-8).
    case text

    var accept: String {
        switch self {
        case .json: "application/json"
        case .binary, .text: "*/*"
        }
    }
}

/// A body's members flattened to named fields, for form and multipart bodies.
struct FormFields {
    enum Value {
        case text(String)
        case file(Data)

        var text: String {
            switch self {
            case .text(let text): text
            case .file(let data): String(decoding: data, as: UTF8.self)
            }
        }
    }

    private(set) var fields: [(name: String, value: Value)] = []

    /// A marker `Data` values are encoded with, so they can be told apart from strings.
    private static let fileMarker = "\u{0}sdkgen-file:"

    init(_ body: any Encodable & Sendable) throws {
        let encoder = JSONCoding.makeEncoder()
        encoder.dataEncodingStrategy = .custom { data, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Self.fileMarker + data.base64EncodedString())
        }
        let value = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(body))
        guard case .object(let members) = value else {
            throw EncodingError.invalidValue(body, .init(codingPath: [], debugDescription: "A form body must be an object."))
        }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            add(member, name: name)
        }
    }

    private mutating func add(_ value: JSONValue, name: String) {
        switch value {
        case .null:
            return
        case .array(let elements):
            for element in elements { add(element, name: name) }
        case .object(let members):
            for (key, member) in members.sorted(by: { $0.key < $1.key }) { add(member, name: "\(name)[\(key)]") }
        case .string(let text) where text.hasPrefix(Self.fileMarker):
            fields.append((name, .file(Data(base64Encoded: String(text.dropFirst(Self.fileMarker.count))) ?? Data())))
        case .string(let text):
            fields.append((name, .text(text)))
        case .bool(let flag):
            fields.append((name, .text(flag.parameterText)))
        case .number(let number):
            fields.append((name, .text(number.plainText)))
        }
    }
}

/// `multipart/form-data` bodies (RFC 7578).
enum Multipart {
    static func encode(_ fields: [(name: String, value: FormFields.Value)]) -> (data: Data, contentType: String) {
        var parts: [Data] = []
        for (name, value) in fields {
            var part = Data()
            let quoted = name.replacingOccurrences(of: "\"", with: "%22")
            switch value {
            case .text(let text):
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"\r\n\r\n".utf8))
                part.append(Data(text.utf8))
            case .file(let data):
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"; filename=\"\(quoted)\"\r\n".utf8))
                part.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
                part.append(data)
            }
            parts.append(part)
        }
        // A fixed boundary keeps bodies reproducible; it changes only if a part contains it.
        var boundary = "sdkgen-boundary-7d1c5e0a"
        while parts.contains(where: { $0.range(of: Data(boundary.utf8)) != nil }) { boundary += "x" }
        var body = Data()
        for part in parts {
            body.append(Data("--\(boundary)\r\n".utf8))
            body.append(part)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return (body, "multipart/form-data; boundary=\(boundary)")
    }
}

extension Double {
    /// The number as a query or form value: whole numbers without a fraction (`3`, not `3.0`).
    var plainText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
