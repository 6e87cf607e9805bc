import Foundation

/// How a request body is written on the wire.
@_spi(Generated) public enum BodyFormat: Sendable, Hashable {
    /// JSON (`application/json`).
    case json
    /// `application/x-www-form-urlencoded`: the body's members as `name=value` pairs,
    /// nested objects as `name[key]=value`; arrays of plain values repeat the name
    /// (`tag=a&tag=b`), other arrays are named by `arrays` (see ``ArrayIndexing``).
    case form(arrays: ArrayIndexing)
    /// `multipart/form-data`: a part per member; `Data` and ``FilePart`` members are sent
    /// as files.
    case multipart
    /// `multipart/form-data` with the media type of some parts, by member name, as the
    /// spec's `encoding` gives them: a member whose type is JSON (`application/json`,
    /// `…+json`) is one part holding its JSON; a file without its own media type takes the
    /// member's; another member is one part of that type holding its text.
    case multipartEncoding(contentTypes: [String: String])
    /// Raw bytes (`Data`) or text (`String`) with the given content type.
    case raw(contentType: String)

    func encode(_ body: any Encodable & Sendable) throws -> (data: Data, contentType: String) {
        switch self {
        case .json:
            return (try JSONCoding.makeEncoder().encode(body), "application/json")
        case .form(let arrays):
            let fields = try FormFields(body, arrays: arrays).fields
            let pairs = fields.map { "\(URLPath.percentEncoded($0.name))=\(URLPath.percentEncoded($0.value.text))" }
            return (Data(pairs.joined(separator: "&").utf8), "application/x-www-form-urlencoded")
        case .multipart:
            return Multipart.encode(try FormFields(body, arrays: .repeated).fields)
        case .multipartEncoding(let contentTypes):
            return Multipart.encode(try FormFields(body, arrays: .repeated, partContentTypes: contentTypes).fields)
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
@_spi(Generated) public enum ResponseFormat: Sendable, Hashable {
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

extension Double {
    /// The number as a query or form value: whole numbers without a fraction (`3`, not `3.0`).
    var plainText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
