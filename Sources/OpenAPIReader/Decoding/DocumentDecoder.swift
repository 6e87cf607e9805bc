import SDKGenDiagnostics

/// Decodes the node tree of an OpenAPI document into the model, logging every problem at
/// its node and carrying on where it can, so one run reports all errors.
struct DocumentDecoder {
    let root: Node
    var log: DiagnosticLog
    /// Names in `components/schemas`, to check references against.
    var schemaNames: Set<String> = []
    /// Pointers being resolved, to stop reference cycles outside `components/schemas`.
    var resolving: Set<String> = []
    /// Schemas already decoded behind references outside `components/schemas`, so each is
    /// decoded once however often it is used.
    var resolvedSchemas: [String: Schema] = [:]
    /// Large mappings that references pass through, by their path from the root, each an
    /// index of its values by key (see `resolve`).
    var mappingIndexes: [[String]: [String: Node]] = [:]
    /// Component schemas that admit null (see `nullableComponents`), known once all of
    /// them are decoded; a reference to one decoded after that is marked as it is read.
    var nullableSchemaNames: Set<String> = []
    /// How many schemas are being decoded one inside another, `$ref`s followed included.
    var schemaDepth = 0
    /// Whether schemas nesting too deep have been reported (once is enough).
    var reportedSchemaDepth = false
    /// Whether to read what only the examples check uses: the examples of parameters and
    /// the headers of responses.
    var readsExamples = false
    /// The places the configuration's `names:` name, and the names they get.
    var configuredNames = ConfiguredNames()

    init(root: Node, log: DiagnosticLog) {
        self.root = root
        self.log = log
    }

    mutating func document() -> OpenAPIDocument? {
        guard root.entries != nil else {
            log.error("expected an OpenAPI document (a mapping), found \(root.kindName)", at: root.mark)
            return nil
        }
        if root["openapi"] == nil, let swagger = root["swagger"] {
            log.error("Swagger \(swagger.scalar?.text ?? "2.0") documents are not supported; convert the document to OpenAPI 3", at: swagger.mark)
            return nil
        }
        guard let version = requiredText(root, "openapi", in: "the document") else { return nil }
        if version.hasPrefix("2") {
            log.error("OpenAPI \(version) (Swagger) is not supported; convert the document to OpenAPI 3", at: root["openapi"]!.mark)
            return nil
        }
        if !version.hasPrefix("3.0") && !version.hasPrefix("3.1") {
            log.warning("version", "OpenAPI \(version) is not 3.0 or 3.1; reading it as 3.1", at: root["openapi"]!.mark)
        }
        if let schemas = root["components"]?["schemas"]?.entries {
            schemaNames = Set(schemas.compactMap { $0.key.scalar?.text })
        }
        let info = self.info()
        let servers = root["servers"].map { self.servers($0) } ?? []
        var schemas = componentSchemas()
        reportReferenceCycles(in: schemas)
        markNullableReferences(in: &schemas)
        let operations = root["paths"].map { paths($0) } ?? []
        let securitySchemes = self.securitySchemes()
        let security = root["security"].map { securityRequirements($0) } ?? []
        if let webhooks = root["webhooks"] {
            log.warning("webhooks", "webhooks are not supported; they are not generated", at: webhooks.mark)
        }
        guard let info else { return nil }
        var document = OpenAPIDocument(
            version: version, info: info, servers: servers, operations: operations, schemas: schemas,
            securitySchemes: securitySchemes, security: security, source: log.source)
        if readsExamples { document.componentPlaces = componentPlaces() }
        return document
    }

    private mutating func info() -> Info? {
        guard let node = root["info"] else {
            log.error("the document is missing the required field 'info'", at: root.mark)
            return nil
        }
        guard entries(node, "'info'") != nil else { return nil }
        guard let title = requiredText(node, "title", in: "'info'"), let version = requiredText(node, "version", in: "'info'")
        else { return nil }
        return Info(title: title, version: version, description: optionalText(node, "description"))
    }

