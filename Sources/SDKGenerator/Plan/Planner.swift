import OpenAPIReader
import SDKGenDiagnostics

/// Decides the SDK from the OpenAPI model: which operations it has, the name of every
/// type, member and operation, every signature and doc comment, and the file each
/// declaration goes in.
///
/// Planning runs in stages, in the order `plan` calls them, each in a file named for it:
/// `ComponentIndex` (the component schemas and what each refers to), `ComponentNaming`
/// (their Swift names), `SharedInlineSchemas` (inline schemas written in several places),
/// `OperationSelection` and `OperationTyping` (the selected operations by group, with the
/// types of what each takes and answers and the inline types they declare),
/// `Declarations` (the components' types, through `TypeAssignment`, `AllOfMerging`,
/// `UnionShaping` and `EnumCaseNaming`), `OutOfLineStorage`, `FileLayout`,
/// `OperationPlanning` (each operation's methods in full, with its file and what
/// `PaginationPlanning`, `StreamPlanning`, `BodyFlattening` and `SnippetPlanning` decide
/// of it) and `ServerPlanning`. A stage reads
/// `PlanningContext`, which nothing changes once built, and may change only
/// `PlanningState`.
struct Planner {
    let context: PlanningContext
    var state: PlanningState

    /// A plan and the warnings met making it.
    package struct Result: Sendable {
        package var plan: SDKPlan
        package var warnings: [Diagnostic]
        /// The inline schemas whose name from the configuration a type took.
        package var usedConfiguredNames: Set<Mark> = []
    }

    /// Plans `document`; errors (such as an unknown `--operation`) throw, warnings are returned.
    package static func plan(_ document: OpenAPIDocument, options: GeneratorOptions) throws(DiagnosticsError) -> Result {
        var log = DiagnosticLog(source: document.source)
        var topLevel = Naming.Scope(reserved: Naming.reservedTypeNames.union(Naming.standardTypeNames))
        let clientName = topLevel.claim(options.clientName ?? Naming.typeName(options.moduleName) + "Client")
        let serversName = topLevel.claim("Servers")
        let selection = OperationSelection(document: document, options: options, log: &log)
        let index = ComponentIndex(document)
        let typeNames = ComponentNaming.typeNames(of: index, options: options, topLevel: &topLevel)
        let included = selection.keepsEverything
            ? index.sortedNames
            : index.reachableComponents(from: selection.operations).sorted()
        let context = PlanningContext(
            document: document, options: options, index: index, typeNames: typeNames,
            shared: SharedInlineSchemas(index: index, components: included, operations: selection.operations),
            sentOnly: options.nulls == .explicit ? index.sentOnlyComponents(of: selection.operations) : [],
            uploaded: index.uploadedComponents(of: selection.operations))
        var planner = Planner(context: context, state: PlanningState(topLevel: topLevel, log: log))
        if options.collectsExamples { planner.state.declaredComponents = Set(included) }

        let operations = planner.typeOperations(selection.operations)
        var models = operations.inlineModels
        for component in included {
            let owners = operations.reachedBy[component] ?? []
            let file = owners.count == 1 ? FileLayout.modelFile(ofGroup: owners.first!) : FileLayout.sharedModelFile(for: typeNames[component]!)
            models.append(PlannedModel(file: file, declaration: planner.declaration(forComponent: component), origin: "schema \(component)"))
            models += planner.state.takeExtraDeclarations().map { PlannedModel(file: file, declaration: $0) }
        }
        let sharedOrigins = Dictionary(planner.state.sharedTypeNames.map { ($1, SharedInlineSchemas.origin(ofFingerprint: $0)) }) { first, _ in first }
        models += planner.state.sharedDeclarations.map {
            PlannedModel(file: FileLayout.sharedModelFile(for: $0.name), declaration: $0, origin: sharedOrigins[$0.name])
        }
        let names = models.map(\.declaration.name)
        models = models.indices.sorted { names[$0] < names[$1] }.map { models[$0] }
        OutOfLineStorage.plan(in: &models)
        FileLayout.balance(&models)
        let types = PlannedTypes(models)
        planner.recordUnreachedExamples(components: included, types: types)
        let groups = planner.planGroups(operations.groups, types: types)

        let plan = SDKPlan(
            client: PlannedClient(
                typeName: clientName, file: FileLayout.clientFile, documentation: "A client for the \(document.info.title).",
                userAgent: PlannedUserAgent(product: options.moduleName.lowercased() + "-swift", version: options.sdkVersion),
                servers: ServerPlanning.servers(of: document, typeName: serversName),
                tokenProviders: Planner.tokenProviders(of: document, taken: Set(groups.map(\.propertyName)))),
            accessLevel: options.accessLevel,
            groups: groups, models: models,
            declaredNames: Set(planner.state.declaredNames).union(planner.state.topLevel.taken.subtracting(Naming.reservedTypeNames).subtracting(Naming.standardTypeNames)),
            examples: planner.state.examples,
            catalog: PlannedCatalog(
                file: "\(options.moduleName).docc/\(options.moduleName).md", moduleName: options.moduleName,
                abstract: "The \(DocumentationCleanup.markdown(document.info.title)) in Swift: models, request builders and a client, generated by sdkgen.",
                apiDescription: DocumentationCleanup.meaningful(document.info.description, describing: options.moduleName),
                guide: options.documentationGuide))
        if planner.state.log.hasErrors { throw DiagnosticsError(planner.state.log.all) }
        return Result(plan: plan, warnings: planner.state.log.warnings, usedConfiguredNames: planner.state.usedConfiguredNames)
    }
}
