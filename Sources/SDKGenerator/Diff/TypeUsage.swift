/// Where an API sends a type: in requests, in responses, or both. What breaks on the wire
/// depends on it: a new required property breaks requests, a removed one responses.
struct TypeUsage: OptionSet, Hashable {
    let rawValue: UInt8

    static let request = TypeUsage(rawValue: 1 << 0)
    static let response = TypeUsage(rawValue: 1 << 1)
    static let both: TypeUsage = [.request, .response]

    /// How `api`'s operations use each type: the types of arguments are sent, responses
    /// received, and so is every type they contain. A type no operation reaches counts as
    /// both, as apps may use it either way.
    static func usage(in api: APISnapshot) -> [String: TypeUsage] {
        let types = Dictionary(api.types.map { ($0.name, $0) }) { first, _ in first }
        var usage: [String: TypeUsage] = [:]
        func mark(_ type: String, _ use: TypeUsage) {
            var pending = namedTypes(in: type)
            while let name = pending.popLast() {
                guard let declaration = types[name], !(usage[name]?.contains(use) ?? false) else { continue }
                usage[name, default: []].insert(use)
                pending += declaration.memberTypes.flatMap(namedTypes)
            }
        }
        for operation in api.operations {
            for argument in operation.arguments { mark(argument.type, .request) }
            mark(operation.response, .response)
        }
        for type in api.types where usage[type.name] == nil {
            usage[type.name] = .both
        }
        return usage
    }

    /// The names in a type's spelling (`[String: Item]` → `String`, `Item`).
    static func namedTypes(in type: String) -> [String] {
        type.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }.map(String.init)
    }
}

extension SnapshotType {
    /// The types of the members: properties, union alternatives, a typealias's target.
    var memberTypes: [String] {
        (properties ?? []).map(\.type) + (cases ?? []).compactMap(\.type) + [aliasOf].compactMap { $0 }
    }
}
