/// Which type of the new API each type of the old one became.
enum TypeMatching {
    /// The new name of every old type that has a counterpart: the type planned from the same
    /// component schema (or inline schema written in several places); a nested type, the one of the same name nested in its parent's
    /// counterpart; any other, the type of the same name. Then types still unmatched that
    /// have the same name are paired too.
    static func matches(old: [SnapshotType], new: [SnapshotType]) -> [String: String] {
        let oldIdentities = identities(old)
        let newByIdentity = Dictionary(identities(new).map { ($0.value, $0.key) }) { first, _ in first }
        var matches: [String: String] = [:]
        for type in old {
            if let name = newByIdentity[oldIdentities[type.name]!] { matches[type.name] = name }
        }
        let matchedNew = Set(matches.values)
        let newNames = Set(new.map(\.name))
        for type in old where matches[type.name] == nil && newNames.contains(type.name) && !matchedNew.contains(type.name) {
            matches[type.name] = type.name
        }
        return matches
    }

    /// What identifies each type across versions, by name: its origin (`schema NAME`,
    /// `inline HASH`), else `type NAME` for a top-level type, and its
    /// top-level type's identity followed by the rest of its name for a nested type.
    static func identities(_ types: [SnapshotType]) -> [String: String] {
        let topLevel = Dictionary(types.filter { !$0.name.contains(".") }.map { ($0.name, $0) }) { first, _ in first }
        var identities: [String: String] = [:]
        for type in types {
            let parts = type.name.split(separator: ".", maxSplits: 1)
            let top = String(parts[0])
            let base = topLevel[top]?.origin ?? "type \(top)"
            identities[type.name] = parts.count == 2 ? "\(base).\(parts[1])" : base
        }
        return identities
    }

    /// The name `oldName` would have if only its enclosing types' renames changed it.
    static func expectedName(of oldName: String, matches: [String: String]) -> String {
        guard let dot = oldName.lastIndex(of: ".") else { return oldName }
        let parent = String(oldName[..<dot])
        return (matches[parent] ?? parent) + oldName[dot...]
    }
}
