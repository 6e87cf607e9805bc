import Foundation

/// A body's members flattened to named fields, for form and multipart bodies.
struct FormFields {
    private(set) var fields: [ParameterTree.Pair] = []

    /// The fields of `body`, which must encode as an object; `Data` members are files.
    init(_ body: any Encodable & Sendable, arrays: ArrayIndexing) throws {
        guard case .object(let members) = try ParameterTree(encoding: body, markingFiles: true) else {
            throw EncodingError.invalidValue(body, .init(codingPath: [], debugDescription: "A form body must be an object."))
        }
        for member in members {
            fields += member.value.pairs(name: member.key, arrays: arrays, nested: false)
        }
    }
}
