import OpenAPIReader

/// The component schemas by name, and which components each refers to.
struct ComponentIndex {
    /// Component schemas by name.
    let schemas: [String: Schema]
    /// The components each component refers to directly, by name.
    let references: [String: [String]]
    /// The component names, sorted.
    let sortedNames: [String]

    init(_ document: OpenAPIDocument) {
        var schemas: [String: Schema] = [:]
        var references: [String: [String]] = [:]
        schemas.reserveCapacity(document.schemas.count)
        references.reserveCapacity(document.schemas.count)
        for named in document.schemas {
            schemas[named.name] = named.schema
            var found: [String] = []
            Self.references(in: named.schema, into: &found)
            references[named.name] = found
        }
        self.schemas = schemas
        self.references = references
        sortedNames = schemas.keys.sorted()
    }

    /// Component schemas reachable from `operations`' parameters, bodies and responses.
    func reachableComponents(from operations: [APIOperation]) -> Set<String> {
        var reached: Set<String> = []
        var pending: [String] = []
        for operation in operations {
            for parameter in operation.parameters { Self.references(in: parameter.schema, into: &pending) }
            for media in operation.requestBody?.content ?? [] { media.schema.map { Self.references(in: $0, into: &pending) } }
            for response in operation.responses {
                for media in response.content { media.schema.map { Self.references(in: $0, into: &pending) } }
            }
        }
        while let name = pending.popLast() {
            if reached.insert(name).inserted { pending += references[name] ?? [] }
        }
        return reached
    }

    /// Components reached from `operations`' request bodies but from none of their
    /// responses: models only ever sent.
    func sentOnlyComponents(of operations: [APIOperation]) -> Set<String> {
        var sent: [String] = []
        var received: [String] = []
        for operation in operations {
            for media in operation.requestBody?.content ?? [] { media.schema.map { Self.references(in: $0, into: &sent) } }
            for response in operation.responses {
                for media in response.content { media.schema.map { Self.references(in: $0, into: &received) } }
            }
        }
        return closure(of: sent).subtracting(closure(of: received))
    }

    /// Components reached from `operations`' multipart request bodies.
    func uploadedComponents(of operations: [APIOperation]) -> Set<String> {
        var sent: [String] = []
        for operation in operations {
            for media in operation.requestBody?.content ?? [] where MediaKind(media.contentType) == .multipart {
                media.schema.map { Self.references(in: $0, into: &sent) }
            }
        }
        return closure(of: sent)
    }

    /// `names` and every component they reach.
    private func closure(of names: [String]) -> Set<String> {
        var reached: Set<String> = []
        var pending = names
        while let name = pending.popLast() {
            if reached.insert(name).inserted { pending += references[name] ?? [] }
        }
        return reached
    }

    /// `schema` with references to other components followed until it is something else.
    func resolved(_ schema: Schema) -> Schema {
        var current = schema
        var seen: Set<String> = []
        while case .reference(let name) = current.kind, seen.insert(name).inserted, let target = schemas[name] {
            current = target
        }
        return current
    }

    /// Appends the components `schema` refers to, without following the references.
    static func references(in schema: Schema, into names: inout [String]) {
        switch schema.kind {
        case .reference(let name):
            names.append(name)
        case .array(let items):
            references(in: items, into: &names)
        case .object(let properties, let additional):
            for property in properties { references(in: property.schema, into: &names) }
            if case .schema(let value) = additional { references(in: value, into: &names) }
        case .allOf(let members), .oneOf(let members, _):
            for member in members { references(in: member, into: &names) }
        case .any, .boolean, .integer, .number, .string:
            break
        }
    }
}
