/// The check on names a user gives for Swift declarations: the module, the client, and
/// the component types a configuration's `names` renames.
package enum SwiftIdentifier {
    /// What such a name must be, for error messages.
    package static let rule = "a Swift identifier (a letter or '_', then letters, digits or '_'; not a keyword)"

    /// Whether `name` can be written in Swift as it is: a letter or `_`, then letters,
    /// ASCII digits or `_`; not `_` alone, and not a keyword, which would need backticks.
    package static func isValid(_ name: String) -> Bool {
        guard let first = name.first, first.isLetter || first == "_", name != "_" else { return false }
        return name.allSatisfy { $0.isLetter || $0 == "_" || ("0"..."9").contains($0) }
            && !SwiftSpelling.keywords.contains(name)
    }
}
