/// A success response whose body does not match the operation's response type.
public struct DecodingFailure: Sendable, CustomStringConvertible {
    /// The type that was being decoded.
    public var typeName: String
    /// Where in the JSON the problem is, e.g. `$.webhook.createdAt` or `$.list[2].id`.
    public var path: String
    /// What was wrong there.
    public var message: String
    /// The operation that was called.
    public var operationID: String

    /// Creates a failure from a `DecodingError` thrown while decoding `type`.
    public init(_ error: DecodingError, decoding type: Any.Type, operationID: String) {
        self.typeName = String(describing: type)
        self.operationID = operationID
        switch error {
        case .keyNotFound(let key, let context):
            path = Self.jsonPath(context.codingPath + [key])
            message = "required member is missing"
        case .valueNotFound(let expected, let context):
            path = Self.jsonPath(context.codingPath)
            message = "expected \(expected), found null"
        case .typeMismatch(let expected, let context):
            path = Self.jsonPath(context.codingPath)
            message = "expected \(expected): \(context.debugDescription)"
        case .dataCorrupted(let context):
            path = Self.jsonPath(context.codingPath)
            message = context.debugDescription
        @unknown default:
            path = "$"
            message = "the value does not match the type"
        }
    }

    /// `cannot decode WebhooksServiceTestResponse at $.webhook.createdAt: …`, on one line:
    /// the path and the kind of problem, never a value from the response (which may be
    /// personal data); member names in the path are escaped and cut.
    public var description: String {
        "cannot decode \(typeName) at \(SafeText.oneLine(path)): \(SafeText.oneLine(message))"
    }

    static func jsonPath(_ codingPath: [any CodingKey]) -> String {
        codingPath.reduce(into: "$") { path, key in
            if let index = key.intValue {
                path += "[\(index)]"
            } else {
                path += ".\(key.stringValue)"
            }
        }
    }
}
