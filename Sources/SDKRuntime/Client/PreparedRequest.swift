import Foundation
import HTTPTypes

/// A ``Request`` checked and turned into what goes on the wire, before any attempt.
struct PreparedRequest: Sendable {
    var head: HTTPRequest
    var body: Data?
    /// The server the request goes to: the request's own or the client's, without a
    /// trailing slash, so the path joins it with one.
    var serverURL: URL
    var operationID: String
    /// Whether the operation needs credentials: it names security schemes and none of its
    /// alternatives is empty.
    var needsCredentials: Bool
    /// The schemes whose credentials are sent: the alternative the client chose.
    var schemes: [SecurityScheme] = []
    /// The path without query, for logs.
    var path: String
    /// Header fields whose values are never logged, beyond credentials: those the call's
    /// options set.
    var redactedFields: Set<HTTPField.Name> = []
    /// Whether a redirect to another origin is followed, without credentials: for
    /// downloads (see ``Redirects``).
    var followsRedirectsAcrossOrigins = false
    /// Whether the request carries an `Idempotency-Key` field, so the server carries out
    /// a repeated POST or PATCH once and retrying it is safe.
    var hasIdempotencyKey: Bool {
        head.headerFields[HTTPField.Name.idempotencyKey] != nil
    }

    /// Throws ``SDKError/configuration(_:)`` for a server URL that is not an absolute http or
    /// https URL without user name or password, and ``SDKError/invalidRequest(_:)`` for a
    /// path parameter that is empty, `.` or `..` (see `URLPath.segment(_:)`), a
    /// dot segment in the path, a header that could split the request (CR, LF or NUL in a
    /// value), an invalid header name or a body that cannot be encoded.
    init<Response>(_ request: Request<Response>, serverURL clientServer: URL, userAgent: String) throws {
        let server = request.serverURL ?? clientServer
        try ServerURL.validate(server, as: request.serverURL == nil ? "the server URL" : "the server URL of \(request.operationID)")
        serverURL = ServerURL.withoutTrailingSlash(server)
        var fields = HTTPFields()
        fields[.accept] = request.responseFormat.accept
        fields[.userAgent] = try Self.checkedValue(userAgent, of: "User-Agent")
        do {
            let encoded = try request.encodeBody()
            body = encoded?.data
            if let encoded { fields[.contentType] = encoded.contentType }
        } catch {
            throw SDKError.invalidRequest("cannot encode the body of \(request.operationID) \(Self.describe(error))")
        }
        for header in request.headers {
            guard let name = HTTPField.Name(header.name) else {
                throw SDKError.invalidRequest("\"\(header.name)\" is not a valid header name")
            }
            let value = try Self.checkedValue(header.value, of: header.name)
            // A request's own `Accept`, `User-Agent` or `Content-Type` replaces the client's.
            if [.accept, .userAgent, .contentType].contains(name) {
                fields[name] = value
            } else {
                fields.append(HTTPField(name: name, value: value))
            }
        }
        let query = request.query.map { item in
            let name = URLPath.percentEncoded(item.name)
            return item.value.map { "\(name)=\(URLPath.percentEncoded($0))" } ?? name
        }
        let path = request.path.hasPrefix("/") ? request.path : "/\(request.path)"
        try Self.checkSegments(of: path, operationID: request.operationID)
        head = HTTPRequest(
            method: request.method, scheme: nil, authority: nil,
            path: query.isEmpty ? path : "\(path)?\(query.joined(separator: "&"))", headerFields: fields)
        operationID = request.operationID
        followsRedirectsAcrossOrigins = request.responseFormat == .binary
        needsCredentials = !request.security.isEmpty && !request.security.contains(where: \.isEmpty)
        self.path = path
    }

    /// Throws unless every segment of `path` leads where the path says: no empty or dot
    /// path parameter, and no dot segment, plain or percent-encoded, that a server would
    /// remove together with the segment before it.
    static func checkSegments(of path: String, operationID: String) throws {
        if path.contains(URLPath.invalidSegment) {
            throw SDKError.invalidRequest(
                "a path parameter of \(operationID) is empty, \".\" or \"..\", which would change the endpoint")
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { [".", ".."].contains($0.removingPercentEncoding ?? String($0)) }) {
            throw SDKError.invalidRequest(
                "the path of \(operationID) has a \".\" or \"..\" segment, which would change the endpoint")
        }
    }

    /// Where and why a body could not be encoded: the coding path and the encoder's reason,
    /// never the value, as a body may hold passwords.
    static func describe(_ error: any Error) -> String {
        guard case EncodingError.invalidValue(_, let context) = error else { return "(\(type(of: error)))" }
        return "at \(DecodingFailure.jsonPath(context.codingPath)): \(context.debugDescription)"
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

extension HTTPField.Name {
    /// `Idempotency-Key`, which lets a server recognise a repeated request.
    static let idempotencyKey = HTTPField.Name("Idempotency-Key")!
}
