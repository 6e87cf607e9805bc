/// The API diff's entry point: compares the Swift API two plans generate and classifies
/// every difference as breaking apps' code, breaking apps built before on the wire, or
/// additive.
///
/// Types are matched by the component schema they come from, or the inline schema written
/// in several places (so a type renamed because a new schema took its name shows as
/// renamed, not as removed and added), nested types
/// with their parents, others by name; operations by `operationId`, then by method and
/// path, then by Swift name; properties by JSON name, enum cases by value, arguments by
/// label, then by where they go on the wire. Each stage is in a file named for it.
package enum APIDiff {
    /// What changing `old` into `new` does.
    package static func compare(_ old: APISnapshot, _ new: APISnapshot) -> APIDiffReport {
        var comparison = APIComparison(old: old, new: new)
        comparison.compareOperations()
        comparison.compareTypes()
        return APIDiffReport(changes: comparison.changes)
    }
}

/// The state of one comparison: both APIs indexed, the types matched, and the changes
/// found so far.
struct APIComparison {
    let old: APISnapshot
    let new: APISnapshot
    let oldTypes: [String: SnapshotType]
    let newTypes: [String: SnapshotType]
    /// The new name of every old type matched with a new type.
    let matches: [String: String]
    /// How the old API uses each of its types.
    let usage: [String: TypeUsage]
    var changes: [APIChange] = []

    init(old: APISnapshot, new: APISnapshot) {
        self.old = old
        self.new = new
        oldTypes = Dictionary(old.types.map { ($0.name, $0) }) { first, _ in first }
        newTypes = Dictionary(new.types.map { ($0.name, $0) }) { first, _ in first }
        matches = TypeMatching.matches(old: old.types, new: new.types)
        usage = TypeUsage.usage(in: old)
    }

    mutating func record(
        _ kind: APIChange.Kind, _ element: APIChange.Element, _ name: String, _ detail: String, breaksApps: Bool, breaksWire: Bool
    ) {
        changes.append(APIChange(kind, element, name, detail, breaksApps: breaksApps, breaksWire: breaksWire))
    }

    /// `type` of the old API with the names of renamed types replaced by their new names:
    /// equal to the new type when only a rename, reported once, changed it.
    func renamed(_ type: String) -> String {
        var result = ""
        var token = ""
        func flush() {
            result += matches[token] ?? token
            token = ""
        }
        for character in type {
            if character.isLetter || character.isNumber || character == "_" || character == "." {
                token.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// Whether a value of type `old` in the old API and `new` in the new API, used as
    /// `usage` says, fails on the wire for apps built before.
    func breaksWire(_ old: String, _ new: String, usage: TypeUsage) -> Bool {
        WireRelation(old, new, in: self).breaks(usage)
    }

    /// `A → B`.
    static func arrow(_ old: String, _ new: String) -> String {
        "\(old) → \(new)"
    }
}
