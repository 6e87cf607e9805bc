import Foundation

/// An `application/x-www-form-urlencoded` body.
enum FormBody {
    /// The fields in order, names and values percent-encoded.
    static func encode(_ fields: [(name: String, value: String)]) -> Data {
        Data(fields.map { "\(URLPath.segment($0.name))=\(URLPath.segment($0.value))" }.joined(separator: "&").utf8)
    }
}
