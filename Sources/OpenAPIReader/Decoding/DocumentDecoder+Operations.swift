import SDKGenDiagnostics

// Paths, operations, parameters, request bodies and responses.

extension DocumentDecoder {
    mutating func paths(_ node: Node) -> [APIOperation] {
        guard let list = entries(node, "'paths'") else { return [] }
        var operations: [APIOperation] = []
        for entry in list {
            guard let path = text(entry.key, "a path") else { continue }
            var item = entry.value
            if let reference = item["$ref"] {
                guard let target = reference.scalar.flatMap({ resolve($0.text, at: reference.mark) }) else { continue }
                item = target
            }
            guard let fields = entries(item, "path '\(path)'") else { continue }
            let shared = item["parameters"].map { parameters($0) } ?? []
            let pathServers = item["servers"].map { servers($0) }
            for field in fields {
                guard let key = field.key.scalar?.text else { continue }
                if let method = HTTPMethod(rawValue: key) {
                    guard operations.count < ReaderLimits.maxOperations else {
                        log.error(ReaderLimits.tooManyOperations, at: field.key.mark)
                        return operations
                    }
                    if var operation = operation(field.value, method: method, path: path, shared: shared) {
                        let own = field.value["servers"].map { servers($0) }
                        operation.servers = [own, pathServers].compactMap { $0 }.first { !$0.isEmpty }
                        operations.append(operation)
                    }
                } else if key.hasPrefix("x-") || ["parameters", "summary", "description", "servers"].contains(key) {
                    continue
                } else {
                    log.warning("path-field", "'\(key)' is not an HTTP method or path item field; it is ignored", at: field.key.mark)
                }
            }
        }
        return operations
    }

    private mutating func operation(_ node: Node, method: HTTPMethod, path: String, shared: [Parameter]) -> APIOperation? {
        guard entries(node, "operation '\(method.rawValue) \(path)'") != nil else { return nil }
        let merged = Self.merged(shared, node["parameters"].map { parameters($0) } ?? [])
        if let callbacks = node["callbacks"] {
            log.warning("callbacks", "callbacks are not supported; they are not generated", at: callbacks.mark)
        }
        var operation = APIOperation(
            method: method, path: path,
            operationID: optionalText(node, "operationId"),
            summary: optionalText(node, "summary"),
            description: optionalText(node, "description"),
            tags: texts(node, "tags"),
            parameters: merged,
            requestBody: node["requestBody"].flatMap { requestBody($0) },
            responses: node["responses"].map { responses($0) } ?? [],
            security: node["security"].map { securityRequirements($0) },
            deprecated: bool(node, "deprecated"),
            nameOverride: optionalText(node, "x-speakeasy-name-override"),
            group: optionalText(node, "x-speakeasy-group"),
            mark: node.mark)
        operation.pagination = node["x-speakeasy-pagination"].flatMap { paginationExtension($0) }
        operation.configuredName = configuredNames.operations[node.mark]
        return operation
    }

    /// The path item's parameters, but those the operation redefines (same name and
    /// location), then the operation's own, each in the place of its last definition.
    private static func merged(_ shared: [Parameter], _ own: [Parameter]) -> [Parameter] {
        struct Key: Hashable {
            var name: String
            var location: Parameter.Location
        }
        guard !own.isEmpty else { return shared }
        var last: [Key: Int] = [:]
        for (index, parameter) in own.enumerated() {
            last[Key(name: parameter.name, location: parameter.location)] = index
        }
        let kept = shared.filter { last[Key(name: $0.name, location: $0.location)] == nil }
        return kept + own.enumerated().filter { last[Key(name: $1.name, location: $1.location)] == $0 }.map(\.element)
    }

    /// Follows `$ref` when `node` is a reference object, guarding against cycles.
    private mutating func dereferenced(_ node: Node) -> Node? {
        var current = node
        var seen: Set<String> = []
        while let reference = current["$ref"] {
            guard let text = reference.scalar?.text, seen.insert(text).inserted else {
                log.error("$ref cycle through '\(reference.scalar?.text ?? "")'", at: reference.mark)
                return nil
            }
            guard let target = resolve(text, at: reference.mark) else { return nil }
            current = target
        }
        return current
    }

    private mutating func parameters(_ node: Node) -> [Parameter] {
        guard let list = items(node, "'parameters'") else { return [] }
        return list.compactMap { parameter($0) }
    }

    private mutating func parameter(_ original: Node) -> Parameter? {
        guard let node = dereferenced(original), entries(node, "a parameter") != nil,
            let name = requiredText(node, "name", in: "a parameter"),
            let place = requiredText(node, "in", in: "parameter '\(name)'")
        else { return nil }
        guard let location = Parameter.Location(rawValue: place) else {
            log.error("parameter '\(name)' has an unknown location '\(place)'; expected path, query, header or cookie", at: node["in"]!.mark)
            return nil
        }
        var schema = Schema(.string, at: node.mark)
        var contentType: String?
        // Read whatever the run: usage examples take their values from them.
        var values = examples(of: node)
        if let schemaNode = node["schema"] {
            schema = self.schema(schemaNode)
        } else if let content = node["content"]?.entries?.first {
            contentType = content.key.scalar?.text
            if let schemaNode = content.value["schema"] { schema = self.schema(schemaNode) }
            values += examples(of: content.value)
        }
        let style = optionalText(node, "style") ?? (location == .query || location == .cookie ? "form" : "simple")
        return Parameter(
            name: name, location: location,
            required: location == .path || bool(node, "required"),
            description: optionalText(node, "description"),
            schema: schema, contentType: contentType, style: style,
            explode: bool(node, "explode", default: style == "form"),
            deprecated: bool(node, "deprecated"),
            mark: original.mark, examples: values)
    }

