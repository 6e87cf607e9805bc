import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// A few lines of spec in, the exact Swift declaration out.
final class SnippetTests: XCTestCase {
    private func assertModel(
        _ name: String, schemas: String, produces expected: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(schemas: schemas)).plan
        let actual = try PlanTestSupport.swift(ofModel: name, in: plan)
        if actual != expected { XCTFail(FileDiff.describe(expected: expected, actual: actual, name: name), file: file, line: line) }
    }

    func testStructWithDeprecatedPropertyAndInt64InAString() throws {
        try assertModel(
            "Pet",
            schemas: """
                Pet:
                  description: A pet in the store.
                  type: object
                  required: [id]
                  properties:
                    id: {type: string, format: int64}
                    nickname: {type: string, deprecated: true, description: Old name.}
                """,
            produces: """
                /// A pet in the store.
                public nonisolated struct Pet: Codable, Hashable, Sendable {
                    public var id: Int64
                    /// Old name.
                    @available(*, deprecated)
                    public var nickname: String? { get { _nickname } set { _nickname = newValue } }
                    private var _nickname: String?

                    /// Creates a value from its properties.
                    public init(id: Int64, nickname: String? = nil) {
                        self.id = id
                        self._nickname = nickname
                    }

                    public init(from decoder: any Decoder) throws {
                        let container = try decoder.container(keyedBy: JSONKey.self)
                        self.id = try container.requiredInt64("id")
                        self._nickname = try container.optional("nickname")
                    }

                    public func encode(to encoder: any Encoder) throws {
                        var container = encoder.container(keyedBy: JSONKey.self)
                        try container.putInt64(self.id, "id")
                        try container.put(self._nickname, "nickname")
                    }
                }

                """)
    }

    func testOpenEnumWithSharedPrefixStripped() throws {
        try assertModel(
            "State",
            schemas: "State: {type: string, enum: [WEBHOOK_STATE_PENDING, WEBHOOK_STATE_DONE]}",
            produces: """
                public nonisolated enum State: OpenEnum {
                    case pending
                    case done
                    /// A value this version of the SDK does not know.
                    case undocumented(String)

                    /// Creates the case for `rawValue`, or ``undocumented(_:)`` keeping it.
                    public init(rawValue: String) {
                        switch rawValue {
                        case "WEBHOOK_STATE_PENDING": self = .pending
                        case "WEBHOOK_STATE_DONE": self = .done
                        default: self = .undocumented(rawValue)
                        }
                    }

                    /// The value as sent over the wire.
                    public var rawValue: String {
                        switch self {
                        case .pending: "WEBHOOK_STATE_PENDING"
                        case .done: "WEBHOOK_STATE_DONE"
                        case .undocumented(let value): value
                        }
                    }

                    /// Whether this is one of the values above, not one kept as ``undocumented(_:)``.
                    public var isKnown: Bool {
                        if case .undocumented = self { false } else { true }
                    }
                }

                """)
    }

    func testUnionChosenByDiscriminatorMapping() throws {
        try assertModel(
            "Shape",
            schemas: """
                Shape:
                  oneOf:
                    - $ref: '#/components/schemas/Circle'
                    - $ref: '#/components/schemas/Square'
                  discriminator:
                    propertyName: kind
                    mapping: {round: '#/components/schemas/Circle', box: '#/components/schemas/Square'}
                Circle: {type: object, properties: {kind: {type: string}, radius: {type: number}}}
                Square: {type: object, properties: {kind: {type: string}, side: {type: number}}}
                """,
            produces: """
                public nonisolated enum Shape: Codable, Hashable, Sendable {
                    case circle(Circle)
                    case square(Square)
                    /// A value matching none of the alternatives above, kept as it was decoded.
                    case undocumented(JSONValue)

                    public init(from decoder: any Decoder) throws {
                        let container = try decoder.singleValueContainer()
                        let kind: String? = try? decoder.container(keyedBy: JSONKey.self).optional("kind")
                        switch kind {
                        case "round": self = .circle(try container.decode(Circle.self))
                        case "box": self = .square(try container.decode(Square.self))
                        default:
                            let value = try container.decode(JSONValue.self)
                            DecodingFallbacks.report(value, of: Self.self, in: decoder)
                            self = .undocumented(value)
                        }
                    }

                    public func encode(to encoder: any Encoder) throws {
                        var container = encoder.singleValueContainer()
                        switch self {
                        case .circle(let value): try container.encode(value)
                        case .square(let value): try container.encode(value)
                        case .undocumented(let value): try container.encode(value)
                        }
                    }
                }

                """)
    }

    func testOperationWithPathQueryHeaderAndBody() throws {
        let yaml = PlanTestSupport.document(
            schemas: "Pet: {type: object, description: A pet in the store., properties: {name: {type: string}}}",
            paths: """
                /pets/{petId}/photos:
                  post:
                    operationId: pets.uploadPhoto
                    tags: [Pets]
                    summary: Upload a photo
                    parameters:
                      - {name: limit, in: query, schema: {type: integer}}
                      - {name: X-Trace, in: header, required: true, schema: {type: string}, description: Trace id.}
                      - {name: petId, in: path, required: true, schema: {type: string}}
                    requestBody:
                      required: true
                      content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}
                    responses:
                      '200': {description: OK, content: {application/json: {schema: {$ref: '#/components/schemas/Pet'}}}}
                """)
        let plan = try PlanTestSupport.plan(yaml).plan
        let expected = """
            /// The Pets operations of the Snippet API.
            ///
            /// Static methods build requests without sending them; instance methods send them with `client`.
            public nonisolated struct Pets: Sendable {
                /// The client requests are sent with.
                public let client: APIClient

                /// Creates the group over `client`.
                public init(client: APIClient) {
                    self.client = client
                }

                /// Upload a photo
                ///
                /// `POST /pets/{petId}/photos`
                ///
                /// - Parameters:
                ///   - petID: The `petId` path parameter.
                ///   - xTrace: Trace id.
                ///   - body: A pet in the store.
                ///   - limit: The `limit` query parameter.
                /// - Returns: The request, not yet sent.
                public static func uploadPhoto(petID: String, xTrace: String, body: Pet, limit: Int? = nil) -> Request<Pet> {
                    var queryItems: [URLQueryItem] = []
                    queryItems.append(name: "limit", limit)
                    var headerFields: [HeaderField] = []
                    headerFields.append(name: "X-Trace", xTrace)
                    return Request(
                        method: .post,
                        path: "/pets/\\(URLPath.segment(petID))/photos",
                        query: queryItems,
                        headers: headerFields,
                        body: body,
                        operationID: "pets.uploadPhoto"
                    )
                }

                /// Upload a photo
                ///
                /// `POST /pets/{petId}/photos`
                ///
                /// ```swift
                /// let response = try await client.pets.uploadPhoto(petID: "petID", xTrace: "xTrace")
                /// ```
                ///
                /// - Parameters:
                ///   - petID: The `petId` path parameter.
                ///   - xTrace: Trace id.
                ///   - body: A pet in the store.
                ///   - limit: The `limit` query parameter.
                ///   - options: Retry and timeout settings for this call; the client's by default.
                /// - Returns: The decoded response.
                /// - Throws: `SDKError` when the request fails.
                public func uploadPhoto(petID: String, xTrace: String, body: Pet, limit: Int? = nil, options: RequestOptions = RequestOptions()) async throws -> Pet {
                    try await client.send(Self.uploadPhoto(petID: petID, xTrace: xTrace, body: body, limit: limit), options: options)
                }

                /// Upload a photo
                ///
                /// `POST /pets/{petId}/photos`
                ///
                /// Builds the ``Pet`` body from its properties.
                ///
                /// - Parameters:
                ///   - petID: The `petId` path parameter.
                ///   - xTrace: Trace id.
                ///   - name: The `name` property of the request body.
                ///   - limit: The `limit` query parameter.
                ///   - options: Retry and timeout settings for this call; the client's by default.
                /// - Returns: The decoded response.
                /// - Throws: `SDKError` when the request fails.
                public func uploadPhoto(petID: String, xTrace: String, name: String? = nil, limit: Int? = nil, options: RequestOptions = RequestOptions()) async throws -> Pet {
                    try await self.uploadPhoto(petID: petID, xTrace: xTrace, body: Pet(name: name), limit: limit, options: options)
                }
            }

            """
        let actual = try PlanTestSupport.swift(ofGroup: "Pets", in: plan)
        if actual != expected { XCTFail(FileDiff.describe(expected: expected, actual: actual, name: "Pets")) }
    }
}
