import OpenAPIReader
import SDKGenDiagnostics

// The Swift types of what each operation takes and answers: its arguments, bodies,
// responses, errors and events, with the inline types they declare.
//
// Runs before the models are planned: it names inline types and the types of inline
// schemas written in several places where an operation meets them first. The methods are
// planned from it once the models are (`OperationPlanning`).

extension Planner {
    /// What typing the operations gives.
    struct TypedOperations {
        var groups: [TypedGroup]
        /// The inline types operations declare, in their groups' model files.
        var inlineModels: [PlannedModel]
        /// The type names of the groups each component is reachable from.
        var reachedBy: [String: Set<String>]
    }

    /// A group of operations, its type named.
    struct TypedGroup {
        /// The group's name, as tags or paths give it.
        var name: String
        /// What the group's Swift names are made from: its name without a version prefix
        /// (see `OperationGrouping.withoutVersionPrefix`).
        var swiftName: String
        var typeName: String
        var operations: [TypedOperation]
    }

    /// An operation as the spec writes it, with its method's name and the types of what it
    /// takes and answers.
    struct TypedOperation {
        var source: APIOperation
        var swiftName: String
        var operationID: String
        /// Path parameters in path order, then other required ones, then optional ones.
        var parameters: [ParameterArgument]
        var body: Body?
        /// The body as each other media type the spec offers, with its argument's label.
        var otherBodies: [(label: String, body: Body)]
        var response: TypeReference
        var responseCases: PlannedResponseCases?
        var responseFormat: PlannedOperation.ResponseFormat
        var errors: [PlannedErrorResponse]
        var events: Events?
        var serverURL: String?
    }

    /// The stem of the type names of a method named by what it does to `resource`: the
    /// verb, the resource, and the rest of the method's name (`createSource` of
    /// `Customers` gives `CreateCustomerSource`); the resource singular except after
    /// `List` (`ListCustomers`).
    static func typeStem(verb method: String, resource: String) -> String {
        let verbEnd = method.dropFirst().firstIndex(where: \.isUppercase) ?? method.endIndex
        let verb = method[..<verbEnd]
        let noun = verb == "List" ? resource : Naming.singular(resource)
        return verb + noun + method[verbEnd...]
    }

    /// The stream of events an operation's success response offers.
    struct Events {
        var format: PlannedStreaming.Format
        var event: TypeReference?
        /// Whether the response offers nothing else, so the stream method replaces the
        /// one sending the request and decoding it whole.
        var replacesSender: Bool
    }

    /// The groups of `operations`, sorted by name, with their operations in document order.
    mutating func typeOperations(_ operations: [APIOperation]) -> TypedOperations {
        let grouping = OperationGrouping(operations: operations, grouping: context.options.grouping)
        let grouped = Dictionary(grouping: operations, by: grouping.group(of:))
        var result = TypedOperations(groups: [], inlineModels: [], reachedBy: [:])
        // Group type names are claimed after component names, so models keep their names.
        var groupTypeNames: [String: String] = [:]
        // A group keeps its version prefix only where dropping it would make it another's name.
        let stripped = grouped.keys.map { ($0, OperationGrouping.withoutVersionPrefix($0)) }
        let strippedCounts = Dictionary(stripped.map { ($0.1.lowercased(), 1) }, uniquingKeysWith: +)
        let swiftNames = Dictionary(uniqueKeysWithValues: stripped.map { name, short in
            (name, strippedCounts[short.lowercased()] == 1 && grouped[short] == nil ? short : name)
        })
        for name in grouped.keys.sorted() {
            var typeName = Naming.typeName(swiftNames[name]!)
            if state.topLevel.taken.contains(typeName) { typeName += "Operations" }
            groupTypeNames[name] = state.topLevel.claim(typeName)
        }
        for name in grouped.keys.sorted() {
            let typeName = groupTypeNames[name]!
            var group = TypedGroup(name: name, swiftName: swiftNames[name]!, typeName: typeName, operations: [])
            var operationScope = Naming.Scope(reserved: [GeneratedLocals.client, "init"])
            let file = FileLayout.modelFile(ofGroup: typeName)
            for operation in grouped[name]! {
                var inline: [PlannedDeclaration] = []
                group.operations.append(
                    typedOperation(
                        operation, name: grouping.methodName(of: operation), resource: grouping.byPath ? typeName : nil, scope: &operationScope,
                        inline: &inline))
                result.inlineModels += inline.map { PlannedModel(file: file, declaration: $0) }
            }
            for component in context.index.reachableComponents(from: grouped[name]!) {
                result.reachedBy[component, default: []].insert(typeName)
            }
            result.groups.append(group)
        }
        return result
    }

