import Foundation
import HTTPTypes

/// A ``Request`` checked and turned into what goes on the wire, before any attempt.
struct PreparedRequest: Sendable {
    var head: HTTPRequest
    var body: Data?
    var operationID: String
    /// Whether the operation needs credentials: it names security schemes and none of its
    /// alternatives is empty.
    var needsCredentials: Bool
    /// The path without query, for logs.
    var path: String

    /// Throws ``SDKError/invalidRequest(_:)`` for a header that could split the request
    /// (CR, LF or NUL in a value), an invalid header name or a body that cannot be encoded.
    init<Response>(_ request: Request<Response>, userAgent: String) throws {
        var fields = HTTPFields()
        fields[.accept] = request.responseFormat.accept
        fields[.userAgent] = try Self.checkedValue(userAgent, of: "User-Agent")
        do {
            let encoded = try request.encodeBody()
            body = encoded?.data
            if let encoded { fields[.contentType] = encoded.contentType }
        } catch {
            throw SDKError.invalidRequest("cannot encode the body of \(request.operationID): \(error)")
        }
        for header in request.headers {
            guard let name = HTTPField.Name(header.name) else {
                throw SDKError.invalidRequest("\"\(header.name)\" is not a valid header name")
            }
            fields.append(HTTPField(name: name, value: try Self.checkedValue(header.value, of: header.name)))
        }
        let query = request.query.map { item in
            item.value.map { "\(URLPath.segment(item.name))=\(URLPath.segment($0))" } ?? URLPath.segment(item.name)
        }
        let path = request.path.hasPrefix("/") ? request.path : "/\(request.path)"
        head = HTTPRequest(
            method: request.method, scheme: nil, authority: nil,
            path: query.isEmpty ? path : "\(path)?\(query.joined(separator: "&"))", headerFields: fields)
        operationID = request.operationID
        needsCredentials = !request.security.isEmpty && !request.security.contains(where: \.isEmpty)
        self.path = path
    }

    /// `value` when it cannot end the header line early; the value is never repeated in
    /// the error, as it may be a secret.
    static func checkedValue(_ value: String, of name: String) throws -> String {
        if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) {
            throw SDKError.invalidRequest("the value of header \(name) contains CR, LF or NUL")
        }
        return value
    }
}
