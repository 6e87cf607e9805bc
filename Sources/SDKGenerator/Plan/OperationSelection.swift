import OpenAPIReader
import SDKGenDiagnostics

/// The operations `--operation` and `--tag` (or the configuration's lists) keep.
struct OperationSelection {
    /// The operations kept, in document order.
    let operations: [APIOperation]
    /// Whether nothing was filtered out, so every component is generated.
    let keepsEverything: Bool

    /// Selects from `document`; an unknown operation ID is an error in `log`.
    init(document: OpenAPIDocument, options: GeneratorOptions, log: inout DiagnosticLog) {
        let known = Set(document.operations.compactMap(\.operationID))
        for id in options.operations where !known.contains(id) {
            log.error("no operation has the operationId '\(id)'", at: .start)
        }
        keepsEverything = options.operations.isEmpty && options.tags.isEmpty
        if keepsEverything {
            operations = document.operations
            return
        }
        let ids = Set(options.operations)
        let tags = Set(options.tags)
        operations = document.operations.filter { operation in
            operation.operationID.map(ids.contains) == true
                || operation.tags.contains(where: tags.contains)
                || operation.group.map(tags.contains) == true
        }
    }
}
