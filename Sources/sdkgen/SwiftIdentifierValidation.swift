import ArgumentParser
import SDKGenerator

/// Throws a usage error for the first of `names`, options and their values, whose value
/// is not a Swift identifier, saying what is allowed.
func validateSwiftIdentifiers(_ names: KeyValuePairs<String, String?>) throws {
    for (option, name) in names {
        if let name, !SwiftIdentifier.isValid(name) {
            throw ValidationError("\(option) must be \(SwiftIdentifier.rule), not '\(name)'")
        }
    }
}
