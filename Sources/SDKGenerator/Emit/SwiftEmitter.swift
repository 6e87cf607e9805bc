import SDKGenDiagnostics

/// The emit stage's entry point: prints a plan as Swift files, in the layout asked for.
package enum SwiftEmitter {
    /// How the generated declarations are laid out in files.
    package enum Layout: Sendable, Hashable {
        /// The client, one file per operation group and one per group of models, as the
        /// plan places them: what a package commits, and what compiles fastest.
        case filePerGroup
        /// Everything in one file of this name, each part under a `// MARK: -` naming the
        /// file it would otherwise be in: for build tool plugins, which must name their
        /// outputs before the spec is read.
        case singleFile(String)
    }

    /// The files for `plan`, sorted by path; the parts are printed on every core when
    /// `parallelism` allows.
    package static func emit(_ plan: SDKPlan, layout: Layout = .filePerGroup, parallelism: Parallelism = .parallel) -> [GeneratedFile] {
        let parts = self.parts(of: plan)
        // Each part's file starts with the header, unless the parts go into one file.
        let ownHeaders = layout == .filePerGroup
        let bodies = concurrentMap(parts.count, parallelism) { index in
            var writer = SwiftWriter(capacity: 16 * 1024)
            if ownHeaders { writeHeader(to: &writer) }
            parts[index].write(&writer)
            return writer
        }
        switch layout {
        case .filePerGroup:
            return zip(parts, bodies).map { GeneratedFile(path: $0.path, bytes: $1.utf8) }
        case .singleFile(let name):
            var writer = SwiftWriter(capacity: bodies.reduce(0) { $0 + $1.utf8.count } + 128)
            writeHeader(to: &writer)
            for (index, (part, body)) in zip(parts, bodies).enumerated() {
                if index > 0 { writer.line() }
                writer.line("// MARK: - \(part.path)")
                writer.line()
                writer.append(contentsOf: body)
            }
            return [GeneratedFile(path: name, bytes: writer.utf8)]
        }
    }

    /// One file's worth of declarations: where it goes and how to print it.
    private struct Part: Sendable {
        var path: String
        var write: @Sendable (inout SwiftWriter) -> Void
    }

    /// The client, the groups and the model files, sorted by path.
    private static func parts(of plan: SDKPlan) -> [Part] {
        let names = RuntimeNames(shadowed: plan.declaredNames, accessLevel: plan.accessLevel)
        var parts = [Part(path: plan.client.file) { ClientEmitter(plan: plan, names: names).write(to: &$0) }]
        for group in plan.groups {
            var files: [String] = []
            for operation in group.operations where !files.contains(operation.file) { files.append(operation.file) }
            if files.isEmpty { files = [group.file] }
            for file in files {
                let emitter = OperationEmitter(group: group, names: names)
                parts.append(Part(path: file) { emitter.write(file: file, to: &$0) })
            }
        }
        var byFile: [String: [PlannedDeclaration]] = [:]
        for model in plan.models {
            byFile[model.file, default: []].append(model.declaration)
        }
        for (file, declarations) in byFile {
            parts.append(Part(path: file) { ModelEmitter(names: names).write(declarations, to: &$0) })
        }
        return parts.sorted { $0.path < $1.path }
    }

    /// The header and imports every file starts with. Generated code reaches the runtime's
    /// `Generated` SPI (coding keys, request building), which apps never see.
    private static func writeHeader(to writer: inout SwiftWriter) {
        writer.line(Code(GeneratedFile.header))
        writer.line()
        writer.line("import Foundation")
        writer.line("@_spi(Generated) import SDKRuntime")
        writer.line()
    }
}