    /// One operation, typed; the inline types its parameters, body and responses need go
    /// to `inline`. `resource` is the group's type when methods are named by what they do
    /// to it (`create`), so that its types are named for it too (`CreateCustomerRequest`).
    private mutating func typedOperation(
        _ operation: APIOperation, name: String, resource: String?, scope: inout Naming.Scope, inline: inout [PlannedDeclaration]
    ) -> TypedOperation {
        // A name the configuration gives is used as written.
        let swiftName = scope.claim(operation.configuredName ?? Naming.memberName(name))
        var argumentScope = Naming.Scope(reserved: [GeneratedLocals.options, GeneratedLocals.queryItems, GeneratedLocals.headerFields, GeneratedLocals.client])
        let typeStem = resource.map { Self.typeStem(verb: Naming.typeName(swiftName), resource: $0) } ?? Naming.typeName(swiftName)

        var parameters: [ParameterArgument] = []
        for parameter in operation.parameters {
            var type = topLevelTypeReference(for: parameter.schema, suggestedName: typeStem + Naming.typeName(parameter.name), nested: &inline)
            var shape = parameterShape(parameter)
            if shape == nil {
                state.log.warning(
                    "structured-parameter", "objects and unions in header and cookie parameters (and arrays in cookies) are sent as text; '\(parameter.name)' is a string",
                    at: parameter.mark)
                type = .builtin(.string)
                shape = .value
            }
            parameters.append(
                ParameterArgument(
                    swiftName: argumentScope.claim(Naming.memberName(parameter.name)), parameter: parameter, type: type,
                    shape: shape ?? .value,
                    sample: parameter.required ? state.samples.sample(of: parameter.schema, examples: parameter.examples, index: context.index) : nil))
        }
        // An `Idempotency-Key` header (the spec's, or one the configuration adds) is an
        // optional argument: the request builder makes a key when the caller passes none.
        for index in parameters.indices where Self.isIdempotencyKey(parameters[index].parameter) {
            parameters[index].generatesValue = parameters[index].type == .builtin(.string)
        }
        let operationID = operation.operationID ?? "\(operation.method.rawValue) \(operation.path)"
        if context.options.idempotencyKeyOperations.contains(operationID),
            !parameters.contains(where: { Self.isIdempotencyKey($0.parameter) })
        {
            let parameter = Parameter.header(
                "Idempotency-Key", description: "The key that makes retrying the call safe.", at: operation.mark)
            parameters.append(
                ParameterArgument(
                    swiftName: argumentScope.claim(Naming.memberName(parameter.name)), parameter: parameter,
                    type: .builtin(.string), shape: .value, generatesValue: true))
        }
        parameters = parameters.filter { $0.parameter.location == .path }
            + parameters.filter { $0.parameter.location != .path && $0.isRequired }
            + parameters.filter { $0.parameter.location != .path && !$0.isRequired }

        let body = requestBody(of: operation, typeStem: typeStem, inline: &inline)
        if body?.isArgument == true { argumentScope.reserve([GeneratedLocals.body]) }
        let responseCases = responseCases(of: operation, typeStem: typeStem, inline: &inline)
        let (response, responseFormat) = responseCases.map { (TypeReference.named($0.name), .json) }
            ?? response(of: operation, typeStem: typeStem, inline: &inline)
        var typed = TypedOperation(
            source: operation, swiftName: swiftName, operationID: operationID, parameters: parameters, body: body,
            otherBodies: [], response: response, responseCases: responseCases, responseFormat: responseFormat,
            errors: errorResponses(of: operation, typeStem: typeStem, inline: &inline),
            events: events(of: operation, typeStem: typeStem, inline: &inline),
            serverURL: ownServerURL(of: operation))
        if body?.isArgument == true {
            for (media, label) in Self.otherBodyMedia(of: operation) where !argumentScope.taken.contains(label) {
                guard let other = requestBody(of: operation, media: media, typeStem: typeStem + Naming.typeName(label), inline: &inline),
                    other.isArgument
                else { continue }
                typed.otherBodies.append((label, other))
            }
        }
        recordExamples(of: operation, parameters: parameters.map { ($0.parameter, $0.type) }, planned: typed)
        return typed
    }

