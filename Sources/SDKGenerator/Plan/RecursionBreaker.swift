/// Finds structs that contain themselves, directly or through other structs, and marks the
/// properties that close each cycle indirect, since a Swift struct cannot contain itself.
///
/// Arrays and dictionaries already store their elements out of line, so only direct and
/// optional properties count. Every property between two structs of the same strongly
/// connected component is marked (Tarjan's algorithm, linear in the number of types).
enum RecursionBreaker {
    static func breakCycles(in models: inout [PlannedModel]) {
        var graph = Graph()
        for model in models {
            graph.collect(model.declaration, prefix: "")
        }
        let components = graph.stronglyConnectedComponents()
        var indirect: Set<PropertyKey> = []
        for (owner, edges) in graph.edges {
            for edge in edges where components[owner] == components[edge.target] {
                indirect.insert(PropertyKey(owner: owner, index: edge.property))
            }
        }
        guard !indirect.isEmpty else { return }
        for index in models.indices {
            mark(&models[index].declaration, prefix: "", indirect: indirect)
        }
    }

    private struct PropertyKey: Hashable {
        var owner: String
        var index: Int
    }

    private static func mark(_ declaration: inout PlannedDeclaration, prefix: String, indirect: Set<PropertyKey>) {
        guard case .structure(var structure) = declaration else { return }
        let name = prefix + structure.name
        for index in structure.properties.indices where indirect.contains(PropertyKey(owner: name, index: index)) {
            structure.properties[index].isIndirect = true
        }
        for index in structure.nested.indices {
            mark(&structure.nested[index], prefix: name + ".", indirect: indirect)
        }
        declaration = .structure(structure)
    }

    /// Structs as nodes, by qualified name; an edge per property holding another struct inline.
    private struct Graph {
        struct Edge {
            var property: Int
            var target: String
        }

        var edges: [String: [Edge]] = [:]
        var aliases: [String: TypeReference] = [:]
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
