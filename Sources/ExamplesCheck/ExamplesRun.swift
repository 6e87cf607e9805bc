import Foundation
import SDKRuntime

/// Checks a spec's examples against its generated types: each valid example must decode
/// with its type, keep no value as unknown, fill in no member, and encode back to the same
/// JSON. Every example, valid or not, is also decoded leniently (the default) and strictly,
/// and counted.
public struct ExamplesRun: Sendable {
    /// What happened to the examples of one spec.
    public struct Summary: Sendable {
        public var name: String
        public var found = 0
        /// Examples that do not fit their own schema: the spec's mistake, not counted.
        public var invalid = 0
        public var decoded = 0
        /// Examples, valid or not, that decode as clients do by default: required members
        /// that are missing or `null` filled in.
        public var decodedLeniently = 0
        /// Examples, valid or not, that decode in strict mode.
        public var decodedStrictly = 0
        public var roundTripped = 0
        /// Valid examples that decoded but kept a value as unknown (`undocumented`) or
        /// filled in a member.
        public var fellBack = 0
        /// Examples that did not decode or did not encode back to the same JSON.
        public var failed = 0

        /// Whether every valid example decoded completely and encoded back.
        public var passed: Bool { fellBack == 0 && failed == 0 }
    }

    /// The spec's name in reports.
    public var name: String
    public var examples: [ExampleCase]

    public init(name: String, examples: [ExampleCase]) {
        self.name = name
        self.examples = examples
    }

    /// Runs every example, printing each failure (and, with `verbose`, each invalid
    /// example) with where it is written; returns the counts.
    public func run(verbose: Bool = false) -> Summary {
        var summary = Summary(name: name)
        for example in examples {
            summary.found += 1
            let data = Data(example.json.utf8)
            if (try? example.roundTrip(ExampleProbe(data: data, fallbacks: FallbackRecorder(), strict: true))) != nil {
                summary.decodedStrictly += 1
            }
            let fallbacks = FallbackRecorder()
            let lenient = Result { try example.roundTrip(ExampleProbe(data: data, fallbacks: fallbacks)) }
            if case .success = lenient { summary.decodedLeniently += 1 }
            if !example.problems.isEmpty {
                summary.invalid += 1
                if verbose { report("invalid example", example, example.problems.joined(separator: "; ")) }
                continue
            }
            let encoded: Data
            switch lenient {
            case .success(let data): encoded = data
            case .failure(let error):
                summary.failed += 1
                report("does not decode", example, "\(error)")
                continue
            }
            summary.decoded += 1
            if let kept = fallbacks.recorded.first {
                summary.fellBack += 1
                report("did not decode completely", example, kept)
                continue
            }
            do {
                let original = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
                let again = try JSONSerialization.jsonObject(with: encoded, options: [.fragmentsAllowed])
                if let difference = JSONComparison.difference(original, again) {
                    summary.failed += 1
                    report("does not encode back to the same JSON", example, difference)
                    continue
                }
            } catch {
                summary.failed += 1
                report("is not JSON", example, "\(error)")
                continue
            }
            summary.roundTripped += 1
        }
        return summary
    }

    private func report(_ what: String, _ example: ExampleCase, _ detail: String) {
        print("\(example.location): \(name): the example of \(example.subject) \(what): \(detail)")
    }

    /// Prints one line per summary and a total, as a table.
    public static func printTable(_ summaries: [Summary]) {
        let header = [
            "spec", "examples", "invalid", "decoded", "round-tripped", "fell back", "failed", "valid round-tripped", "lenient",
            "strict",
        ]
        var rows = [header]
        for summary in summaries {
            let valid = summary.found - summary.invalid
            let share = valid == 0 ? "-" : String(format: "%.1f%%", Double(summary.roundTripped) * 100 / Double(valid))
            rows.append(
                [summary.name] + [summary.found, summary.invalid, summary.decoded, summary.roundTripped, summary.fellBack, summary.failed].map { "\($0)" }
                    + [share, "\(summary.decodedLeniently)", "\(summary.decodedStrictly)"])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            print(row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  "))
        }
    }
}

/// Records what a decoder kept as unknown or filled in.
final class FallbackRecorder: DecodingFallbackReporter, @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String] = []

    var recorded: [String] { lock.withLock { entries } }

    func keptUnknown(_ value: JSONValue, of type: Any.Type, at codingPath: [any CodingKey]) {
        let path = "$" + codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        lock.withLock { entries.append("\(path) kept as unknown \(type)") }
    }

    func filledIn(_ type: Any.Type, at codingPath: [any CodingKey], wasNull: Bool) {
        let path = "$" + codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        lock.withLock { entries.append("\(path) filled in: the required \(type) was \(wasNull ? "null" : "missing")") }
    }
}