    /// The stream of events the operation's success response offers.
    private mutating func events(of operation: APIOperation, typeStem: String, inline: inout [PlannedDeclaration]) -> Events? {
        guard let success = operation.responses.first(where: { $0.status.hasPrefix("2") && !$0.content.isEmpty }),
            let (media, kind) = MediaKind.stream(in: success.content)
        else { return nil }
        let format: PlannedStreaming.Format = kind == .eventStream ? .serverSentEvents : kind == .jsonLines ? .jsonLines : .jsonSequence
        let event = media.schema.map { topLevelTypeReference(for: $0, suggestedName: typeStem + "Event", nested: &inline) }
        return Events(
            format: format, event: event ?? (format == .serverSentEvents ? nil : .builtin(.jsonValue)),
            replacesSender: MediaKind.preferred(in: success.content) == nil)
    }

    /// A parameter as an argument of the operation's methods.
    struct ParameterArgument {
        var swiftName: String
        var parameter: Parameter
        var type: TypeReference
        var shape: PlannedParameter.Shape
        /// Whether the request builder makes the value when the caller passes none: an
        /// idempotency key.
        var generatesValue = false

        /// Whether the caller must pass the argument.
        var isRequired: Bool { parameter.required && !generatesValue }

        /// The value usage examples pass.
        var sample: PlannedLiteral?

        var argument: PlannedArgument {
            PlannedArgument(label: swiftName, type: type, isOptional: !isRequired, sample: sample)
        }

        /// The argument's name and documentation, for the methods' doc comments: the spec's
        /// text, or where the value goes when the spec's only repeats the name.
        var documented: (name: String, text: String?) {
            let text = DocumentationCleanup.meaningful(parameter.description ?? parameter.schema.description, describing: parameter.name)
            let fallback = "The `\(parameter.name)` \(parameter.location.rawValue) parameter."
            guard generatesValue else { return (swiftName, text ?? fallback) }
            let key = "The same key is sent on every retry of the call; a new UUID when `nil`."
            return (swiftName, (text.map { $0.hasSuffix(".") ? $0 : $0 + "." } ?? fallback) + " " + key)
        }

        /// How the value is sent; `nil` for a path parameter, which is part of the path.
        var planned: PlannedParameter? {
            let location: PlannedParameter.Location
            switch parameter.location {
            case .path: return nil
            case .query: location = .query
            case .header: location = .header
            case .cookie: location = .cookie
            }
            return PlannedParameter(
                swiftName: swiftName, name: parameter.name, location: location, shape: shape, generatesValue: generatesValue)
        }
    }

    /// The request body as the operation takes it.
    struct Body {
        var type: TypeReference
        /// Whether the argument may be left out: the spec does not require the body and its
        /// schema requires no property.
        var isOptional: Bool
        var format: PlannedBody.Format
        var documentation: String?
        /// Whether the body is an argument: it is not when it is a JSON object without
        /// properties, which is always sent as `{}`.
        var isArgument = true
    }

    private mutating func requestBody(of operation: APIOperation, typeStem: String, inline: inout [PlannedDeclaration]) -> Body? {
        guard let requestBody = operation.requestBody, let media = MediaKind.preferred(in: requestBody.content) else { return nil }
        guard [.get, .head].contains(operation.method) else {
            return self.requestBody(of: operation, media: media, typeStem: typeStem, inline: &inline)
        }
        // Some specs give every GET an empty form body: one that declares nothing is left
        // out. One that does is kept, for the transports that send it.
        guard let schema = media.schema, declaresContent(context.index.resolved(schema)),
            var body = self.requestBody(of: operation, media: media, typeStem: typeStem, inline: &inline)
        else { return nil }
        let method = operation.method.rawValue.uppercased()
        state.log.warning(
            "body-on-get", "\(method) \(operation.path) takes a body, which URLSession on Apple platforms does not send with \(method)",
            at: schema.mark)
        // On the argument's own line, which is what the method's doc shows of it.
        body.documentation = (body.documentation.flatMap(DocumentationText.firstLine).map { $0 + " " } ?? "")
            + "URLSession on Apple platforms refuses a \(method) with a body: send it with a transport that does, "
            + "such as AsyncHTTPClient's."
        return body
    }

