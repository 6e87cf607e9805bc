import OpenAPIReader
import SDKGenDiagnostics

/// What every planning stage reads and none changes: the document, the options, the
/// component schemas and their Swift names.
struct PlanningContext {
    let document: OpenAPIDocument
    let options: GeneratorOptions
    let index: ComponentIndex
    /// Swift names of component schemas, by component name.
    let typeNames: [String: String]
    /// Inline schemas written the same way in several places.
    let shared: SharedInlineSchemas
    /// Components only ever sent (reached from request bodies, never from responses),
    /// whose `nullable` properties can send `null`; empty when the options say `nulls: omitted`.
    var sentOnly: Set<String> = []
    /// Components reached from multipart request bodies, whose binary members are
    /// `FilePart`s (a file name and media type beside the bytes).
    var uploaded: Set<String> = []
}

/// What planning stages change as they go.
struct PlanningState {
    /// Every top-level name taken so far.
    var topLevel: Naming.Scope
    /// Every declared type name, nested ones included, in the order declared.
    var declaredNames: [String] = []
    /// Property names already worked out, by JSON name: the same names recur in most schemas.
    var propertyNames: [String: String] = [:]
    /// Type names from property names (`Naming.typeName`), by JSON name, likewise.
    var propertyTypeNames: [String: String] = [:]
    /// Declarations met inside others that must stand at the top level.
    var extraDeclarations: [PlannedDeclaration] = []
    /// The top-level types of inline schemas written in several places, by fingerprint.
    var sharedTypeNames: [String: String] = [:]
    /// Their names.
    var sharedTypeNameSet: Set<String> = []
    /// Their declarations, in the order they were met.
    var sharedDeclarations: [PlannedDeclaration] = []
    /// Whether the declaration being planned is only ever sent, so its `nullable`
    /// optional properties are `Nullable`.
    var sendsNulls = false
    /// Whether the declaration being planned is sent as multipart, so its binary members
    /// are `FilePart`s.
    var uploadsFiles = false
    /// The spec's examples with the types that read them, when collected.
    var examples: [PlannedExample] = []
    /// Where the examples recorded so far are written.
    var recordedExamples: Set<Mark> = []
    /// The places typed so far whose schemas may hold examples planning does not meet.
    var exampleRoots: [ExampleRoot] = []
    /// The components the SDK declares a type for, when examples are collected.
    var declaredComponents: Set<String> = []
    /// The values usage examples pass, made once per pattern.
    var samples = SnippetSamples()
    /// The request body being typed, which is its operation's own type and never shared.
    var unsharedBody: Mark?
    /// The inline schemas whose configured name a declaration took.
    var usedConfiguredNames: Set<Mark> = []
    var log: DiagnosticLog

    init(topLevel: Naming.Scope, log: DiagnosticLog) {
        self.topLevel = topLevel
        self.log = log
    }

    /// The declarations gathered for the top level since the last call.
    mutating func takeExtraDeclarations() -> [PlannedDeclaration] {
        defer { extraDeclarations = [] }
        return extraDeclarations
    }
}
