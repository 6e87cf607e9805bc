/// How the JSON values a type accepts changed: the same, more (`Int32` → `Int64`, an enum
/// → `String`), fewer (`String` → `Date`), or different ones (`String` → `Int`).
///
/// Fewer values break requests (apps built before may send what the server now refuses);
/// more break responses (the server may send what those apps cannot read); different ones
/// break both.
enum WireRelation: Equatable {
    case same, wider, narrower, incompatible

    /// The relation between `old` in the old API and `new` in the new one.
    init(_ old: String, _ new: String, in comparison: APIComparison) {
        self = Self.relation(old, new, comparison, depth: 0)
    }

    func breaks(_ usage: TypeUsage) -> Bool {
        switch self {
        case .same: false
        case .wider: usage.contains(.response)
        case .narrower: usage.contains(.request)
        case .incompatible: true
        }
    }

    private static func relation(_ old: String, _ new: String, _ comparison: APIComparison, depth: Int) -> WireRelation {
        if comparison.renamed(old) == new { return .same }
        guard depth < 32 else { return .incompatible }
        let old = resolved(old, comparison.oldTypes)
        let new = resolved(new, comparison.newTypes)
        if comparison.renamed(old) == new { return .same }
        switch (container(old), container(new)) {
        case (.array(let oldElement), .array(let newElement)), (.dictionary(let oldElement), .dictionary(let newElement)):
            return relation(oldElement, newElement, comparison, depth: depth + 1)
        default:
            var oldValue = WireValue(old, comparison.oldTypes)
            if case .other = oldValue { oldValue = .other(comparison.renamed(old)) }
            let newValue = WireValue(new, comparison.newTypes)
            // Apps that read no content ignore whatever content comes.
            if oldValue == .empty { return .same }
            if newValue == .any { return .wider }
            if oldValue == .any { return .narrower }
            if oldValue == newValue { return .same }
            if case .other = oldValue, case .other = newValue,
                sameShape(comparison.oldTypes[old], comparison.newTypes[new], comparison, depth: depth)
            {
                return .same
            }
            if oldValue.isContained(in: newValue) { return .wider }
            if newValue.isContained(in: oldValue) { return .narrower }
            return .incompatible
        }
    }

    /// Whether two structs, of different names, read and write the same JSON: the same
    /// members, each as optional and of the same type.
    private static func sameShape(_ old: SnapshotType?, _ new: SnapshotType?, _ comparison: APIComparison, depth: Int) -> Bool {
        guard let old, let new, old.kind == .struct, new.kind == .struct else { return false }
        let oldProperties = (old.properties ?? []).sorted { $0.json < $1.json }
        let newProperties = (new.properties ?? []).sorted { $0.json < $1.json }
        return oldProperties.count == newProperties.count
            && zip(oldProperties, newProperties).allSatisfy { old, new in
                old.json == new.json && old.optional == new.optional && old.encoding == new.encoding
                    && relation(old.type, new.type, comparison, depth: depth + 1) == .same
            }
    }

    /// `type` with typealiases followed to what they stand for.
    private static func resolved(_ type: String, _ types: [String: SnapshotType]) -> String {
        var current = type
        for _ in 0..<32 {
            guard let target = types[current]?.aliasOf else { break }
            current = target
        }
        return current
    }

    private enum Container {
        case array(String), dictionary(String), none
    }

    private static func container(_ type: String) -> Container {
        guard type.hasPrefix("["), type.hasSuffix("]") else { return .none }
        let inner = String(type.dropFirst().dropLast())
        return inner.hasPrefix("String: ") ? .dictionary(String(inner.dropFirst(8))) : .array(inner)
    }
}

/// The kind of JSON value a type reads and writes.
private enum WireValue: Equatable {
    case any, boolean, int32, int64, float, double, string, stringEnum, intEnum, data, empty
    /// A string of a format: a date, a UUID, a URL.
    case formattedString(String)
    /// A struct, a union, or an array or dictionary met where a value is: only the same
    /// type matches.
    case other(String)

    init(_ type: String, _ types: [String: SnapshotType]) {
        switch type {
        case "JSONValue": self = .any
        case "Bool": self = .boolean
        case "Int32": self = .int32
        case "Int", "Int64": self = .int64
        case "Float": self = .float
        case "Double": self = .double
        case "String": self = .string
        case "Date", "UUID", "URL": self = .formattedString(type)
        case "Data": self = .data
        case "EmptyResponse": self = .empty
        default:
            if let declaration = types[type], declaration.kind == .enum {
                self = declaration.rawType == "Int" ? .intEnum : .stringEnum
            } else {
                self = .other(type)
            }
        }
    }

    /// Whether every value of `self` is a value of `other` (an open enum's type reads any
    /// value, but the server accepts only its cases).
    func isContained(in other: WireValue) -> Bool {
        switch (self, other) {
        case (.int32, .int64), (.int32, .float), (.int32, .double), (.int64, .double), (.float, .double): true
        case (.intEnum, .int64), (.intEnum, .int32): true
        case (.stringEnum, .string), (.formattedString, .string): true
        default: false
        }
    }
}
