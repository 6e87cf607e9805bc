import OpenAPIReader
import SDKGenDiagnostics

// The spec's example values with the generated types that read them, for the examples
// check (collected only when `GeneratorOptions.collectsExamples` asks).

extension Planner {
    /// Records the examples written on `schema`, read as `type` (coded as `coding`).
    mutating func recordExamples(of schema: Schema, as type: TypeReference, coding: PlannedProperty.Coding = .standard, subject: @autoclosure () -> String) {
        guard context.options.collectsExamples, !schema.examples.isEmpty else { return }
        for example in schema.examples {
            record(example, schema: schema, as: type, coding: coding, subject: subject())
        }
    }

    /// Records the examples of a media type whose schema is read as `type`.
    mutating func recordExamples(of media: MediaType, as type: TypeReference, subject: @autoclosure () -> String) {
        guard context.options.collectsExamples, let schema = media.schema else { return }
        for example in media.examples {
            record(example, schema: schema, as: type, coding: .standard, subject: subject())
        }
    }

    private mutating func record(_ example: Node, schema: Schema, as type: TypeReference, coding: PlannedProperty.Coding, subject: String) {
        // A value is read where it is first met: a component's own type rather than the
        // alias's target, say.
        guard state.recordedExamples.insert(example.mark).inserted else { return }
        let location = context.document.source.location(of: example.mark)
        var problems: [String] = []
        ExampleValidation(index: context.index).check(example, against: schema, at: "$", problems: &problems)
        state.examples.append(
            PlannedExample(
                type: type, coding: coding, json: JSONText.of(example), location: "\(location.file):\(location.line):\(location.column)",
                subject: subject, problems: problems))
    }
}

/// A node tree as JSON text, with plain YAML scalars typed by the YAML 1.2 core schema.
enum JSONText {
    static func of(_ node: Node) -> String {
        var text = ""
        write(node, into: &text)
        return text
    }

    /// Recursive, one call per level: the reader keeps every tree, YAML aliases expanded,
    /// within `ReaderLimits.maxDepth` levels.
    private static func write(_ node: Node, into text: inout String) {
        switch node.content {
        case .scalar(let scalar):
            if scalar.isNull {
                text += "null"
            } else if let bool = scalar.bool {
                text += bool ? "true" : "false"
            } else if let int = scalar.int {
                text += String(int)
            } else if let double = scalar.double, double.isFinite {
                text += String(double)
            } else {
                string(scalar.text, into: &text)
            }
        case .sequence(let items):
            text += "["
            for (index, item) in items.enumerated() {
                if index > 0 { text += "," }
                write(item, into: &text)
            }
            text += "]"
        case .mapping(let entries):
            text += "{"
            for (index, entry) in entries.enumerated() {
                if index > 0 { text += "," }
                string(entry.key.scalar?.text ?? "", into: &text)
                text += ":"
                write(entry.value, into: &text)
            }
            text += "}"
        }
    }

    private static func string(_ value: String, into text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20: text += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
