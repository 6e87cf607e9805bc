import Foundation

/// A body's members flattened to named fields, for form and multipart bodies.
struct FormFields {
    private(set) var fields: [ParameterTree.Pair] = []

    /// The fields of `body`, which must encode as an object; `Data` members are files.
    /// A member named in `partContentTypes` is one field of that media type (see
    /// ``BodyFormat/multipartEncoding(contentTypes:)``).
    init(_ body: any Encodable & Sendable, arrays: ArrayIndexing, partContentTypes: [String: String] = [:]) throws {
        guard case .object(let members) = try ParameterTree(encoding: body, markingFiles: true) else {
            throw EncodingError.invalidValue(body, .init(codingPath: [], debugDescription: "A form body must be an object."))
        }
        for member in members {
            guard let contentType = partContentTypes[member.key], !member.value.isEmpty else {
                fields += member.value.pairs(name: member.key, arrays: arrays, nested: false)
                continue
            }
            switch member.value {
            case .file(var file):
                file.contentType = file.contentType ?? contentType
                fields.append(ParameterTree.Pair(name: member.key, value: .file(file)))
            case let value where Self.isJSON(contentType):
                fields.append(ParameterTree.Pair(name: member.key, value: .typed(value.jsonText, contentType: contentType)))
            case let value:
                fields.append(ParameterTree.Pair(name: member.key, value: .typed(value.delimitedText, contentType: contentType)))
            }
        }
    }

    /// Whether `contentType` is JSON: `application/json` or a `+json` type.
    private static func isJSON(_ contentType: String) -> Bool {
        let base = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        return base == "application/json" || base.hasSuffix("+json")
    }
}
