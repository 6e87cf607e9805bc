import Foundation

extension ParameterTree {
    /// One `name=value` pair of a flattened value.
    struct Pair {
        var name: String
        var value: ParameterTree.Leaf
    }

    /// A value that stands on its own in a pair.
    enum Leaf {
        case text(String)
        case file(FilePart)
        /// Text sent as a multipart part of its own media type.
        case typed(String, contentType: String)

        /// The value as text; a file's bytes read as UTF-8.
        var text: String {
            switch self {
            case .text(let text), .typed(let text, _): text
            case .file(let file): String(decoding: file.data, as: UTF8.self)
            }
        }
    }

    /// The value flattened under `name`: members as `name[key]`, elements as `name[index]`
    /// or `name` by `arrays` (see ``ArrayIndexing``). `nested` says whether `name` is
    /// itself inside an object or array (or a `deepObject` parameter), where
    /// ``ArrayIndexing/indexed`` indexes every array, not only arrays of objects or arrays.
    func pairs(name: String, arrays: ArrayIndexing, nested: Bool) -> [Pair] {
        var pairs: [Pair] = []
        appendPairs(to: &pairs, name: name, arrays: arrays, nested: nested)
        return pairs
    }

    private func appendPairs(to pairs: inout [Pair], name: String, arrays: ArrayIndexing, nested: Bool) {
        switch self {
        case .null:
            return
        case .scalar(let text, _):
            pairs.append(Pair(name: name, value: .text(text)))
        case .file(let file):
            pairs.append(Pair(name: name, value: .file(file)))
        case .object(let members):
            for member in members {
                member.value.appendPairs(to: &pairs, name: "\(name)[\(member.key)]", arrays: arrays, nested: true)
            }
        case .array(let elements):
            let indexed = arrays == .indexed && (nested || elements.contains(where: \.isStructured))
            for (index, element) in elements.enumerated() {
                element.appendPairs(to: &pairs, name: indexed ? "\(name)[\(index)]" : name, arrays: arrays, nested: true)
            }
        }
    }

    /// The value as one item of a delimited list: a plain value as its text, an array or
    /// object as JSON text.
    var delimitedText: String {
        switch self {
        case .null: return "null"
        case .scalar(let text, _): return text
        case .file(let file): return String(decoding: file.data, as: UTF8.self)
        case .array, .object: return jsonText
        }
    }

    /// The value as compact JSON.
    var jsonText: String {
        switch self {
        case .null: return "null"
        case .scalar(let text, let isString): return isString ? Self.quoted(text) : text
        case .file(let file): return Self.quoted(file.data.base64EncodedString())
        case .array(let elements): return "[" + elements.map(\.jsonText).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { Self.quoted($0.key) + ":" + $0.value.jsonText }.joined(separator: ",") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