    mutating func servers(_ node: Node) -> [Server] {
        guard let items = items(node, "'servers'") else { return [] }
        var servers: [Server] = []
        for item in items {
            guard entries(item, "a server") != nil, let url = requiredText(item, "url", in: "a server") else { continue }
            var variables: [ServerVariable] = []
            for entry in item["variables"].flatMap({ entries($0, "'variables'") }) ?? [] {
                guard let name = text(entry.key, "a variable name"), entries(entry.value, "variable '\(name)'") != nil,
                    let defaultValue = requiredText(entry.value, "default", in: "variable '\(name)'")
                else { continue }
                variables.append(
                    ServerVariable(
                        name: name, defaultValue: defaultValue, allowedValues: texts(entry.value, "enum"),
                        description: optionalText(entry.value, "description")))
            }
            servers.append(Server(url: url, description: optionalText(item, "description"), variables: variables))
        }
        return servers
    }

    /// The entries of `components/schemas`, or none when it is missing or malformed.
    private mutating func componentSchemaEntries() -> [Node.Entry] {
        guard let components = root["components"] else { return [] }
        guard entries(components, "'components'") != nil else { return [] }
        guard let node = components["schemas"], let list = entries(node, "'components/schemas'") else { return [] }
        return list
    }

    private mutating func componentSchemas() -> [NamedSchema] {
        let list = componentSchemaEntries()
        var schemas: [NamedSchema] = []
        schemas.reserveCapacity(list.count)
        for entry in list {
            guard let name = text(entry.key, "a schema name") else { continue }
            schemas.append(NamedSchema(name: name, schema: schema(entry.value)))
        }
        return schemas
    }

    /// Works out which components admit null, and marks the references to them inside
    /// the components and the schemas decoded behind other references so far.
    private mutating func markNullableReferences(in schemas: inout [NamedSchema]) {
        nullableSchemaNames = Self.nullableComponents(in: schemas)
        guard !nullableSchemaNames.isEmpty else { return }
        for index in schemas.indices {
            var schema = schemas[index].schema
            if Self.markNullableReferences(in: &schema, nullable: nullableSchemaNames) { schemas[index].schema = schema }
        }
        for (pointer, cached) in resolvedSchemas {
            var schema = cached
            if Self.markNullableReferences(in: &schema, nullable: nullableSchemaNames) { resolvedSchemas[pointer] = schema }
        }
    }

    private mutating func securitySchemes() -> [SecurityScheme] {
        guard let node = root["components"]?["securitySchemes"], let list = entries(node, "'securitySchemes'") else { return [] }
        var schemes: [SecurityScheme] = []
        for entry in list {
            guard let name = text(entry.key, "a security scheme name"), entries(entry.value, "security scheme '\(name)'") != nil
            else { continue }
            var scheme = entry.value
            if let reference = scheme["$ref"]?.scalar?.text {
                guard let target = resolve(reference, at: scheme["$ref"]!.mark) else { continue }
                scheme = target
            }
            guard let type = requiredText(scheme, "type", in: "security scheme '\(name)'") else { continue }
            let kind: SecurityScheme.Kind
            switch type {
            case "http":
                kind = .http(scheme: (optionalText(scheme, "scheme") ?? "bearer").lowercased())
            case "apiKey":
                kind = .apiKey(name: optionalText(scheme, "name") ?? name, location: optionalText(scheme, "in") ?? "header")
            case "oauth2":
                kind = .oauth2(tokenURL: scheme["flows"]?["clientCredentials"]?["tokenUrl"]?.scalar?.text)
            case "openIdConnect":
                kind = .openIDConnect(url: optionalText(scheme, "openIdConnectUrl") ?? "")
            default:
                kind = .other(type)
            }
            schemes.append(SecurityScheme(name: name, kind: kind, description: optionalText(scheme, "description")))
        }
        return schemes
    }

    mutating func securityRequirements(_ node: Node) -> [SecurityRequirement] {
        guard let items = items(node, "'security'") else { return [] }
        return items.compactMap { item in
            guard let list = entries(item, "a security requirement") else { return nil }
            return SecurityRequirement(schemes: list.compactMap { $0.key.scalar?.text })
        }
    }
}
