/// How a path parameter is laid out: OpenAPI's `style` for `in: path` (RFC 6570's simple,
/// label and path-style expansions).
@_spi(Generated) public enum PathStyle: Sendable, Hashable {
    /// `blue`, `blue,black` for an array, `R,100,G,200` (`R=100,G=200` exploded) for an
    /// object: the default.
    case simple
    /// `.blue`, `.blue,black` (`.blue.black` exploded), `.R,100,G,200` (`.R=100.G=200`
    /// exploded).
    case label
    /// `;color=blue`, `;color=blue,black` (`;color=blue;color=black` exploded),
    /// `;color=R,100,G,200` (`;R=100;G=200` exploded).
    case matrix
}

@_spi(Generated) extension URLPath {
    /// Lays `value` out in the path as `style` and `explode` say, every value
    /// percent-encoded; `name` is the parameter's name, which `matrix` writes. A value that
    /// makes an empty segment (an empty `simple` value or array) is ``invalidSegment``.
    public static func segment(_ value: some Encodable & Sendable, name: String, style: PathStyle, explode: Bool) -> String {
        guard let tree = ParameterTree(parameter: value) else { return invalidSegment }
        let key = percentEncoded(name)
        // The values, and for an object the pairs, each part percent-encoded.
        let items: [String]
        let pairs: [(key: String, value: String)]
        switch tree {
        case .null:
            (items, pairs) = ([], [])
        case .scalar, .file:
            (items, pairs) = ([percentEncoded(tree.delimitedText)], [])
        case .array(let elements):
            (items, pairs) = (elements.map { percentEncoded($0.delimitedText) }, [])
        case .object(let members):
            pairs = members.filter { !$0.value.isEmpty }.map { (percentEncoded($0.key), percentEncoded($0.value.delimitedText)) }
            items = pairs.flatMap { [$0.key, $0.value] }
        }
        let isObject = if case .object = tree { true } else { false }
        let exploded = isObject && explode ? pairs.map { "\($0.key)=\($0.value)" } : items
        switch style {
        case .simple:
            let text = exploded.joined(separator: ",")
            return text.isEmpty || text == "." || text == ".." ? invalidSegment : text
        case .label:
            return "." + exploded.joined(separator: explode ? "." : ",")
        case .matrix:
            if isObject && explode { return exploded.map { ";" + $0 }.joined() }
            if explode, case .array = tree { return items.map { ";\(key)=\($0)" }.joined() }
            return items.allSatisfy(\.isEmpty) ? ";\(key)" : ";\(key)=" + items.joined(separator: ",")
        }
    }
}
