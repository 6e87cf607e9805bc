import OpenAPIReader
import SDKGenDiagnostics

// The spec's example values with the generated types that read them, for the examples
// check (collected only when `GeneratorOptions.collectsExamples` asks).

extension Planner {
    /// Records the examples written on `schema`, read as `type` (coded as `coding`).
    mutating func recordExamples(of schema: Schema, as type: TypeReference, coding: PlannedProperty.Coding = .standard, subject: @autoclosure () -> String) {
        guard context.options.collectsExamples, !schema.examples.isEmpty else { return }
        for example in schema.examples {
            record(example, schema: schema, as: type, coding: coding, subject: subject())
        }
    }

    /// Records the examples of a media type whose schema is read as `type`, and what its
    /// schema holds (see `recordUnreachedExamples`).
    mutating func recordExamples(of media: MediaType, as type: TypeReference, subject: @autoclosure () -> String) {
        guard context.options.collectsExamples else { return }
        let schema = media.schema ?? Schema(.any, at: .start)
        for example in media.examples {
            record(example, schema: schema, as: type, coding: .standard, subject: subject(), uploads: [.multipart, .binary].contains(MediaKind(media.contentType)))
        }
        if let described = media.schema { state.exampleRoots.append(ExampleRoot(schema: described, type: type, subject: subject())) }
    }

    /// Records the examples of an operation the planning of its parts has not: those of its
    /// parameters (read as the parameter's type), of every response's content (read as the
    /// type the SDK decodes it with; another status's or media type's as the type its
    /// schema maps to) and of every response header (likewise: the SDK does not type
    /// headers).
    mutating func recordExamples(of operation: APIOperation, parameters: [(parameter: Parameter, type: TypeReference)], planned: TypedOperation) {
        guard context.options.collectsExamples else { return }
        let route = "\(operation.method.rawValue.uppercased()) \(operation.path)"
        for (parameter, type) in parameters {
            let subject = "\(route) \(parameter.location.rawValue) parameter '\(parameter.name)'"
            for example in parameter.examples {
                record(example, schema: parameter.schema, as: type, coding: .standard, subject: subject)
            }
            state.exampleRoots.append(ExampleRoot(schema: parameter.schema, type: type, subject: subject))
        }
        for response in operation.responses {
            let preferred = MediaKind.preferred(in: response.content)
            for media in response.content {
                let isPreferred = preferred.map { $0.contentType == media.contentType } == true
                let type = (isPreferred ? decodedType(of: response, in: operation, planned: planned) : nil) ?? media.schema.map(standaloneType) ?? .builtin(.jsonValue)
                recordExamples(of: media, as: type, subject: "\(route) \(response.status) response (\(media.contentType))")
            }
            for header in response.headers {
                let type = standaloneType(for: header.schema)
                let subject = "\(route) \(response.status) response header '\(header.name)'"
                for example in header.examples {
                    record(example, schema: header.schema, as: type, coding: .standard, subject: subject)
                }
                state.exampleRoots.append(ExampleRoot(schema: header.schema, type: type, subject: subject))
            }
        }
    }

    /// The type the SDK decodes `response`'s preferred JSON content with, if it does.
    private func decodedType(of response: OpenAPIReader.Response, in operation: APIOperation, planned: TypedOperation) -> TypeReference? {
        guard let media = MediaKind.preferred(in: response.content), MediaKind(media.contentType) == .json, let schema = media.schema
        else { return nil }
        let status = response.status.uppercased()
        let code = Int(status)
        if status.hasPrefix("2") {
            guard planned.responseFormat == .json else { return nil }
            if let cases = planned.responseCases {
                return cases.cases.first { $0.status == code }?.type ?? cases.cases.first { $0.status == nil }?.type
            }
            // Every success decodes as the first one with content's type, right only for
            // the successes of the same schema.
            let first = operation.responses.first { $0.status.hasPrefix("2") && !$0.content.isEmpty }
            guard let typed = first.flatMap({ MediaKind.preferred(in: $0.content) })?.schema, Self.isSame(typed, schema) else { return nil }
            return planned.response
        }
        let matches: (PlannedErrorResponse.Statuses) -> Bool = { statuses in
            switch statuses {
            case .codes(let codes): code.map(codes.contains) == true
            case .clientError: status == "4XX"
            case .serverError: status == "5XX"
            case .other: true
            }
        }
        return planned.errors.first { matches($0.statuses) }?.type
    }

