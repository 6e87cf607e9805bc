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
}

/// What planning stages change as they go.
struct PlanningState {
    /// Every top-level name taken so far.
    var topLevel: Naming.Scope
    /// Every declared type name, nested ones included, in the order declared.
    var declaredNames: [String] = []
    /// Property names already worked out, by JSON name: the same names recur in most schemas.
    var propertyNames: [String: String] = [:]
    /// Declarations met inside others that must stand at the top level.
    var extraDeclarations: [PlannedDeclaration] = []
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
