/// The JSON body an API answers an error with, in the gRPC-gateway shape
/// `{"code": 5, "message": "webhook not found", "details": [...]}`.
public struct APIErrorBody: Codable, Hashable, Sendable {
    /// The gRPC status code, e.g. 5 for `NOT_FOUND`.
    public var code: Int?
    /// The message the server wrote for a person.
    public var message: String?
    /// Structured details, kept as they came.
    public var details: [JSONValue]

    /// Creates an error body.
    public init(code: Int? = nil, message: String? = nil, details: [JSONValue] = []) {
        self.code = code
        self.message = message
        self.details = details
    }

    private enum CodingKeys: String, CodingKey {
        case code, message, details
    }

    /// Decodes the body, tolerating a missing or `null` member.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeIfPresent(Int.self, forKey: .code)
        message = try container.decodeIfPresent(String.self, forKey: .message)
        details = try container.decodeIfPresent([JSONValue].self, forKey: .details) ?? []
    }

    /// `message (code 5)`, or whichever part is present; the message on one line, cut at
    /// 300 characters.
    var summary: String? {
        let text = message.flatMap { $0.isEmpty ? nil : SafeText.oneLine($0) }
        switch (text, code) {
        case let (text?, code?): return "\(text) (code \(code))"
        case let (text?, nil): return text
        case let (nil, code?): return "code \(code)"
        case (nil, nil): return nil
        }
    }
}
