import Foundation

@_spi(Generated) extension Array where Element == URLQueryItem {
    /// Adds a query parameter that may be an array, an object, or a union of either with
    /// plain values, laid out in `style` (see `QueryStyle`), with arrays in objects named
    /// by `arrays`.
    public mutating func append(
        name: String, _ value: (some Encodable & Sendable)?, style: QueryStyle, arrays: ArrayIndexing = .indexed
    ) {
        guard let value, let tree = ParameterTree(parameter: value), !tree.isEmpty else { return }
        switch (tree, style) {
        case (.null, _):
            return
        case (.scalar, _), (.file, _):
            append(URLQueryItem(name: name, value: tree.delimitedText))
        case (.array, .form(explode: true)):
            appendPairs(tree.pairs(name: name, arrays: arrays, nested: false))
        case (.object(let members), .form(explode: true)):
            for member in members { appendPairs(member.value.pairs(name: member.key, arrays: arrays, nested: false)) }
        case (_, .deepObject):
            appendPairs(tree.pairs(name: name, arrays: arrays, nested: true))
        case (.array(let elements), .form(explode: false)), (.array(let elements), .spaceDelimited),
            (.array(let elements), .pipeDelimited):
            append(URLQueryItem(name: name, value: elements.map(\.delimitedText).joined(separator: style.delimiter)))
        case (.object(let members), .form(explode: false)), (.object(let members), .spaceDelimited),
            (.object(let members), .pipeDelimited):
            let items = members.filter { !$0.value.isEmpty }.flatMap { [$0.key, $0.value.delimitedText] }
            append(URLQueryItem(name: name, value: items.joined(separator: style.delimiter)))
        }
    }

    private mutating func appendPairs(_ pairs: [ParameterTree.Pair]) {
        for pair in pairs { append(URLQueryItem(name: pair.name, value: pair.value.text)) }
    }
}

extension QueryStyle {
    /// What joins the items of a value that is not exploded.
    fileprivate var delimiter: String {
        switch self {
        case .spaceDelimited: " "
        case .pipeDelimited: "|"
        case .form, .deepObject: ","
        }
    }
}
