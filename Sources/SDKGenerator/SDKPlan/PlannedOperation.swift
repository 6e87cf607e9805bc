/// The operations under one property of the client, such as `client.webhooks`.
package struct PlannedGroup: Sendable {
    /// The type holding the group's operations.
    package var typeName: String
    /// The client's property returning the group.
    package var propertyName: String
    /// The file the group's type is written in.
    package var file: String
    /// The group type's documentation.
    package var documentation: String
    /// The documentation of the client's property.
    package var propertyDocumentation: String
    package var operations: [PlannedOperation]
}

/// One operation: a static method building its request and an instance method sending it.
package struct PlannedOperation: Sendable {
    package var swiftName: String
    /// The file the methods are written in: the group's, or one holding an extension of
    /// the group's type when the group is large.
    package var file: String
    package var operationID: String
    package var method: HTTPMethod
    /// The path with its `{name}` placeholders turned into the Swift parameters they take.
    package var pathSegments: [PathSegment]
    /// The URL of the server the operation is served from when it is not the API's (the
    /// operation's or its path's own `servers`), with variables at their defaults.
    package var serverURL: String? = nil
    /// The arguments of both methods, in signature order (the sending method adds `options`).
    package var arguments: [PlannedArgument]
    /// Query, header and cookie parameters, in the order their values are added.
    package var parameters: [PlannedParameter]
    package var body: PlannedBody?
    package var response: TypeReference
    /// The enum `response` names, declared beside the operation, when the documented
    /// successes differ in schema; the status selects its case.
    package var responseCases: PlannedResponseCases? = nil
    /// How the response is read; mirrors `SDKRuntime.ResponseFormat`.
    package var responseFormat: ResponseFormat
    /// The types of the error bodies the spec documents, the most specific first.
    package var errors: [PlannedErrorResponse] = []
    /// Alternatives of security schemes, any one of which the operation accepts.
    package var security: [[PlannedSecurityScheme]]
    /// The documentation of the method building the request.
    package var builderDocumentation: String
    /// The documentation of the method sending it.
    package var senderDocumentation: String
    package var deprecated: Bool
    /// Whether the sending method's result may be ignored: the response has no content.
    package var discardableResult: Bool
    /// The sequences of pages and items, for an operation answering one page at a time.
    package var pagination: PlannedPagination?
    /// The method returning the response's events as they arrive, for an operation whose
    /// success response is a stream of events.
    package var streaming: PlannedStreaming?
    /// The overload of the sending method taking the body's properties, for a body of a
    /// few properties.
    package var flattenedBody: PlannedFlattenedBody? = nil
    /// The lines of the usage example in the sending method's documentation, without the
    /// code fence; `nil` when the operation has none.
    package var snippet: [String]? = nil
    /// The same operation with its body sent as another media type the spec offers, one
    /// per kind: `upload(multipart:)` beside `upload(body:)`. Each has the two methods and
    /// nothing else.
    package var bodyVariants: [PlannedOperation] = []

    /// The HTTP methods, spelled as `HTTPRequest.Method`'s static members.
    package enum HTTPMethod: String, Sendable, CaseIterable {
        case get, put, post, delete, options, head, patch, trace
    }

    package enum ResponseFormat: String, Sendable {
        case json, binary, text
    }

    package enum PathSegment: Sendable, Hashable {
        case literal(String)
        /// A path parameter's value: a plain value as its own segment, or laid out as
        /// `layout` says.
        case parameter(swiftName: String, layout: PathLayout? = nil)
    }

    /// How a path parameter that is not a plain `simple` value is written; mirrors the
    /// arguments of `SDKRuntime.URLPath.segment(_:name:style:explode:)`.
    package struct PathLayout: Sendable, Hashable {
        package enum Style: String, Sendable, Hashable {
            case simple, label, matrix
        }

        /// The parameter's name, which `matrix` writes.
        package var name: String
        package var style: Style
        package var explode: Bool
    }
}

/// The overload of an operation's sending method that takes the properties of its body
/// and builds the body from them: `create(displayName:url:description:)` beside
/// `create(body:)`.
package struct PlannedFlattenedBody: Sendable {
    /// An argument of the overload: one of the operation's own, or a property of the body.
    package enum Argument: Sendable {
        case operation(PlannedArgument)
        case property(PlannedProperty)
    }

    /// The body's type, made with its memberwise initializer.
    package var type: TypeReference
    /// The body's properties, in the initializer's order.
    package var properties: [PlannedProperty]
    /// The overload's arguments in signature order (without `options`): the operation's,
    /// with the body's properties where the body was, the required ones first.
    package var arguments: [Argument]
    package var documentation: String
}