    /// Whether a body of `schema` (resolved) says what it holds: not an object (or `allOf`
    /// of objects) that declares no property and no type for other members.
    private func declaresContent(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .object(let properties, let additional):
            if case .schema = additional { true } else { !properties.isEmpty }
        case .allOf(let members): members.contains { declaresContent(context.index.resolved($0)) }
        default: true
        }
    }

    /// The other media types the body can be sent as, one per kind (JSON, form, multipart,
    /// bytes, text) besides the preferred one's, each with the label of its argument.
    private static func otherBodyMedia(of operation: APIOperation) -> [(media: MediaType, label: String)] {
        guard let content = operation.requestBody?.content, let preferred = MediaKind.preferred(in: content) else { return [] }
        var kinds: Set<MediaKind> = [MediaKind(preferred.contentType)]
        return content.compactMap { media in
            let kind = MediaKind(media.contentType)
            guard !kind.isStream, kinds.insert(kind).inserted else { return nil }
            switch kind {
            case .json: return (media, "json")
            case .form: return (media, "form")
            case .multipart: return (media, "multipart")
            case .text: return (media, "text")
            case .binary: return (media, "data")
            case .eventStream, .jsonLines, .jsonSequence: return nil
            }
        }
    }

    private mutating func requestBody(
        of operation: APIOperation, media: MediaType, typeStem: String, inline: inout [PlannedDeclaration]
    ) -> Body? {
        guard let requestBody = operation.requestBody else { return nil }
        let format: PlannedBody.Format
        let type: TypeReference
        let kind = MediaKind(media.contentType)
        switch kind {
        case .json, .form, .multipart:
            format =
                kind == .json ? .json
                : kind == .form ? .form(arrays: context.options.formArrays) : .multipart(partContentTypes: media.partContentTypes)
            // An inline body schema is only ever sent.
            state.sendsNulls = context.options.nulls == .explicit
            state.uploadsFiles = kind == .multipart
            state.unsharedBody = media.schema?.mark
            type = media.schema.map { topLevelTypeReference(for: $0, suggestedName: typeStem + "Request", nested: &inline) } ?? .builtin(.jsonValue)
            state.unsharedBody = nil
            (state.sendsNulls, state.uploadsFiles) = (false, false)
        case .text:
            (format, type) = (.raw(contentType: media.contentType), .builtin(.string))
        case .binary, .eventStream, .jsonLines, .jsonSequence:  // a stream is never preferred
            (format, type) = (.raw(contentType: media.contentType), .builtin(.data))
        }
        recordExamples(of: media, as: type, subject: "\(operation.method.rawValue.uppercased()) \(operation.path) request body (\(media.contentType))")
        let resolved = media.schema.map { context.index.resolved($0) }
        let requiresProperties = resolved.map(requiresProperties) ?? false
        let isEmptyObject = kind == .json && resolved.map(Self.isEmptyObject) == true
        // `{}` is sent where requests carry content, or where the spec requires a body.
        if isEmptyObject, !requestBody.required, ![.post, .put, .patch].contains(operation.method) { return nil }
        return Body(
            type: type, isOptional: !requestBody.required && !requiresProperties, format: format,
            documentation: DocumentationCleanup.meaningful(
                requestBody.description ?? media.schema.flatMap(describe), describing: Self.simpleName(type))
                ?? "The request body, sent as `\(media.contentType)`.",
            isArgument: !isEmptyObject)
    }

    /// Whether `schema` (resolved) is an object with a required property, directly or
    /// through its `allOf` members.
    private func requiresProperties(_ schema: Schema) -> Bool {
        switch schema.kind {
        case .object(let properties, _): properties.contains(where: \.required)
        case .allOf(let members): members.contains { requiresProperties(context.index.resolved($0)) }
        default: false
        }
    }

    /// Whether `schema` (resolved) is an object that declares no property and allows no
    /// other: `{}` is its only value.
    private static func isEmptyObject(_ schema: Schema) -> Bool {
        if case .object(let properties, let additional) = schema.kind { return properties.isEmpty && additional.isClosed }
        return false
    }

    /// Whether `response`'s JSON content, if any, is an object with no properties.
    func isEmptyObject(of response: OpenAPIReader.Response?) -> Bool {
        guard let schema = response.flatMap({ MediaKind.preferred(in: $0.content) })?.schema else { return false }
        return Self.isEmptyObject(context.index.resolved(schema))
    }

    /// The type a successful response decodes to, and how it is read.
    private mutating func response(
        of operation: APIOperation, typeStem: String, inline: inout [PlannedDeclaration]
    ) -> (TypeReference, PlannedOperation.ResponseFormat) {
        let success = operation.responses.first { $0.status.hasPrefix("2") && !$0.content.isEmpty }
            ?? operation.responses.first { $0.status.hasPrefix("2") }
            ?? operation.responses.first { $0.status == "default" }
        let typedSuccesses = operation.responses.filter { $0.status.hasPrefix("2") && !$0.content.isEmpty }
        let schemas = Set(typedSuccesses.map { MediaKind.preferred(in: $0.content)?.schema.map(Self.schemaKey) ?? "" })
        if typedSuccesses.count > 1, schemas.count > 1 {
            state.log.warning(
                "several-successes", "only the first success response with content is typed; others decode as that type",
                at: operation.mark)
        }
        guard let success, let media = MediaKind.preferred(in: success.content) else {
            // A response that is only a stream of events is still bytes to a plain request.
            if let success, MediaKind.stream(in: success.content) != nil { return (.builtin(.data), .binary) }
            return (.builtin(.empty), .json)
        }
        switch MediaKind(media.contentType) {
        case .json, .form, .multipart:
            guard let schema = media.schema else { return (.builtin(.empty), .json) }
            let type = topLevelTypeReference(for: schema, suggestedName: typeStem + "Response", nested: &inline)
            if MediaKind(media.contentType) == .json {
                recordExamples(of: media, as: type, subject: "\(operation.method.rawValue.uppercased()) \(operation.path) \(success.status) response")
            }
            return (type, .json)
        case .text:
            return (.builtin(.string), .text)
        case .binary, .eventStream, .jsonLines, .jsonSequence:  // a stream is never preferred
            return (.builtin(.data), .binary)
        }
    }

    /// The enum of the operation's documented successes, when they differ in schema (a
    /// response without content counting as one schema) and all are JSON or empty; `nil`
    /// to type the response as the first success's schema.
    private mutating func responseCases(
        of operation: APIOperation, typeStem: String, inline: inout [PlannedDeclaration]
    ) -> PlannedResponseCases? {
        let successes = operation.responses.filter { response in
            let status = response.status.uppercased()
            return status == "2XX" || Int(status).map { (200..<300).contains($0) } == true
        }
        guard successes.count > 1 else { return nil }
        var schemas: [Schema?] = []
        for response in successes {
            guard let media = MediaKind.preferred(in: response.content) else {
                schemas.append(nil)
                continue
            }
            guard MediaKind(media.contentType) == .json, let schema = media.schema else { return nil }
            schemas.append(schema)
        }
        guard Set(schemas.map { $0.map(Self.schemaKey) ?? "" }).count > 1 else { return nil }
        let name = state.topLevel.claim(Naming.typeName(operation.operationID ?? typeStem) + "Response")
        var cases: [PlannedResponseCases.Case] = []
        var caseScope = Naming.Scope(reserved: ["init"])
        for (response, schema) in zip(successes, schemas) {
            let status = Int(response.status)
            let caseName = caseScope.claim(status.map(Self.caseName) ?? "success")
            var type: TypeReference?
            if let schema {
                type = topLevelTypeReference(for: schema, suggestedName: typeStem + Naming.typeName(caseName) + "Body", nested: &inline)
                if let media = MediaKind.preferred(in: response.content) {
                    recordExamples(
                        of: media, as: type!,
                        subject: "\(operation.method.rawValue.uppercased()) \(operation.path) \(response.status) response")
                }
            }
            let text = DocumentationCleanup.meaningful(response.description, describing: response.status)
            cases.append(
                PlannedResponseCases.Case(
                    name: caseName, status: status, type: type,
                    documentation: "`\(response.status.uppercased())`: " + (text ?? (type == nil ? "No content." : "The response body."))))
        }
        let fallback = cases.firstIndex { $0.status == nil } ?? 0
        let operationName = operation.operationID ?? "\(operation.method.rawValue.uppercased()) \(operation.path)"
        return PlannedResponseCases(
            name: name,
            documentation: """
                What `\(operationName)` answers: a case for each documented success, chosen by the response's status.

                A success status the spec does not list decodes as `\(cases[fallback].name)`.
                """,
            cases: cases, fallback: fallback)
    }

    /// A key telling schemas apart: a component's name, or the inline schema's position.
    private static func schemaKey(_ schema: Schema) -> String {
        if case .reference(let name) = schema.kind { return "ref " + name }
        return "inline \(schema.mark)"
    }

    /// The name of the case for a success status: its reason phrase as a member name.
    private static func caseName(_ status: Int) -> String {
        switch status {
        case 200: "ok"
        case 201: "created"
        case 202: "accepted"
        case 203: "nonAuthoritativeInformation"
        case 204: "noContent"
        case 205: "resetContent"
        case 206: "partialContent"
        case 207: "multiStatus"
        case 208: "alreadyReported"
        case 226: "imUsed"
        default: "status\(status)"
        }
    }

    /// Whether `parameter` is an `Idempotency-Key` header, in any case.
    private static func isIdempotencyKey(_ parameter: Parameter) -> Bool {
        parameter.location == .header && parameter.name.lowercased() == "idempotency-key"
    }

    /// The types of the operation's documented error bodies with JSON schemas: listed
    /// statuses grouped by type in the order written, then `4XX`, `5XX` and `default`. When
    /// one type covers every documented error and `default` is among them, the `default`
    /// entry alone says it.
    private mutating func errorResponses(
        of operation: APIOperation, typeStem: String, inline: inout [PlannedDeclaration]
    ) -> [PlannedErrorResponse] {
        var codes: [(type: TypeReference, codes: [Int])] = []
        var ranges: [PlannedErrorResponse] = []
        var other: PlannedErrorResponse?
        for response in operation.responses where !response.status.hasPrefix("2") {
            guard let media = MediaKind.preferred(in: response.content), MediaKind(media.contentType) == .json,
                let schema = media.schema
            else { continue }
            let status = response.status.uppercased()
            let suffix = status == "DEFAULT" ? "" : status.hasSuffix("XX") ? status.prefix(1) + "xx" : status
            let type = topLevelTypeReference(for: schema, suggestedName: typeStem + "Error" + suffix, nested: &inline)
            if let code = Int(status), (100..<600).contains(code) {
                if let index = codes.firstIndex(where: { $0.type == type }) {
                    codes[index].codes.append(code)
                } else {
                    codes.append((type, [code]))
                }
            } else if status == "4XX" {
                ranges.append(PlannedErrorResponse(statuses: .clientError, type: type))
            } else if status == "5XX" {
                ranges.append(PlannedErrorResponse(statuses: .serverError, type: type))
            } else if status == "DEFAULT" {
                other = PlannedErrorResponse(statuses: .other, type: type)
            }
        }
        let all = codes.map { PlannedErrorResponse(statuses: .codes($0.codes), type: $0.type) } + ranges + (other.map { [$0] } ?? [])
        if let other, all.allSatisfy({ $0.type == other.type }) { return [other] }
        return all
    }

    /// The last part of a named type's name, for telling whether a description only
    /// repeats it.
    private static func simpleName(_ type: TypeReference) -> String {
        if case .named(let name) = type { return name.split(separator: ".").last.map(String.init) ?? "" }
        return ""
    }

    /// A schema's description, or the description of the component it refers to.
    private func describe(_ schema: Schema) -> String? {
        if let description = schema.description { return description }
        if case .reference(let name) = schema.kind { return context.index.schemas[name]?.description }
        return nil
    }
}