    /// Whether two schemas are the same one: written in the same place, or references to
    /// the same component.
    private static func isSame(_ a: Schema, _ b: Schema) -> Bool {
        if case .reference(let left) = a.kind, case .reference(let right) = b.kind { return left == right }
        return a.mark == b.mark
    }

    /// The Swift type a schema maps to without declaring anything: a component's type, a
    /// built-in type, or an array or dictionary of them; `JSONValue` for an inline object,
    /// union or `allOf`, which only a place the SDK types declares a type for. An inline
    /// enum is its raw type (the examples check tells a value outside it apart).
    func standaloneType(for schema: Schema) -> TypeReference {
        switch schema.kind {
        case .reference(let component):
            guard state.declaredComponents.contains(component), let name = context.typeNames[component] else { return .builtin(.jsonValue) }
            return .named(name)
        case .boolean, .integer, .number, .string:
            // A file's or a 64-bit integer's text is read as the text it is.
            return .builtin(Self.scalarType(of: schema, binary: .string, int64InStrings: false))
        case .array(let items):
            return .array(standaloneType(for: items))
        case .object(let properties, .schema(let values)) where properties.isEmpty:
            return .dictionary(standaloneType(for: values))
        case .any, .object, .allOf, .oneOf:
            return .builtin(.jsonValue)
        }
    }

    /// Records the examples written inside the schemas of the SDK's places (components,
    /// parameters, bodies, responses, headers) that planning has not met: the properties
    /// of an `allOf` member that an earlier member's property of the same name shadows,
    /// of an inline schema written in several places (typed from the first), of a
    /// union's alternatives. Each is read as the type of its place, found by following
    /// the schema and the planned declarations down together.
    mutating func recordUnreachedExamples(components: [String], types: PlannedTypes) {
        guard context.options.collectsExamples else { return }
        var roots = components.compactMap { component in
            context.index.schemas[component].map { ExampleRoot(schema: $0, type: .named(context.typeNames[component]!), subject: context.typeNames[component]!) }
        }
        roots += state.exampleRoots
        for root in roots {
            sweep(root.schema, as: root.type, coding: root.coding, subject: root.subject, types: types, depth: 0)
        }
        recordComponentPlaceExamples(types: types)
    }

    /// Records the examples of the parameters, headers, responses and request bodies in
    /// `components` that no operation of the SDK uses (those used are recorded already,
    /// with the type of the place that uses them), each read as the type its schema maps to.
    private mutating func recordComponentPlaceExamples(types: PlannedTypes) {
        let places = context.document.componentPlaces
        var roots: [ExampleRoot] = []
        for parameter in places.parameters {
            let type = standaloneType(for: parameter.schema)
            let subject = "\(parameter.location.rawValue) parameter '\(parameter.name)' (no operation uses it)"
            for example in parameter.examples {
                record(example, schema: parameter.schema, as: type, coding: .standard, subject: subject)
            }
            roots.append(ExampleRoot(schema: parameter.schema, type: type, subject: subject))
        }
        var headers = places.headers.map { ($0, "header '\($0.name)'") }
        var media = places.requestBodies.flatMap { named in named.body.content.map { ($0, "request body '\(named.name)'") } }
        for response in places.responses {
            media += response.content.map { ($0, "response '\(response.status)'") }
            headers += response.headers.map { ($0, "response '\(response.status)' header '\($0.name)'") }
        }
        for (header, place) in headers {
            let type = standaloneType(for: header.schema)
            for example in header.examples {
                record(example, schema: header.schema, as: type, coding: .standard, subject: "\(place) (no operation uses it)")
            }
            roots.append(ExampleRoot(schema: header.schema, type: type, subject: "\(place) (no operation uses it)"))
        }
        for (content, place) in media {
            let type = content.schema.map(standaloneType) ?? .builtin(.jsonValue)
            let schema = content.schema ?? Schema(.any, at: .start)
            for example in content.examples {
                record(example, schema: schema, as: type, coding: .standard, subject: "\(place) (\(content.contentType), no operation uses it)")
            }
            if let described = content.schema {
                roots.append(ExampleRoot(schema: described, type: type, subject: "\(place) (no operation uses it)"))
            }
        }
        for root in roots {
            sweep(root.schema, as: root.type, coding: root.coding, subject: root.subject, types: types, depth: 0)
        }
    }

