/// Decides which values are stored out of line: a struct property holding another struct,
/// and a union that contains itself, directly or through others.
///
/// Every struct property whose type is a generated struct (held directly, optionally or as
/// `Nullable`) is stored in an `Indirect`. That breaks every cycle of structs, which a Swift
/// value type cannot otherwise hold, and it is what keeps the generated code cheap to
/// compile: a struct that holds others inline is copied, compared and destroyed field by
/// field over the whole flattened tree, and that code was most of the LLVM IR the compiler
/// generated for a large API (docs/performance.md has the compile times). A union in a
/// cycle is an `indirect enum`
/// (Tarjan's algorithm, linear in the number of types); other unions stay inline.
///
/// Arrays and dictionaries already store their elements out of line, so only direct,
/// optional and nullable properties count.
enum OutOfLineStorage {
    static func plan(in models: inout [PlannedModel]) {
        var graph = Graph()
        for model in models {
            graph.collect(model.declaration, prefix: "")
        }
        graph.resolveEdges()
        let components = Tarjan(edges: graph.edges).components()
        var componentSizes = [Int](repeating: 0, count: graph.edges.count)
        for component in components { componentSizes[component] += 1 }

        // By node: the properties stored out of line, and whether a union is indirect.
        var indirect = [Set<Int>](repeating: [], count: graph.edges.count)
        var indirectUnions = [Bool](repeating: false, count: graph.edges.count)
        for (owner, edges) in graph.edges.enumerated() {
            if graph.isUnion[owner] {
                indirectUnions[owner] = edges.contains { $0.target == owner } || componentSizes[components[owner]] > 1
            } else {
                indirect[owner] = Set(edges.lazy.filter { !graph.isUnion[$0.target] }.map(\.property))
            }
        }
        var node = 0
        for index in models.indices {
            mark(&models[index].declaration, node: &node, indirect: indirect, unions: indirectUnions)
        }
    }

    /// Marks the properties and unions found, visiting nodes in the order `Graph.collect` numbered them.
    private static func mark(_ declaration: inout PlannedDeclaration, node: inout Int, indirect: [Set<Int>], unions: [Bool]) {
        switch declaration {
        case .structure(var structure):
            let id = node
            node += 1
            guard !indirect[id].isEmpty || !structure.nested.isEmpty else { return }
            for index in indirect[id] {
                structure.properties[index].isIndirect = true
                structure.properties[index].storageName = "_" + structure.properties[index].swiftName
            }
            for index in structure.nested.indices {
                mark(&structure.nested[index], node: &node, indirect: indirect, unions: unions)
            }
            declaration = .structure(structure)
        case .union(var union):
            let id = node
            node += 1
            union.isIndirect = unions[id]
            for index in union.nested.indices {
                mark(&union.nested[index], node: &node, indirect: indirect, unions: unions)
            }
            declaration = .union(union)
        case .enumeration, .alias:
            break
        }
    }

    /// Structs and unions as nodes, numbered in the order they are met; an edge per
    /// property (or case) holding another struct or union inline.
    private struct Graph {
        struct Edge {
            var property: Int
            var target: Int
        }

        var edges: [[Edge]] = []
        var isUnion: [Bool] = []
        /// Nodes by qualified name.
        private var nodes: [String: Int] = [:]
        private var aliases: [String: TypeReference] = [:]
        private var pending: [(owner: Int, property: Int, type: TypeReference)] = []

        mutating func collect(_ declaration: PlannedDeclaration, prefix: String) {
            switch declaration {
            case .structure(let structure):
                collect(prefix + structure.name, isUnion: false, members: structure.properties.map(\.type), nested: structure.nested)
            case .union(let union):
                collect(prefix + union.name, isUnion: true, members: union.cases.map(\.type), nested: union.nested)
            case .alias(let alias):
                aliases[prefix + alias.name] = alias.type
            case .enumeration:
                break
            }
        }

        /// A node named `name` whose property (or case) types are `members`, then its nested types.
        private mutating func collect(_ name: String, isUnion: Bool, members: [TypeReference], nested: [PlannedDeclaration]) {
            let id = edges.count
            nodes[name] = id
            edges.append([])
            self.isUnion.append(isUnion)
            for (index, type) in members.enumerated() {
                pending.append((id, index, type))
            }
            for declaration in nested {
                collect(declaration, prefix: name + ".")
            }
        }

        /// Turns the property types met into edges, once every node is known.
        mutating func resolveEdges() {
            for (owner, property, type) in pending {
                if let target = inlineNode(type) {
                    edges[owner].append(Edge(property: property, target: target))
                }
            }
            pending = []
        }

        /// The struct or union a property type holds inline, looking through aliases.
        private func inlineNode(_ type: TypeReference) -> Int? {
            var current = type
            var seen: Set<String> = []
            while case .named(let name) = current {
                if let node = nodes[name] { return node }
                guard let target = aliases[name], seen.insert(name).inserted else { return nil }
                current = target
            }
            return nil
        }
    }

    /// Tarjan's algorithm with an explicit stack, so deep chains of types cannot overflow
    /// the call stack.
    private struct Tarjan {
        let edges: [[Graph.Edge]]
        var index: [Int]
        var lowLink: [Int]
        var onStack: [Bool]
        var stack: [Int] = []
        var component: [Int]
        var counter = 0
        var componentCount = 0

        init(edges: [[Graph.Edge]]) {
            self.edges = edges
            index = Array(repeating: -1, count: edges.count)
            lowLink = index
            component = index
            onStack = Array(repeating: false, count: edges.count)
        }

        /// The strongly connected component of each node, by node.
        consuming func components() -> [Int] {
            for node in edges.indices where index[node] < 0 {
                visit(node)
            }
            return component
        }

        private mutating func visit(_ root: Int) {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            open(root)
            while let (node, next) = work.last {
                let successors = edges[node]
                if next < successors.count {
                    work[work.count - 1].next += 1
                    let target = successors[next].target
                    if index[target] < 0 {
                        open(target)
                        work.append((target, 0))
                    } else if onStack[target] {
                        lowLink[node] = min(lowLink[node], index[target])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node {
                    lowLink[parent] = min(lowLink[parent], lowLink[node])
                }
                if lowLink[node] == index[node] {
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = componentCount
                        if member == node { break }
                    }
                    componentCount += 1
                }
            }
        }

        private mutating func open(_ node: Int) {
            index[node] = counter
            lowLink[node] = counter
            counter += 1
            stack.append(node)
            onStack[node] = true
        }
    }
}
