/// The JSON body an API answers an error with, read from the shapes APIs commonly use, so
/// an error's one-line description says what the server said:
///
/// - `{"code": 5, "message": "webhook not found", "details": [...]}` (gRPC gateway),
/// - `{"error": {"message": "...", "type": "invalid_request_error", "code": "invalid_api_key"}}`,
/// - `{"error": "..."}`, `{"message": "..."}`, `{"detail": "..."}`, `{"title": "...", "detail": "..."}`
///   (problem details) and `{"errors": [{"message": "..."}]}`.
///
/// A code may be a number or a string.
public struct APIErrorBody: Codable, Hashable, Sendable {
    /// The code when it is a number, such as the gRPC status 5 for `NOT_FOUND`.
    public var code: Int?
    /// The code when it is a string, such as `invalid_api_key`.
    public var codeName: String?
    /// The kind of error, such as `invalid_request_error`.
    public var type: String?
    /// The message the server wrote for a person; several messages joined by `; `.
    public var message: String?
    /// Structured details, kept as they came.
    public var details: [JSONValue]

    /// Creates an error body.
    ///
    /// - Parameters:
    ///   - code: The code when it is a number.
    ///   - codeName: The code when it is a string.
    ///   - type: The kind of error.
    ///   - message: The message for a person.
    ///   - details: Structured details.
    public init(
        code: Int? = nil, codeName: String? = nil, type: String? = nil, message: String? = nil, details: [JSONValue] = []
    ) {
        self.code = code
        self.codeName = codeName
        self.type = type
        self.message = message
        self.details = details
    }

    /// Decodes the body from any of the shapes above, tolerating missing or `null` members.
    public init(from decoder: any Decoder) throws {
        self.init()
        let value = try JSONValue(from: decoder)
        guard case .object(var members) = value else { return }
        // `{"error": {...}}` and `{"error": "..."}`.
        switch members["error"] {
        case .object(let inner)?: members = inner
        case .string(let text)?: message = text
        default: break
        }
        switch members["code"] {
        case .number(let number)?: code = Int(exactly: number)
        case .string(let text)?: codeName = text
        default: break
        }
        if case .string(let text)? = members["type"] { type = text }
        if case .array(let items)? = members["details"] { details = items }
        message = message ?? Self.text(members["message"])
            ?? Self.text(members["detail"]).map { detail in
                Self.text(members["title"]).map { "\($0): \(detail)" } ?? detail
            }
            ?? Self.text(members["title"]) ?? Self.text(members["errors"]) ?? Self.text(members["error_description"])
    }

    /// Encodes the body in the gRPC gateway shape, with `type` beside it when set.
    public func encode(to encoder: any Encoder) throws {
        var members: [String: JSONValue] = [:]
        if let code { members["code"] = .number(Double(code)) } else if let codeName { members["code"] = .string(codeName) }
        if let type { members["type"] = .string(type) }
        if let message { members["message"] = .string(message) }
        if !details.isEmpty { members["details"] = .array(details) }
        try JSONValue.object(members).encode(to: encoder)
    }

    /// A message from a string, an object with a `message` or `msg`, or an array of those.
    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: return text.isEmpty ? nil : text
        case .object(let members)?: return text(members["message"]) ?? text(members["msg"])
        case .array(let items)?:
            let texts = items.compactMap { text($0) }
            return texts.isEmpty ? nil : texts.joined(separator: "; ")
        default: return nil
        }
    }

    /// `message (code 5)`, `message (code invalid_api_key)`, `message (invalid_request_error)`,
    /// or whichever part is present; the message on one line, cut at 300 characters.
    var summary: String? {
        let text = message.flatMap { $0.isEmpty ? nil : SafeText.oneLine($0) }
        let code = code.map(String.init) ?? codeName.map { SafeText.oneLine($0, limit: 100) }
        let qualifier = code.map { "code \($0)" } ?? type.map { SafeText.oneLine($0, limit: 100) }
        switch (text, qualifier) {
        case let (text?, qualifier?): return "\(text) (\(qualifier))"
        case let (text?, nil): return text
        case let (nil, qualifier?): return qualifier
        case (nil, nil): return nil
        }
    }
}
