import SDKGenDiagnostics

// Component schemas that are nothing but references to one another.

extension DocumentDecoder {
    /// Reports each cycle of component schemas that are only a reference to the next one
    /// (`A: {$ref: B}` and `B: {$ref: A}`, or `A: {$ref: A}`; an `allOf` or `oneOf` with a
    /// single member counts as that member): no schema in such a cycle has a type, so none
    /// can be generated. Recursion through a type (a property, an array's items, a union
    /// of several members) is not a chain of references and is fine.
    ///
    /// Each cycle is reported once, at the `$ref` of its first schema in document order.
    mutating func reportReferenceCycles(in schemas: [NamedSchema]) {
        var next: [String: (name: String, mark: Mark)] = [:]
        for named in schemas {
            if case .reference(let target) = named.schema.kind { next[named.name] = (target, named.schema.mark) }
        }
        guard !next.isEmpty else { return }
        // `false` while a name is on the chain being followed, `true` once it is done.
        var visited: [String: Bool] = [:]
        for named in schemas where next[named.name] != nil && visited[named.name] == nil {
            var chain: [String] = []
            var current = named.name
            while visited[current] == nil, let step = next[current] {
                visited[current] = false
                chain.append(current)
                current = step.name
            }
            if visited[current] == false, let start = chain.firstIndex(of: current), let mark = next[current]?.mark {
                let cycle = (chain[start...] + [current]).map { "'\($0)'" }.joined(separator: " -> ")
                log.error("circular $ref: \(cycle) (schemas that are only references, with no type in between)", at: mark)
            }
            for name in chain { visited[name] = true }
        }
    }
}
