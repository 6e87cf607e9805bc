/// Finds structs and unions that contain themselves, directly or through each other, and
/// stores the values that close each cycle out of line, since a Swift value type cannot
/// contain itself: struct properties become `@Indirect`, unions `indirect enum`s.
///
/// Arrays and dictionaries already store their elements out of line, so only direct and
/// optional properties count. Every property between two structs of the same strongly
/// connected component is marked, and every union in a cycle (Tarjan's algorithm, linear
/// in the number of types).
enum RecursionBreaker {
    static func breakCycles(in models: inout [PlannedModel]) {
        var graph = Graph()
        for model in models {
            graph.collect(model.declaration, prefix: "")
        }
        let components = graph.stronglyConnectedComponents()
        var indirect: Set<PropertyKey> = []
        for (owner, edges) in graph.edges where !graph.unions.contains(owner) {
            for edge in edges where components[owner] == components[edge.target] && !graph.unions.contains(edge.target) {
                indirect.insert(PropertyKey(owner: owner, index: edge.property))
            }
        }
        var componentSizes: [Int: Int] = [:]
        for component in components.values { componentSizes[component, default: 0] += 1 }
        var indirectUnions: Set<String> = []
        for name in graph.unions {
            let inCycle = graph.edges[name]?.contains { $0.target == name } == true
                || componentSizes[components[name] ?? -1, default: 0] > 1
            if inCycle { indirectUnions.insert(name) }
        }
        guard !indirect.isEmpty || !indirectUnions.isEmpty else { return }
        for index in models.indices {
            mark(&models[index].declaration, prefix: "", indirect: indirect, unions: indirectUnions)
        }
    }

    private struct PropertyKey: Hashable {
        var owner: String
        var index: Int
    }

    private static func mark(
        _ declaration: inout PlannedDeclaration, prefix: String, indirect: Set<PropertyKey>, unions: Set<String>
    ) {
        switch declaration {
        case .structure(var structure):
            let name = prefix + structure.name
            for index in structure.properties.indices where indirect.contains(PropertyKey(owner: name, index: index)) {
                structure.properties[index].isIndirect = true
            }
            for index in structure.nested.indices {
                mark(&structure.nested[index], prefix: name + ".", indirect: indirect, unions: unions)
            }
            declaration = .structure(structure)
        case .union(var union):
            let name = prefix + union.name
            union.isIndirect = unions.contains(name)
            for index in union.nested.indices {
                mark(&union.nested[index], prefix: name + ".", indirect: indirect, unions: unions)
            }
            declaration = .union(union)
        case .enumeration, .alias:
            break
        }
    }

    /// Structs as nodes, by qualified name; an edge per property holding another struct inline.
    private struct Graph {
        struct Edge {
            var property: Int
            var target: String
        }

        var edges: [String: [Edge]] = [:]
        var aliases: [String: TypeReference] = [:]
        /// The nodes that are unions rather than structs.
        var unions: Set<String> = []
        private var pending: [(owner: String, property: Int, type: TypeReference)] = []

        mutating func collect(_ declaration: PlannedDeclaration, prefix: String) {
            switch declaration {
            case .structure(let structure):
                let name = prefix + structure.name
                edges[name, default: []] = []
                for (index, property) in structure.properties.enumerated() {
                    pending.append((name, index, property.type))
                }
                for nested in structure.nested {
                    collect(nested, prefix: name + ".")
                }
            case .union(let union):
                let name = prefix + union.name
                edges[name, default: []] = []
                unions.insert(name)
                for (index, unionCase) in union.cases.enumerated() {
                    pending.append((name, index, unionCase.type))
                }
                for nested in union.nested {
                    collect(nested, prefix: name + ".")
                }
            case .alias(let name, let type, _):
                aliases[prefix + name] = type
            case .enumeration:
                break
            }
        }

        /// The struct a property type holds inline, looking through aliases.
        private func inlineStruct(_ type: TypeReference) -> String? {
            var current = type
            var seen: Set<String> = []
            while case .named(let name) = current {
                if edges[name] != nil { return name }
                guard let target = aliases[name], seen.insert(name).inserted else { return nil }
                current = target
            }
            return nil
        }

        mutating func stronglyConnectedComponents() -> [String: Int] {
            for (owner, property, type) in pending {
                if let target = inlineStruct(type) {
                    edges[owner, default: []].append(Edge(property: property, target: target))
                }
            }
            pending = []
            var tarjan = Tarjan(edges: edges)
            for node in edges.keys.sorted() where tarjan.index[node] == nil {
                tarjan.visit(node)
            }
            return tarjan.component
        }
    }

    /// Tarjan's algorithm with an explicit stack, so deep chains of types cannot overflow
    /// the call stack.
    private struct Tarjan {
        let edges: [String: [Graph.Edge]]
        var index: [String: Int] = [:]
        var lowLink: [String: Int] = [:]
        var onStack: Set<String> = []
        var stack: [String] = []
        var component: [String: Int] = [:]
        var counter = 0
        var componentCount = 0

        init(edges: [String: [Graph.Edge]]) {
            self.edges = edges
        }

        mutating func visit(_ root: String) {
            var work: [(node: String, next: Int)] = [(root, 0)]
            open(root)
            while let (node, next) = work.last {
                let successors = edges[node] ?? []
                if next < successors.count {
                    work[work.count - 1].next += 1
                    let target = successors[next].target
                    if index[target] == nil {
                        open(target)
                        work.append((target, 0))
                    } else if onStack.contains(target) {
                        lowLink[node] = min(lowLink[node]!, index[target]!)
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node {
                    lowLink[parent] = min(lowLink[parent]!, lowLink[node]!)
                }
                if lowLink[node] == index[node] {
                    while let member = stack.popLast() {
                        onStack.remove(member)
                        component[member] = componentCount
                        if member == node { break }
                    }
                    componentCount += 1
                }
            }
        }

        private mutating func open(_ node: String) {
            index[node] = counter
            lowLink[node] = counter
            counter += 1
            stack.append(node)
            onStack.insert(node)
        }
    }
}
