/// Which file each declaration is written in, relative to the output folder.
enum FileLayout {
    /// The client and its servers.
    static let clientFile = "Client.swift"

    /// The file of an operation group's type.
    static func operationsFile(ofGroup typeName: String) -> String {
        "Operations/\(typeName).swift"
    }

    /// The file of the models only one group uses.
    static func modelFile(ofGroup typeName: String) -> String {
        "Models/\(typeName)Models.swift"
    }

    /// The file for a model used by several groups or none: one per initial letter, so a
    /// large SDK's shared models compile in parallel and a model's file never changes.
    static func sharedModelFile(for typeName: String) -> String {
        let initial = typeName.first { $0.isLetter }.map { String($0).uppercased() } ?? "Other"
        return "Models/SharedModels" + (initial.first!.isASCII ? initial : "Other") + ".swift"
    }

    /// The most lines a generated file holds, give or take a declaration: more, smaller
    /// files keep the compiler's jobs balanced over the cores, and a file is never one
    /// job that every other job waits for.
    static let maximumLines = 2_500

    /// Spreads each model file that would be longer than `maximumLines` over several:
    /// `SharedModelsB.swift`, `SharedModelsB+2.swift`, … in the models' (sorted) order.
    static func balance(_ models: inout [PlannedModel]) {
        let estimates = models.map { estimatedLines(of: $0.declaration) }
        var totals: [String: Int] = [:]
        for (model, lines) in zip(models, estimates) { totals[model.file, default: 0] += lines }
        var parts: [String: (number: Int, lines: Int)] = [:]
        for index in models.indices where totals[models[index].file]! > maximumLines {
            let file = models[index].file
            let lines = estimates[index]
            var part = parts[file] ?? (1, 0)
            if part.lines > 0, part.lines + lines > maximumLines { part = (part.number + 1, 0) }
            part.lines += lines
            parts[file] = part
            models[index].file = numbered(file, part.number)
        }
    }

    /// The files of a group's operations, chosen in order as they are planned: the group's
    /// own file while it stays under `maximumLines`, then `Customers+2.swift`, … each
    /// holding an extension of the type.
    struct OperationFiles {
        let groupFile: String
        private var part = (number: 1, lines: 0)

        init(groupFile: String) {
            self.groupFile = groupFile
        }

        /// The file of the next operation, whose methods take `parameterCount` query,
        /// header and cookie parameters and carry `documentation`.
        mutating func file(parameterCount: Int, documentation: (builder: String, sender: String)) -> String {
            let lines = 24 + parameterCount * 2 + FileLayout.lines(of: documentation.builder) + FileLayout.lines(of: documentation.sender)
            if part.lines > 0, part.lines + lines > FileLayout.maximumLines { part = (part.number + 1, 0) }
            part.lines += lines
            return FileLayout.numbered(groupFile, part.number)
        }
    }

    /// `Models/X.swift` for part 1, `Models/X+2.swift` for part 2.
    private static func numbered(_ file: String, _ part: Int) -> String {
        part == 1 ? file : String(file.dropLast(".swift".count)) + "+\(part).swift"
    }

    /// About how many lines a declaration prints as.
    static func estimatedLines(of declaration: PlannedDeclaration) -> Int {
        switch declaration {
        case .structure(let value):
            let documentation = value.properties.reduce(0) { $0 + lines(of: $1.documentation) }
            return 14 + value.properties.count * 5 + documentation + lines(of: value.documentation)
                + (value.additionalProperties == nil ? 0 : 8) + value.nested.reduce(0) { $0 + 1 + estimatedLines(of: $1) }
        case .union(let value):
            return 20 + value.cases.count * 4 + lines(of: value.documentation) + value.nested.reduce(0) { $0 + 1 + estimatedLines(of: $1) }
        case .enumeration(let value):
            return 26 + value.cases.count * 3 + lines(of: value.documentation)
        case .alias(let value):
            return 2 + lines(of: value.documentation)
        }
    }

    /// Counted over the UTF-8 in place: going byte by byte through the string's view
    /// checks every index, and only the newlines matter here.
    private static func lines(of text: String?) -> Int {
        guard var text else { return 0 }
        return text.withUTF8 { $0.count { $0 == UInt8(ascii: "\n") } } + 1
    }
}
