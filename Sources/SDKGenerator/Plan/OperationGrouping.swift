import OpenAPIReader

/// Which group (client property) each operation goes in, and its method's name there.
///
/// By tag, operations keep the group `x-speakeasy-group` or their first tag names, and
/// methods are named from `x-speakeasy-name-override`, else the `operationId`. When tags
/// do not describe resources (no operation has one, or every operation has the same one),
/// or when the configuration asks, operations are grouped by the resource their path
/// names, and methods are named by what they do to it: `client.customers.retrieve(customer:)`.
struct OperationGrouping {
    /// Whether groups come from paths.
    let byPath: Bool
    /// Path prefixes of sub-collections (`/v1/customers/{customer}/sources`): a literal
    /// segment followed by a parameter in some path is a collection, not an action.
    private let collections: Set<String>
    /// Paths with a GET: a POST beside one creates in a collection rather than acting.
    private let listed: Set<String>

    init(operations: [APIOperation], grouping: GeneratorOptions.Grouping) {
        switch grouping {
        case .tags:
            byPath = false
        case .paths:
            byPath = true
        case .automatic:
            let tagged = operations.filter { $0.group != nil || !$0.tags.isEmpty }
            let firstTags = Set(operations.compactMap { $0.group ?? $0.tags.first })
            byPath = tagged.isEmpty || (tagged.count == operations.count && firstTags.count == 1 && operations.count > 1)
        }
        var collections: Set<String> = []
        var listed: Set<String> = []
        for operation in operations {
            let segments = Self.segments(operation.path)
            for index in segments.indices.dropLast() where !segments[index].isParameter && segments[index + 1].isParameter {
                collections.insert(segments[...index].map(\.text).joined(separator: "/"))
            }
            if operation.method == .get { listed.insert(operation.path) }
        }
        self.collections = collections
        self.listed = listed
    }

    /// The group `operation` belongs to.
    func group(of operation: APIOperation) -> String {
        if let group = operation.group { return group }
        if !byPath, let tag = operation.tags.first { return tag }
        return Self.resource(of: operation.path) ?? "Operations"
    }

    /// The method name for `operation` before Swift naming: the override, else (grouping
    /// by tag) the `operationId`'s last dotted part unless it runs words together, else
    /// what the method does to the path's resource.
    func methodName(of operation: APIOperation) -> String {
        if let name = operation.nameOverride { return name }
        if !byPath, let id = operation.operationID, let last = id.split(separator: ".").last, !Self.runsWordsTogether(last) {
            return String(last)
        }
        return pathMethodName(of: operation)
    }

    /// `name` without a leading API version (`Api20100401Account` gives `Account`, `V2Users`
    /// `Users`): `api` or `v`, digits, then the name proper, capitalised. Decided for each
    /// name alone, so a spec that grows renames no group; `name` itself when it has none.
    static func withoutVersionPrefix(_ name: String) -> String {
        let letters = name.prefix { $0.isLetter && !$0.isUppercase || $0 == name.first }
        guard ["api", "v"].contains(letters.lowercased()) else { return name }
        let afterLetters = name.dropFirst(letters.count)
        let digits = afterLetters.prefix { $0.isNumber }
        let rest = afterLetters.dropFirst(digits.count)
        guard !digits.isEmpty, rest.first?.isUppercase == true else { return name }
        return String(rest)
    }

    /// The first literal segment after `api` and version segments (`v1`, `2024-01-01`).
    static func resource(of path: String) -> String? {
        segments(path).first { !$0.isParameter && !isPrefix($0.text) }?.text
    }

    /// `list`, `create`, `retrieve`, `update`, `delete`, with the sub-collection they act
    /// on (`listSources`, `createSource`), or the action the path ends with (`capture`).
    private func pathMethodName(of operation: APIOperation) -> String {
        let segments = Self.segments(operation.path)
        guard let resourceIndex = segments.firstIndex(where: { !$0.isParameter && !Self.isPrefix($0.text) }) else {
            return operation.method.rawValue + "_" + operation.path
        }
        let rest = segments[(resourceIndex + 1)...]
        let endsWithParameter = rest.last?.isParameter ?? false
        let subject = rest.last { !$0.isParameter }
        if let subject, !endsWithParameter {
            let prefix = segments[...segments.lastIndex { !$0.isParameter && $0.text == subject.text }!].map(\.text).joined(separator: "/")
            // A plural noun is a collection even when no path shows one of its items.
            let isCollection = collections.contains(prefix) || (listed.contains(operation.path) && operation.method != .get)
                || Self.singular(subject.text) != subject.text
            if !isCollection { return operation.method == .get || operation.method == .post ? subject.text : operation.method.rawValue + "_" + subject.text }
        }
        let noun = subject.map(\.text) ?? ""
        switch (operation.method, endsWithParameter) {
        case (.get, true): return "retrieve_" + Self.singular(noun)
        case (.delete, _): return "delete_" + (endsWithParameter ? Self.singular(noun) : noun)
        case (.post, true), (.put, true), (.patch, _): return "update_" + Self.singular(noun)
        case (.get, false): return "list_" + noun
        case (.post, false): return "create_" + Self.singular(noun)
        case (.put, false): return "replace_" + noun
        default: return operation.method.rawValue + "_" + noun
        }
    }

    private struct Segment {
        var text: String
        var isParameter: Bool
    }

    private static func segments(_ path: String) -> [Segment] {
        path.split(separator: "/").map { part in
            Segment(text: String(part), isParameter: part.hasPrefix("{") && part.hasSuffix("}"))
        }
    }

    /// `api`, and versions: `v1`, `v2beta1`, `2024-01-01`.
    private static func isPrefix(_ segment: String) -> Bool {
        if segment.lowercased() == "api" { return true }
        if segment.first == "v", segment.dropFirst().first?.isNumber == true { return true }
        return segment.first?.isNumber == true && segment.allSatisfy { $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// A collection's name for one of its items: `sources` → `source`, `policies` → `policy`.
    static func singular(_ noun: String) -> String {
        if noun.hasSuffix("ies"), noun.count > 3 { return noun.dropLast(3) + "y" }
        if noun.hasSuffix("sses") || noun.hasSuffix("xes") || noun.hasSuffix("ches") || noun.hasSuffix("shes") { return String(noun.dropLast(2)) }
        if noun.hasSuffix("s"), !noun.hasSuffix("ss"), !noun.hasSuffix("us"), !noun.hasSuffix("is") { return String(noun.dropLast()) }
        return noun
    }

    /// Whether an `operationId` is a sentence run together in lower case
    /// (`createanapikeyforaserviceaccount`), which no word split can read.
    static func runsWordsTogether(_ id: Substring) -> Bool {
        id.count > 24 && id.allSatisfy { $0.isLowercase || $0.isNumber }
    }
}
