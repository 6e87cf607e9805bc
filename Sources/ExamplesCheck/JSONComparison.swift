import Foundation
@_spi(Generated) import SDKRuntime

/// Whether two JSON documents say the same thing: members that are `null` count as
/// absent, numbers compare by value, and strings that are both RFC 3339 timestamps
/// compare as instants (`.000Z` and `Z`, `+02:00` and the same time in UTC).
enum JSONComparison {
    /// The first place where `a` and `b` differ, as a JSON path; `nil` when they agree.
    static func difference(_ a: Any, _ b: Any, at path: String = "$") -> String? {
        switch (a, b) {
        case (let a as [String: Any], let b as [String: Any]):
            let keys = Set(a.keys).union(b.keys).sorted()
            for key in keys {
                let left = a[key] ?? NSNull()
                let right = b[key] ?? NSNull()
                if let found = difference(left, right, at: "\(path).\(key)") { return found }
            }
            return nil
        case (let a as [Any], let b as [Any]):
            guard a.count == b.count else { return "\(path): \(a.count) items against \(b.count)" }
            for index in a.indices {
                if let found = difference(a[index], b[index], at: "\(path)[\(index)]") { return found }
            }
            return nil
        case (is NSNull, is NSNull):
            return nil
        case (let a as NSNumber, let b as NSNumber):
            if isBool(a) != isBool(b) { return "\(path): \(a) against \(b)" }
            return a.doubleValue == b.doubleValue ? nil : "\(path): \(a) against \(b)"
        case (let a as String, let b as String):
            if a == b { return nil }
            if let left = RFC3339.date(from: a), let right = RFC3339.date(from: b), left == right { return nil }
            return "\(path): \"\(a)\" against \"\(b)\""
        default:
            return "\(path): \(describe(a)) against \(describe(b))"
        }
    }

    private static func isBool(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: "null"
        case is [String: Any]: "an object"
        case is [Any]: "an array"
        case let string as String: "\"\(string)\""
        default: "\(value)"
        }
    }
}
