// The API diff for people: a full report, and one line for `sdkgen generate`.

extension APIDiffReport {
    /// The report: the bump and the counts, then the changes by classification, breaking
    /// ones first, one per line.
    package func text(old: String, new: String) -> String {
        var lines = ["API changes from \(old) to \(new)"]
        guard !changes.isEmpty else {
            lines.append("no API change (patch)")
            return lines.joined(separator: "\n") + "\n"
        }
        let counts = counts
        lines.append(
            "\(bump.rawValue): \(Self.count(counts.breakingForApps, "change")) breaking for apps, "
                + "\(counts.breakingOnTheWire) breaking on the wire, \(counts.additive) additive")
        lines.append(
            "operations: +\(counts.operationsAdded) -\(counts.operationsRemoved); types: +\(counts.typesAdded) -\(counts.typesRemoved)")
        for classification in APIChange.Classification.allCases {
            let group = changes(classification)
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append("\(classification.rawValue.prefix(1).uppercased() + classification.rawValue.dropFirst()) (\(group.count)):")
            lines += group.map { "  \($0.summary)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line for a regeneration: `+12 operations, -1 type; 3 breaking changes (major):
    /// removed operation …; …`, naming the first few breaking changes; `no API change`
    /// when there is none.
    package var oneLine: String {
        guard !changes.isEmpty else { return "no API change" }
        let counts = counts
        var parts: [String] = []
        if counts.operationsAdded > 0 { parts.append("+" + Self.count(counts.operationsAdded, "operation")) }
        if counts.operationsRemoved > 0 { parts.append("-" + Self.count(counts.operationsRemoved, "operation")) }
        if counts.typesAdded > 0 { parts.append("+" + Self.count(counts.typesAdded, "type")) }
        if counts.typesRemoved > 0 { parts.append("-" + Self.count(counts.typesRemoved, "type")) }
        let breaking = changes.filter { $0.breaksApps || $0.breaksWire }
        if breaking.isEmpty {
            let others = counts.additive - counts.operationsAdded - counts.typesAdded
            if others > 0 { parts.append(Self.count(others, "other addition")) }
            return parts.joined(separator: ", ") + " (\(bump.rawValue))"
        }
        let shown = 3
        var line = (parts.isEmpty ? "" : parts.joined(separator: ", ") + "; ")
            + "\(Self.count(breaking.count, "breaking change")) (\(bump.rawValue)): "
            + breaking.prefix(shown).map(\.summary).joined(separator: "; ")
        if breaking.count > shown { line += "; and \(breaking.count - shown) more (sdkgen diff lists them)" }
        return line
    }

    /// `1 operation`, `2 operations`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
