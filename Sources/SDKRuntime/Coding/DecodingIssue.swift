/// Something a response decoded leniently although it disagrees with the spec: where in
/// the JSON, and what was wrong there. Never the value, which may be personal data.
///
/// ``APIResponse/decodingIssues`` lists a call's issues; for a decoder of your own, put a
/// ``DecodingIssues`` in its `userInfo`.
public struct DecodingIssue: Sendable, Hashable, CustomStringConvertible {
    /// What was wrong.
    public enum Kind: Sendable, Hashable {
        /// A required member was missing; its type's empty value was used.
        case missingMember
        /// A required member was `null`; its type's empty value was used.
        case nullMember
        /// A value none of the type's known values or alternatives: kept as it came, in
        /// an `undocumented` case.
        case unknownValue
    }

    /// Where, as a JSON path: `$.output[0].content[0].logprobs`.
    public var path: String
    /// What was wrong.
    public var kind: Kind
    /// The Swift type decoded there, such as `[LogProb]` or `Role`.
    public var typeName: String

    /// Creates an issue.
    public init(path: String, kind: Kind, typeName: String) {
        self.path = path
        self.kind = kind
        self.typeName = typeName
    }

    /// `$.output[0].content[0].logprobs: required member is missing; decoded as an empty
    /// Array<LogProb>`, on one line.
    public var description: String {
        let what =
            switch kind {
            case .missingMember: "required member is missing; decoded as an empty \(typeName)"
            case .nullMember: "required member is null; decoded as an empty \(typeName)"
            case .unknownValue: "a value \(typeName) does not know; kept as undocumented"
            }
        return "\(SafeText.oneLine(path)): \(what)"
    }
}

/// Collects the ``DecodingIssue``s of a decode: the client does for every response, and
/// a test or an app can for a decoder of its own.
///
/// ```swift
/// let issues = DecodingIssues()
/// let decoder = JSONCoding.makeDecoder()
/// decoder.userInfo[.decodingFallbackReporter] = issues
/// let response = try decoder.decode(Response.self, from: data)
/// print(issues.all)  // ["$.output[0].content[0].logprobs: required member is missing; …"]
/// ```
public final class DecodingIssues: DecodingFallbackReporter, CustomStringConvertible {
    private let issues = Locked<[DecodingIssue]>([])

    /// Creates an empty collection.
    public init() {}

    /// The issues, in the order they were found.
    public var all: [DecodingIssue] { issues.withLock { $0 } }

    public func keptUnknown(_ value: JSONValue, of type: Any.Type, at codingPath: [any CodingKey]) {
        add(DecodingIssue(path: DecodingFailure.jsonPath(codingPath), kind: .unknownValue, typeName: String(describing: type)))
    }

    public func filledIn(_ type: Any.Type, at codingPath: [any CodingKey], wasNull: Bool) {
        let kind: DecodingIssue.Kind = wasNull ? .nullMember : .missingMember
        add(DecodingIssue(path: DecodingFailure.jsonPath(codingPath), kind: kind, typeName: String(describing: type)))
    }

    /// The issues, one a line.
    public var description: String { all.map(\.description).joined(separator: "\n") }

    private func add(_ issue: DecodingIssue) {
        issues.withLock { $0.append(issue) }
    }
}
