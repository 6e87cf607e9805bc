import Foundation

// The API diff for programs.

extension APIDiffReport {
    /// The report as one JSON object, keys sorted: `old`, `new`, `bump`, `breaking`,
    /// `counts`, and `changes`, each with `kind`, `element`, `name`, `detail`,
    /// `breaksApps`, `breaksWire` and `classification`.
    package func json(old: String, new: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let document = JSONReport(
            old: old, new: new, bump: bump, breaking: isBreaking, counts: counts,
            changes: changes.map { JSONChange(change: $0, classification: $0.classification) })
        // Strings, integers and booleans always encode.
        return String(decoding: try! encoder.encode(document), as: UTF8.self) + "\n"
    }
}

private struct JSONReport: Encodable {
    var old: String
    var new: String
    var bump: VersionBump
    var breaking: Bool
    var counts: APIDiffReport.Counts
    var changes: [JSONChange]
}

private struct JSONChange: Encodable {
    var change: APIChange
    var classification: APIChange.Classification

    enum CodingKeys: String, CodingKey {
        case kind, element, name, detail, breaksApps, breaksWire, classification
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(change.kind, forKey: .kind)
        try container.encode(change.element, forKey: .element)
        try container.encode(change.name, forKey: .name)
        try container.encode(change.detail, forKey: .detail)
        try container.encode(change.breaksApps, forKey: .breaksApps)
        try container.encode(change.breaksWire, forKey: .breaksWire)
        try container.encode(classification, forKey: .classification)
    }
}
