/// What changing one API into another does: every change, classified, and the version bump
/// they imply.
package struct APIDiffReport: Sendable, Hashable {
    /// The changes: operations' first (by the old signature, added ones last), then types'
    /// (by the old name, with their members', added types last).
    package var changes: [APIChange]

    package init(changes: [APIChange]) {
        self.changes = changes
    }

    /// Whether some change breaks apps' code or apps built before it.
    package var isBreaking: Bool { changes.contains { $0.breaksApps || $0.breaksWire } }

    /// `major` when apps' code may stop compiling, `minor` for other changes apps see
    /// (additions), `patch` otherwise.
    package var bump: VersionBump {
        if changes.contains(where: \.breaksApps) { return .major }
        if changes.contains(where: { $0.classification == .additive }) { return .minor }
        return .patch
    }

    /// The counts the summary line gives.
    package struct Counts: Codable, Sendable, Hashable {
        package var operationsAdded = 0
        package var operationsRemoved = 0
        package var typesAdded = 0
        package var typesRemoved = 0
        package var breakingForApps = 0
        package var breakingOnTheWire = 0
        package var additive = 0
    }

    package var counts: Counts {
        var counts = Counts()
        for change in changes {
            switch (change.element, change.kind) {
            case (.operation, .added): counts.operationsAdded += 1
            case (.operation, .removed): counts.operationsRemoved += 1
            case (.type, .added): counts.typesAdded += 1
            case (.type, .removed): counts.typesRemoved += 1
            default: break
            }
            if change.breaksApps { counts.breakingForApps += 1 }
            if change.breaksWire { counts.breakingOnTheWire += 1 }
            if change.classification == .additive { counts.additive += 1 }
        }
        return counts
    }

    /// The changes of one classification.
    package func changes(_ classification: APIChange.Classification) -> [APIChange] {
        changes.filter { $0.classification == classification }
    }
}