    private mutating func requestBody(_ original: Node) -> RequestBody? {
        guard let node = dereferenced(original), entries(node, "'requestBody'") != nil else { return nil }
        return RequestBody(
            description: optionalText(node, "description"),
            required: bool(node, "required"),
            content: node["content"].map { content($0) } ?? [])
    }

    /// The responses of `node`, keyed by status, or by name in `components/responses`.
    private mutating func responses(_ node: Node, keyedByStatus: Bool = true) -> [Response] {
        guard let list = entries(node, "'responses'") else { return [] }
        var responses: [Response] = []
        for entry in list {
            guard let status = text(entry.key, "a response status"), let response = dereferenced(entry.value),
                entries(response, "response '\(status)'") != nil
            else { continue }
            guard !keyedByStatus || Self.isStatus(status) else {
                log.error("'\(status)' is not a response status; expected a code from 100 to 599, 1XX to 5XX, or default", at: entry.key.mark)
                continue
            }
            if let links = response["links"] {
                log.warning("links", "response links are not supported; they are not generated", at: links.mark)
            }
            responses.append(
                Response(
                    status: status, description: optionalText(response, "description"),
                    content: response["content"].map { content($0) } ?? [],
                    headers: readsExamples ? response["headers"].map { headers($0) } ?? [] : []))
        }
        return responses
    }

    private mutating func content(_ node: Node) -> [MediaType] {
        guard let list = entries(node, "'content'") else { return [] }
        return list.compactMap { entry in
            guard let contentType = text(entry.key, "a media type"), entries(entry.value, "media type '\(contentType)'") != nil
            else { return nil }
            var media = MediaType(contentType: contentType, schema: entry.value["schema"].map { schema($0) })
            media.examples = examples(of: entry.value)
            for part in entry.value["encoding"]?.entries ?? [] {
                if let name = part.key.scalar?.text, let type = part.value["contentType"]?.scalar?.text {
                    media.partContentTypes[name] = type
                }
            }
            return media
        }
    }

    /// Whether `text` is a key `responses` allows: an HTTP status code, a range of them
    /// (`4XX`), or `default`. Types are named after it, so nothing else may pass.
    static func isStatus(_ text: String) -> Bool {
        let upper = text.uppercased()
        if upper == "DEFAULT" { return true }
        guard upper.utf8.count == 3, let first = upper.first, ("1"..."5").contains(first) else { return false }
        let rest = upper.dropFirst()
        return rest == "XX" || rest.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The example values written on a media type, parameter or header: `example`, and the
    /// `value` of each entry of `examples`. A value taken from `components/examples` is
    /// marked where it is referred to: each place that uses it is one example.
    private mutating func examples(of node: Node) -> [Node] {
        var values: [Node] = []
        if let example = node["example"] { values.append(example) }
        for named in node["examples"]?.entries ?? [] {
            guard var value = dereferenced(named.value)?["value"] else { continue }
            if named.value["$ref"] != nil { value.mark = named.value.mark }
            values.append(value)
        }
        return values
    }

    /// The parameters, headers, responses and request bodies of `components`, for the
    /// examples check.
    mutating func componentPlaces() -> ComponentPlaces {
        var places = ComponentPlaces()
        guard let components = root["components"] else { return places }
        for entry in components["parameters"]?.entries ?? [] {
            if let parameter = parameter(entry.value) { places.parameters.append(parameter) }
        }
        places.headers = components["headers"].map { headers($0) } ?? []
        places.responses = components["responses"].map { responses($0, keyedByStatus: false) } ?? []
        for entry in components["requestBodies"]?.entries ?? [] {
            if let name = entry.key.scalar?.text, let body = requestBody(entry.value) { places.requestBodies.append((name, body)) }
        }
        return places
    }

    /// The headers of a response, for the examples check.
    private mutating func headers(_ node: Node) -> [Header] {
        guard let list = entries(node, "'headers'") else { return [] }
        var headers: [Header] = []
        for entry in list {
            guard let name = text(entry.key, "a header name"), let header = dereferenced(entry.value),
                entries(header, "header '\(name)'") != nil
            else { continue }
            var schema = header["schema"].map { self.schema($0) } ?? Schema(.string, at: header.mark)
            var values = examples(of: header)
            if header["schema"] == nil, let media = header["content"]?.entries?.first {
                if let node = media.value["schema"] { schema = self.schema(node) }
                values += examples(of: media.value)
            }
            headers.append(Header(name: name, schema: schema, examples: values))
        }
        return headers
    }
}