    private mutating func sweep(
        _ schema: Schema, as type: TypeReference, coding: PlannedProperty.Coding, subject: String, types: PlannedTypes, depth: Int
    ) {
        guard depth < ReaderLimits.maxDepth else { return }
        recordExamples(of: schema, as: type, coding: coding, subject: subject)
        let resolved = types.resolved(type)
        switch schema.kind {
        case .array(let items):
            guard case .array(let element) = resolved else { return }
            sweep(items, as: element, coding: coding == .int64StringArray ? .int64String : .standard, subject: subject, types: types, depth: depth + 1)
        case .object(let properties, let additional):
            if let structure = types.structure(type) {
                for property in properties {
                    guard let planned = structure.properties.first(where: { $0.jsonName == property.name }) else { continue }
                    sweep(property.schema, as: planned.type, coding: planned.coding, subject: "\(subject).\(property.name)", types: types, depth: depth + 1)
                }
                if case .schema(let values) = additional, let extra = structure.additionalProperties {
                    sweep(values, as: extra.valueType, coding: .standard, subject: subject, types: types, depth: depth + 1)
                }
            } else if case .schema(let values) = additional, case .dictionary(let value) = resolved {
                sweep(values, as: value, coding: .standard, subject: subject, types: types, depth: depth + 1)
            }
        case .allOf(let members):
            for member in members {
                sweep(member, as: type, coding: coding, subject: subject, types: types, depth: depth + 1)
            }
        case .oneOf(let members, _):
            if case .named(let name) = resolved, case .union(let union)? = types.declaration(named: name), union.cases.count == members.count {
                for (member, alternative) in zip(members, union.cases) {
                    sweep(member, as: alternative.type, coding: .standard, subject: "\(subject).\(alternative.name)", types: types, depth: depth + 1)
                }
            } else if !types.isUnion(resolved) {
                // Alternatives made one type: `null` beside one schema, or strings made an enum.
                for member in members {
                    sweep(member, as: type, coding: coding, subject: subject, types: types, depth: depth + 1)
                }
            }
        case .any, .reference, .boolean, .integer, .number, .string:
            return
        }
    }

    private mutating func record(
        _ example: Node, schema: Schema, as type: TypeReference, coding: PlannedProperty.Coding, subject: String, uploads: Bool = false
    ) {
        // A value is read where it is first met: a component's own type rather than the
        // alias's target, say.
        guard state.recordedExamples.insert(example.mark).inserted else { return }
        let location = context.document.source.location(of: example.mark)
        var problems: [String] = []
        ExampleValidation(index: context.index, stringsAreFiles: uploads).check(example, against: schema, at: "$", problems: &problems)
        state.examples.append(
            PlannedExample(
                type: type, coding: coding, json: JSONText.of(example), location: "\(location.file):\(location.line):\(location.column)",
                subject: subject, problems: problems))
    }
}

/// A place the SDK types, whose schema may hold examples planning does not meet.
struct ExampleRoot {
    var schema: Schema
    var type: TypeReference
    var coding: PlannedProperty.Coding = .standard
    var subject: String
}

extension PlannedTypes {
    /// `type` with typealiases followed.
    func resolved(_ type: TypeReference) -> TypeReference {
        var current = type
        var seen: Set<String> = []
        while case .named(let name) = current, seen.insert(name).inserted, case .alias(let alias)? = declaration(named: name) {
            current = alias.type
        }
        return current
    }

    /// Whether `type` names a union.
    func isUnion(_ type: TypeReference) -> Bool {
        if case .named(let name) = type, case .union? = declaration(named: name) { return true }
        return false
    }
}

/// A node tree as JSON text, with plain YAML scalars typed by the YAML 1.2 core schema.
enum JSONText {
    static func of(_ node: Node) -> String {
        var text = ""
        write(node, into: &text)
        return text
    }

    /// Recursive, one call per level: the reader keeps every tree, YAML aliases expanded,
    /// within `ReaderLimits.maxDepth` levels.
    private static func write(_ node: Node, into text: inout String) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isNull {
                text += "null"
            } else if let bool = scalar.bool {
                text += bool ? "true" : "false"
            } else if let int = scalar.int {
                text += String(int)
            } else if let double = scalar.double, double.isFinite {
                text += String(double)
            } else {
                string(scalar.text, into: &text)
            }
        case .sequence(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                write(item, into: &text)
            }
            text += "]"
        case .mapping(let entries):
            text += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { text += "," }
                string(entry.key.scalar?.text ?? "", into: &text)
                text += ":"
                write(entry.value, into: &text)
            }
            text += "}"
        }
    }

    private static func string(_ value: String, into text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20: text += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
