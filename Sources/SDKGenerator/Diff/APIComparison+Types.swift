// Types: added, removed, renamed, and their properties and cases.

extension APIComparison {
    mutating func compareTypes() {
        for oldType in old.types {
            guard let newName = matches[oldType.name], let newType = newTypes[newName] else {
                record(.removed, .type, oldType.name, oldType.kind.rawValue, breaksApps: true, breaksWire: false)
                continue
            }
            if newName != TypeMatching.expectedName(of: oldType.name, matches: matches) {
                var detail = "now \(newName)"
                if let origin = oldType.origin { detail += " (\(Self.describe(origin: origin)))" }
                if let other = newTypes[oldType.name] {
                    detail += "; `\(oldType.name)` now names " + (other.origin.map { Self.describe(origin: $0) } ?? "another type")
                }
                record(.renamed, .type, oldType.name, detail, breaksApps: true, breaksWire: false)
            }
            compare(oldType, newType)
        }
        let matchedNew = Set(matches.values)
        for newType in new.types where !matchedNew.contains(newType.name) {
            record(.added, .type, newType.name, newType.kind.rawValue, breaksApps: false, breaksWire: false)
        }
    }

    private mutating func compare(_ oldType: SnapshotType, _ newType: SnapshotType) {
        let use = usage[oldType.name] ?? .both
        guard oldType.kind == newType.kind else {
            record(
                .changed, .type, oldType.name, Self.arrow(oldType.kind.rawValue, newType.kind.rawValue), breaksApps: true,
                breaksWire: true)
            return
        }
        switch oldType.kind {
        case .struct:
            compareProperties(of: oldType, oldType.properties ?? [], newType.properties ?? [], use: use)
        case .enum:
            if oldType.rawType != newType.rawType {
                record(
                    .changed, .type, oldType.name, "raw type " + Self.arrow(oldType.rawType ?? "", newType.rawType ?? ""),
                    breaksApps: true, breaksWire: true)
            }
            compareEnumCases(of: oldType, oldType.cases ?? [], newType.cases ?? [], use: use)
        case .union:
            compareUnionCases(of: oldType, oldType.cases ?? [], newType.cases ?? [], use: use)
        case .alias:
            let (oldTarget, newTarget) = (oldType.aliasOf ?? "", newType.aliasOf ?? "")
            if renamed(oldTarget) != newTarget {
                record(
                    .changed, .type, oldType.name, "typealias of " + Self.arrow(oldTarget, newTarget), breaksApps: true,
                    breaksWire: breaksWire(oldTarget, newTarget, usage: use))
            }
        }
    }

    private mutating func compareProperties(of type: SnapshotType, _ old: [SnapshotProperty], _ new: [SnapshotProperty], use: TypeUsage) {
        let newByJSON = Dictionary(new.map { ($0.json, $0) }) { first, _ in first }
        let oldJSON = Set(old.map(\.json))
        for property in old {
            let name = "\(type.name).\(property.name)"
            guard let counterpart = newByJSON[property.json] else {
                // Apps built before fail to read a response without a member they require.
                record(
                    .removed, .property, name, Self.describe(property), breaksApps: true,
                    breaksWire: !property.optional && !property.defaulted && use.contains(.response))
                continue
            }
            if counterpart.name != property.name {
                record(.renamed, .property, name, Self.arrow(property.name, counterpart.name), breaksApps: true, breaksWire: false)
            }
            if renamed(property.type) != counterpart.type {
                record(
                    .changed, .property, name, "type " + Self.arrow(property.type, counterpart.type), breaksApps: true,
                    breaksWire: breaksWire(property.type, counterpart.type, usage: use))
            }
            if property.optional != counterpart.optional {
                // Apps built before may leave out a member now required, or require one
                // the server may now leave out.
                record(
                    .changed, .property, name, property.optional ? "optional → required" : "required → optional",
                    breaksApps: true, breaksWire: use.contains(property.optional ? .request : .response))
            }
            if property.encoding != counterpart.encoding {
                record(
                    .changed, .property, name,
                    "encoded as " + Self.arrow(property.encoding ?? "its type", counterpart.encoding ?? "its type"),
                    breaksApps: false, breaksWire: true)
            }
        }
        for property in new where !oldJSON.contains(property.json) {
            let required = !property.optional && !property.defaulted
            // A required property is a new argument of the memberwise initializer.
            record(
                .added, .property, "\(type.name).\(property.name)", Self.describe(property), breaksApps: required,
                breaksWire: required && use.contains(.request))
        }
    }

    private mutating func compareEnumCases(of type: SnapshotType, _ old: [SnapshotCase], _ new: [SnapshotCase], use: TypeUsage) {
        let newByValue = Dictionary(new.map { ($0.value ?? $0.name, $0) }) { first, _ in first }
        let oldValues = Set(old.map { $0.value ?? $0.name })
        for enumCase in old {
            let value = enumCase.value ?? enumCase.name
            guard let counterpart = newByValue[value] else {
                // The server no longer accepts the value; apps reading it get `.undocumented`.
                record(
                    .removed, .enumCase, "\(type.name).\(enumCase.name)", "value \"\(value)\"", breaksApps: true,
                    breaksWire: use.contains(.request))
                continue
            }
            if counterpart.name != enumCase.name {
                record(
                    .renamed, .enumCase, "\(type.name).\(enumCase.name)", Self.arrow(enumCase.name, counterpart.name),
                    breaksApps: true, breaksWire: false)
            }
        }
        for enumCase in new where !oldValues.contains(enumCase.value ?? enumCase.name) {
            record(
                .added, .enumCase, "\(type.name).\(enumCase.name)", "value \"\(enumCase.value ?? enumCase.name)\"",
                breaksApps: false, breaksWire: false)
        }
    }

    private mutating func compareUnionCases(of type: SnapshotType, _ old: [SnapshotCase], _ new: [SnapshotCase], use: TypeUsage) {
        let newByName = Dictionary(new.map { ($0.name, $0) }) { first, _ in first }
        let oldNames = Set(old.map(\.name))
        for unionCase in old {
            let name = "\(type.name).\(unionCase.name)"
            guard let counterpart = newByName[unionCase.name] else {
                record(
                    .removed, .unionCase, name, unionCase.type ?? "", breaksApps: true, breaksWire: use.contains(.request))
                continue
            }
            let (oldCaseType, newCaseType) = (unionCase.type ?? "", counterpart.type ?? "")
            if renamed(oldCaseType) != newCaseType {
                record(
                    .changed, .unionCase, name, "type " + Self.arrow(oldCaseType, newCaseType), breaksApps: true,
                    breaksWire: breaksWire(oldCaseType, newCaseType, usage: use))
            }
        }
        for unionCase in new where !oldNames.contains(unionCase.name) {
            record(.added, .unionCase, "\(type.name).\(unionCase.name)", unionCase.type ?? "", breaksApps: false, breaksWire: false)
        }
    }

    /// `schema c1.api.Pet`, or `an inline schema written in several places`.
    static func describe(origin: String) -> String {
        origin.hasPrefix("inline ") ? "an inline schema written in several places" : origin
    }

    /// `String?`, `Int = default`, `[Item] (JSON "items")`.
    static func describe(_ property: SnapshotProperty) -> String {
        var text = property.type + (property.optional ? "?" : property.defaulted ? " with a default" : "")
        if property.json != property.name && property.json != "*" { text += " (JSON \"\(property.json)\")" }
        return text
    }
}
