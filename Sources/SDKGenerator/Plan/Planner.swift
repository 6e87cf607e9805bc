import OpenAPIReader

/// Decides the SDK: selects operations, names every type, member and operation, and
/// places declarations in files.
public struct Planner: Sendable {
    let document: OpenAPIDocument
    let options: GeneratorOptions
    var log: DiagnosticLog
    /// Swift names of component schemas, by component name.
    var typeNames: [String: String] = [:]
    /// Component schemas by name.
    var components: [String: Schema] = [:]
    /// The components each component refers to directly, by name.
    var componentReferences: [String: [String]] = [:]
    /// Every top-level name declared so far.
    var topLevel = Naming.Scope(reserved: Naming.reservedTypeNames)
    /// Every declared type name, nested ones included, in the order declared.
    var declaredNames: [String] = []
    /// Property names already worked out, by JSON name: the same names recur in most schemas.
    var propertyNames: [String: String] = [:]
    /// Declarations met inside others that must stand at the top level.
    var extraDeclarations: [PlannedDeclaration] = []

    /// Plans `document`; errors (such as an unknown `--operation`) throw, warnings are returned.
    public static func plan(_ document: OpenAPIDocument, options: GeneratorOptions) throws(DiagnosticsError) -> (SDKPlan, [Diagnostic]) {
        var planner = Planner(document: document, options: options, log: DiagnosticLog(source: document.source))
        let plan = planner.makePlan()
        if planner.log.hasErrors { throw DiagnosticsError(planner.log.all) }
        return (plan, planner.log.warnings)
    }

    private mutating func makePlan() -> SDKPlan {
        let clientName = options.clientName ?? Naming.typeName(options.moduleName) + "Client"
        _ = topLevel.claim(clientName)
        _ = topLevel.claim("Servers")
        let selected = selectedOperations()
        let componentNames = nameComponents()

        let included: [String] = options.operations.isEmpty && options.tags.isEmpty
            ? componentNames
            : reachableComponents(from: selected).sorted()
        // The operations are planned while the components are declared on the other
        // threads: only components that claim top-level names depend on the operations'
        // names, and those are declared again, in order, below.
        let start = self
        let ((planner, operations), (componentDeclarations, namesDeclared)) = inParallel(
            {
                var planner = start
                let operations = planner.planGroups(of: selected)
                return (planner, operations)
            },
            { start.declarations(ofComponents: included) })
        self = planner
        declaredNames += namesDeclared
        var models = operations.inlineModels
        for (component, planned) in zip(included, componentDeclarations) {
            let owners = operations.reachedBy[component] ?? []
            let file = owners.count == 1 ? owners.first! + "Models" : Self.sharedFile(for: typeNames[component]!)
            if planned.dependsOnOrder {
                models.append(PlannedModel(file: file, declaration: declaration(forComponent: component)))
                models += extraDeclarations.map { PlannedModel(file: file, declaration: $0) }
                extraDeclarations = []
            } else {
                models += planned.declarations.map { PlannedModel(file: file, declaration: $0) }
                log.append(contentsOf: planned.log)
            }
        }
        let names = models.map(\.declaration.name)
        models = models.indices.sorted { names[$0] < names[$1] }.map { models[$0] }
        RecursionBreaker.breakCycles(in: &models)

        return SDKPlan(
            clientName: clientName, title: document.info.title,
            accessLevel: options.accessLevel,
            servers: planServers(), groups: operations.groups, models: models,
            declaredNames: Set(declaredNames).union(topLevel.taken.subtracting(Naming.reservedTypeNames)))
    }

    /// The groups of `operations`, the inline types their operations declare, and the
    /// groups each component is reachable from.
    private mutating func planGroups(
        of operations: [APIOperation]
    ) -> (groups: [PlannedGroup], inlineModels: [PlannedModel], reachedBy: [String: Set<String>]) {
        let grouped = Dictionary(grouping: operations) { groupName(of: $0) }
        var groupTypeNames: [String: String] = [:]
        var memberScope = Naming.Scope(reserved: ["client"])
        var groups: [PlannedGroup] = []
        var reachedBy: [String: Set<String>] = [:]
        var inlineModels: [PlannedModel] = []
        // Group type names are claimed after component names, so models keep their names.
        for name in grouped.keys.sorted() {
            var typeName = Naming.typeName(name)
            if topLevel.taken.contains(typeName) { typeName += "Operations" }
            groupTypeNames[name] = topLevel.claim(typeName)
        }
        for name in grouped.keys.sorted() {
            let typeName = groupTypeNames[name]!
            var group = PlannedGroup(typeName: typeName, propertyName: memberScope.claim(Naming.memberName(name)), operations: [])
            var operationScope = Naming.Scope(reserved: ["client", "init"])
            for operation in grouped[name]! {
                let planned = planOperation(operation, scope: &operationScope, inlineModels: &inlineModels, file: typeName + "Models")
                group.operations.append(planned)
            }
            for component in reachableComponents(from: grouped[name]!) {
                reachedBy[component, default: []].insert(typeName)
            }
            groups.append(group)
        }
        return (groups, inlineModels, reachedBy)
    }

