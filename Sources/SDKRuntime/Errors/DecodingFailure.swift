/// A success response whose body does not match the operation's response type.
public struct DecodingFailure: Sendable, CustomStringConvertible {
    /// The type that was being decoded.
    public var typeName: String
    /// Where in the JSON the problem is, e.g. `$.webhook.createdAt` or `$.list[2].id`.
    public var path: String
    /// What was wrong there, such as `expected a string, found a number`; never a value
    /// from the response, which may be personal data.
    public var message: String
    /// The operation that was called.
    public var operationID: String
    /// The response's status code, when the body came from a response.
    public var status: Int?
    /// The ID the server gave the request (`X-Request-Id` and the like), when it sent one.
    public var requestID: String?

    /// Creates a failure from a `DecodingError` thrown while decoding `type`.
    public init(_ error: DecodingError, decoding type: Any.Type, operationID: String, status: Int? = nil, requestID: String? = nil) {
        self.typeName = String(describing: type)
        self.operationID = operationID
        self.status = status
        self.requestID = requestID
        switch error {
        case .keyNotFound(let key, let context):
            path = Self.jsonPath(context.codingPath + [key])
            message = "required member is missing"
        case .valueNotFound(let expected, let context):
            path = Self.jsonPath(context.codingPath)
            message = "expected \(Self.kind(of: expected)), found null"
        case .typeMismatch(let expected, let context):
            path = Self.jsonPath(context.codingPath)
            message = Self.found(in: context.debugDescription).map { "expected \(Self.kind(of: expected)), found \($0)" }
                ?? "expected \(Self.kind(of: expected))"
        case .dataCorrupted(let context):
            path = Self.jsonPath(context.codingPath)
            message = context.debugDescription
        @unknown default:
            path = "$"
            message = "the value does not match the type"
        }
    }

    /// `cannot decode WebhooksServiceTestResponse at $.webhook.createdAt: expected a string,
    /// found a number (operation c1.api.webhooks.v1.WebhooksService.Test, status 200,
    /// request ID req-1)`, on one line: the path and the kind of problem, never a value from
    /// the response; member names in the path are escaped and cut.
    public var description: String {
        var context = ["operation \(SafeText.oneLine(operationID, limit: 200))"]
        if let status { context.append("status \(status)") }
        if let requestID { context.append("request ID \(SafeText.oneLine(requestID, limit: 200))") }
        return "cannot decode \(typeName) at \(SafeText.oneLine(path)): \(SafeText.oneLine(message)) (\(context.joined(separator: ", ")))"
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

    /// The kind of JSON value `type` decodes from: `a string`, `a number`, `an object`.
    private static func kind(of type: Any.Type) -> String {
        let name = String(describing: type)
        return switch type {
        case is String.Type: "a string"
        case is Bool.Type: "a boolean"
        case is any BinaryInteger.Type, is any BinaryFloatingPoint.Type: "a number"
        case _ where name.hasPrefix("Array<") || name.contains("UnkeyedDecodingContainer"): "an array"
        case _ where name.hasPrefix("Dictionary<") || name.hasPrefix("KeyedDecodingContainer"): "an object"
        default: name
        }
    }

    /// What Foundation's message says it found instead (`Expected to decode String but
    /// found number instead.`): `a number`, `an array`, `an object`, `null`.
    private static func found(in description: String) -> String? {
        guard let start = description.range(of: "but found "),
            let end = description.range(of: " instead", range: start.upperBound..<description.endIndex)
        else { return nil }
        var word = description[start.upperBound..<end.lowerBound]
        for article in ["a ", "an "] where word.hasPrefix(article) { word = word.dropFirst(article.count) }
        switch word {
        case "null", "nil": return "null"
        case "dictionary", "object": return "an object"
        case "array": return "an array"
        case "string", "number", "boolean", "bool": return "a \(word == "bool" ? "boolean" : word)"
        default: return nil
        }
    }
}
