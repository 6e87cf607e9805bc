import Foundation

/// An `application/x-www-form-urlencoded` body.
enum FormBody {
    /// The fields in order, names and values percent-encoded.
    static func encode(_ fields: [(name: String, value: String)]) -> Data {
        let pairs = fields.map { "\(URLPath.percentEncoded($0.name))=\(URLPath.percentEncoded($0.value))" }
        return Data(pairs.joined(separator: "&").utf8)
    }
}