    /// The file for a model used by several groups or none: one per initial letter, so a
    /// large SDK's shared models compile in parallel and a model's file never changes.
    static func sharedFile(for typeName: String) -> String {
        let initial = typeName.first { $0.isLetter }.map { String($0).uppercased() } ?? "Other"
        return "SharedModels" + (initial.first!.isASCII ? initial : "Other")
    }

    /// The operations `--operation` and `--tag` keep, in document order; an unknown
    /// operation ID is an error.
    private mutating func selectedOperations() -> [APIOperation] {
        let known = Set(document.operations.compactMap(\.operationID))
        for id in options.operations where !known.contains(id) {
            log.error("no operation has the operationId '\(id)'", at: Mark(line: 1, column: 1))
        }
        if options.operations.isEmpty && options.tags.isEmpty { return document.operations }
        let ids = Set(options.operations)
        let tags = Set(options.tags)
        return document.operations.filter { operation in
            operation.operationID.map(ids.contains) == true
                || operation.tags.contains(where: tags.contains)
                || operation.group.map(tags.contains) == true
        }
    }

    /// `x-speakeasy-group`, else the first tag, else the API's title.
    private func groupName(of operation: APIOperation) -> String {
        operation.group ?? operation.tags.first ?? "Operations"
    }

    /// Names every component schema: the configuration's name for it, its
    /// `x-speakeasy-name-override`, else the last part of
    /// its dotted name; on a collision, more of the dotted name, then a number. Returns the
    /// components' names, sorted.
    private mutating func nameComponents() -> [String] {
        for named in document.schemas {
            components[named.name] = named.schema
            var references: [String] = []
            Self.references(in: named.schema, into: &references)
            componentReferences[named.name] = references
        }
        let names = components.keys.sorted()
        for name in names {
            // Candidates, made only until one is free: the override, then ever longer
            // suffixes of the dotted name; when all are taken, the first.
            let override = options.typeNames[name] ?? components[name]!.nameOverride
            let first = override.map(Naming.typeName) ?? Naming.typeName(String(Self.lastDottedPart(name)))
            guard topLevel.taken.contains(first) else {
                typeNames[name] = topLevel.claim(first)
                continue
            }
            let parts = Self.dottedParts(name)
            var count = override == nil ? 1 : 0
            var candidate = first
            while topLevel.taken.contains(candidate), count < max(parts.count, 1) {
                count += 1
                candidate = Naming.typeName(parts.suffix(count).joined(separator: "_"))
            }
            typeNames[name] = topLevel.claim(topLevel.taken.contains(candidate) ? first : candidate)
        }
        return names
    }

    /// The parts of a dotted name (`c1.api.Webhook` → `c1`, `api`, `Webhook`).
    static func dottedParts(_ name: String) -> [Substring] {
        name.split(separator: ".")
    }

    /// `dottedParts(name).last`, or an empty name when there is no part.
    static func lastDottedPart(_ name: String) -> Substring {
        // In ASCII text a `.` byte is a `.` Character, so the part after the last one is
        // the last part unless the name ends in a dot.
        let utf8 = name.utf8
        if utf8.allSatisfy({ $0 < 0x80 }), utf8.last != UInt8(ascii: ".") {
            guard let dot = utf8.lastIndex(of: UInt8(ascii: ".")) else { return name[...] }
            return name[utf8.index(after: dot)...]
        }
        return dottedParts(name).last ?? ""
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
            if reached.insert(name).inserted { pending += componentReferences[name] ?? [] }
        }
        return reached
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

    private func planServers() -> [PlannedServer] {
        var scope = Naming.Scope()
        return document.servers.enumerated().map { index, server in
            var variableScope = Naming.Scope()
            return PlannedServer(
                name: scope.claim(index == 0 ? "default" : "server\(index + 1)"),
                template: server.url,
                documentation: server.description,
                variables: server.variables.sorted { $0.name < $1.name }.map {
                    (variableScope.claim(Naming.memberName($0.name)), $0.name, $0.defaultValue, $0.allowedValues, $0.description)
                })
        }
    }
}
