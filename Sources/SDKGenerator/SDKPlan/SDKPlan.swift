/// Every decision about the Swift SDK, made once: names, types, signatures, documentation
/// and the file each declaration goes in. Emitters only print a plan.
package struct SDKPlan: Sendable {
    /// The client type and the servers.
    package var client: PlannedClient
    /// The access level of every generated declaration.
    package var accessLevel: GeneratorOptions.AccessLevel
    /// Operation groups, sorted by name.
    package var groups: [PlannedGroup]
    /// Top-level model declarations, sorted by name, each with the file it goes in.
    package var models: [PlannedModel]
    /// Names that generated declarations take, so uses of Swift, Foundation and runtime
    /// types with the same names get qualified.
    package var declaredNames: Set<String>
    /// The spec's example values with the types that read them, when asked for
    /// (`GeneratorOptions.collectsExamples`).
    package var examples: [PlannedExample] = []
    /// The module's DocC landing page.
    package var catalog: PlannedCatalog
}

/// The DocC catalog's landing page: what the module is, the maintainers' guide, and each
/// operation group with an example.
package struct PlannedCatalog: Sendable {
    /// The page's path in the output folder: `<Module>.docc/<Module>.md`.
    package var file: String
    package var moduleName: String
    /// The page's first paragraph.
    package var abstract: String
    /// The API's description from the spec, cleaned; `nil` when it says nothing.
    package var apiDescription: String?
    /// The Markdown of the configuration's `documentation` file, added to the overview.
    package var guide: String?
}

/// Local names that generated method bodies use, reserved so no parameter takes them.
package enum GeneratedLocals {
    /// The query items a request builder collects.
    package static let queryItems = "queryItems"
    /// The header fields a request builder collects.
    package static let headerFields = "headerFields"
    /// The per-call options parameter of every sending method.
    package static let options = "options"
    /// The request body parameter.
    package static let body = "body"
    /// The `APIClient` property of the client and of every group.
    package static let client = "client"
}