/// An argument of an operation's methods: `label: Type`, or `label: Type? = nil` when
/// optional.
package struct PlannedArgument: Sendable, Hashable {
    package var label: String
    package var type: TypeReference
    package var isOptional: Bool
    /// The value usage examples pass, when the spec says what it must be (see
    /// `SnippetSamples`).
    package var sample: PlannedLiteral? = nil
}

/// A query, header or cookie parameter: where its value goes and how it is laid out.
package struct PlannedParameter: Sendable {
    package enum Location: String, Sendable {
        case query, header, cookie
    }

    /// How a parameter's value is laid out.
    package enum Shape: Sendable, Hashable {
        /// One value, as its text.
        case value
        /// An array in a header, its values joined by commas (`simple` style).
        case headerArray
        /// An array, object or union in a query, laid out by its style; arrays in objects
        /// named by the SDK's `arrays` choice.
        case styled(QueryStyle, arrays: GeneratorOptions.ArrayIndexing)
        /// Any value serialized as JSON text (a parameter written with `content`).
        case json
        /// A path parameter in a style (`label`, `matrix`), or an array or object in one;
        /// part of the path, not of `parameters`.
        case path(PlannedOperation.PathLayout.Style, explode: Bool)
    }

    /// OpenAPI's query styles with `explode` where it matters; mirrors `SDKRuntime.QueryStyle`.
    package enum QueryStyle: Sendable, Hashable {
        case form(explode: Bool)
        case spaceDelimited, pipeDelimited, deepObject
    }

    /// The argument holding the value.
    package var swiftName: String
    /// The name on the wire.
    package var name: String
    package var location: Location
    package var shape: Shape
    /// Whether the request builder sends a new UUID when the argument is `nil`: an
    /// `Idempotency-Key` header, the same on every retry of the call.
    package var generatesValue = false
}

package struct PlannedBody: Sendable {
    /// How the body goes on the wire; mirrors `SDKRuntime.BodyFormat`.
    package enum Format: Sendable, Hashable {
        case json
        /// `multipart/form-data`, with the media type of the parts its `encoding` names, by
        /// property name (a JSON type makes the member one JSON part).
        case multipart(partContentTypes: [String: String])
        /// A form, with arrays of objects and nested arrays named as chosen.
        case form(arrays: GeneratorOptions.ArrayIndexing)
        case raw(contentType: String)
    }

    package var format: Format
    /// For a JSON object without properties, its type: the body is not an argument, and
    /// the builder sends `Type()`, `{}`.
    package var emptyObject: TypeReference?
    /// The argument holding the body: `body`, or for a variant sent as another media type,
    /// that type's label (`multipart`).
    package var argumentLabel: String = GeneratedLocals.body
}

/// The type an operation's error body decodes to for some statuses; mirrors
/// `SDKRuntime.ErrorResponse`.
package struct PlannedErrorResponse: Sendable, Hashable {
    package enum Statuses: Sendable, Hashable {
        /// Listed statuses, such as 404.
        case codes([Int])
        /// `4XX`.
        case clientError
        /// `5XX`.
        case serverError
        /// `default`: any other status that is not a success.
        case other
    }

    package var statuses: Statuses
    package var type: TypeReference
}

/// An enum of an operation's documented successes, one case per status.
package struct PlannedResponseCases: Sendable {
    package struct Case: Sendable {
        package var name: String
        /// The status selecting the case; `nil` for `2XX`.
        package var status: Int?
        /// The body's type; `nil` for a response without content.
        package var type: TypeReference?
        package var documentation: String
    }

    package var name: String
    package var documentation: String
    /// The cases in the order the spec writes them.
    package var cases: [Case]
    /// The case statuses not listed decode as: the `2XX` case, else the first.
    package var fallback: Int
}

/// The method of an operation answering with a stream of events: it returns an
/// `SDKRuntime.EventStream` of the decoded events.
package struct PlannedStreaming: Sendable {
    /// How the stream is framed; mirrors `SDKRuntime.StreamFormat`.
    package enum Format: String, Sendable {
        case serverSentEvents, jsonLines, jsonSequence
    }

    /// The method's name: the operation's with `Stream` added, or the operation's own when
    /// the response offers nothing but the stream (the method then replaces the sending one).
    package var name: String
    package var format: Format
    /// The type each event decodes to; `nil` for server-sent events without a schema,
    /// yielded as `SDKRuntime.ServerSentEvent`.
    package var event: TypeReference?
    /// Whether the method replaces the one sending the request and decoding it whole.
    package var replacesSender: Bool
    /// The JSON body's Boolean `stream` property the method sets to `true`, as APIs that
    /// answer both ways (OpenAI's) are asked for the stream.
    package var streamFlag: PlannedPagination.PropertyStep?
    package var documentation: String
}
