/// One difference between two APIs, and what it breaks.
package struct APIChange: Codable, Sendable, Hashable {
    package enum Kind: String, Codable, Sendable {
        case added, removed, renamed, changed
    }

    /// What changed.
    package enum Element: String, Codable, Sendable {
        case type, property
        case enumCase = "enum case"
        case unionCase = "union case"
        case operation, argument, response
        /// A method of an operation besides the two every operation has: a sequence, a
        /// stream, the overload taking the body's properties.
        case method
    }

    /// How a change is classified.
    package enum Classification: String, Codable, Sendable, CaseIterable {
        /// Apps' code stops compiling, and apps built before the change fail against the new API.
        case breakingForAppsAndWire = "breaking for apps and on the wire"
        /// Apps' code that uses the changed part stops compiling.
        case breakingForApps = "breaking for apps"
        /// Apps built before the change fail against the new API, though their code compiles
        /// unchanged with the new SDK.
        case breakingOnTheWire = "breaking on the wire"
        /// Breaks nothing.
        case additive
    }

    package var kind: Kind
    package var element: Element
    /// The element in the old API, or the new when added: `Webhook.state`,
    /// `Webhooks.test(id:)`, `Webhooks.test(id:) id`.
    package var name: String
    /// What happened, for people: `String → Int64`, `GET /a → POST /a`.
    package var detail: String
    /// Whether code using the old SDK stops compiling.
    package var breaksApps: Bool
    /// Whether an app built with the old SDK fails against a server of the new API.
    package var breaksWire: Bool

    package init(_ kind: Kind, _ element: Element, _ name: String, _ detail: String, breaksApps: Bool, breaksWire: Bool) {
        self.kind = kind
        self.element = element
        self.name = name
        self.detail = detail
        self.breaksApps = breaksApps
        self.breaksWire = breaksWire
    }

    package var classification: Classification {
        switch (breaksApps, breaksWire) {
        case (true, true): .breakingForAppsAndWire
        case (true, false): .breakingForApps
        case (false, true): .breakingOnTheWire
        case (false, false): .additive
        }
    }

    /// `removed property Webhook.state: String`.
    package var summary: String {
        "\(kind.rawValue) \(element.rawValue) \(name)" + (detail.isEmpty ? "" : ": \(detail)")
    }
}

/// The semantic-version bump a set of changes implies for the SDK.
package enum VersionBump: String, Codable, Sendable {
    /// Nothing apps see changed, or only what apps built before need to keep working
    /// (a changed path), which their code does not see.
    case patch
    /// Additions: apps' code compiles unchanged.
    case minor
    /// Apps' code may stop compiling.
    case major
}
