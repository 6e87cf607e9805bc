import Foundation
import SDKGenDiagnostics

/// The places in a document that the configuration's `names:` keys name: a component
/// schema or an `operationId` by name, or, by JSON Pointer (`#/paths/~1pets/post/requestBody`),
/// any schema, operation or `enum` value.
package struct ConfiguredNames: Sendable {
    /// One place a key names.
    package enum Target: Sendable, Hashable {
        /// A schema in `components/schemas`, by name: its type is renamed.
        case component(String)
        /// A `$ref` to a component schema: the component is the one to name.
        case reference(String)
        /// An inline schema, where it is written.
        case schema(Mark)
        /// An operation: its method is renamed.
        case operation(Mark, id: String?)
        /// One value of a schema's `enum`: its case is renamed.
        case enumValue(schema: Mark, value: String)
    }

    /// What each key names: nothing, one place, or (for a name that is a component's and an
    /// operationId) several.
    package private(set) var targets: [String: [Target]] = [:]
    /// The name given to each inline schema, operation and `enum` value named once.
    private(set) var schemas: [Mark: String] = [:]
    private(set) var operations: [Mark: String] = [:]
    private(set) var enumCases: [Mark: [String: String]] = [:]
    /// The name given to each component schema named once, by the component's name.
    package private(set) var components: [String: String] = [:]

    init() {}

    /// Whether no key was asked for.
    var isEmpty: Bool { targets.isEmpty }

    /// Finds the place of each key of `names` in the tree under `root`.
    init(_ names: [String: String], root: Node) {
        let finder = Finder(root: root)
        for (key, name) in names {
            let found = key.hasPrefix("#/") ? finder.pointed(key).map { [$0] } ?? [] : finder.named(key)
            targets[key] = found
            guard found.count == 1 else { continue }
            switch found[0] {
            case .component(let component): components[component] = name
            case .schema(let mark): schemas[mark] = name
            case .operation(let mark, _): operations[mark] = name
            case .enumValue(let schema, let value): enumCases[schema, default: [:]][value] = name
            case .reference: break
            }
        }
    }

    /// Walks the tree for names and pointers.
    private struct Finder {
        let root: Node

        /// The component schema and the operations a plain name matches.
        func named(_ name: String) -> [Target] {
            var found: [Target] = []
            if root["components"]?["schemas"]?[name] != nil { found.append(.component(name)) }
            for path in root["paths"]?.entries ?? [] {
                for field in path.value.entries ?? [] {
                    guard let method = field.key.scalar?.text, HTTPMethod(rawValue: method) != nil,
                        field.value["operationId"]?.scalar?.text == name
                    else { continue }
                    found.append(.operation(field.value.mark, id: name))
                }
            }
            return found
        }

        /// The place a JSON Pointer names, or `nil` when it names nothing. A pointer to a
        /// request body, response, parameter or media type names its schema (the first
        /// media type's, for content); `$ref`s are followed on the way.
        func pointed(_ pointer: String, depth: Int = 0) -> Target? {
            // A chain of references that loops names nothing.
            guard depth < 16, let tokens = DocumentDecoder.pointerTokens(pointer) else { return nil }
            var trail = [root]
            for token in tokens {
                guard let next = child(of: trail.last!, token) else { return nil }
                trail.append(next)
            }
            let node = trail.last!
            if tokens.count == 3, tokens[0] == "components", tokens[1] == "schemas" { return .component(tokens[2]) }
            if tokens.count == 3, tokens[0] == "paths", HTTPMethod(rawValue: tokens[2]) != nil, node.entries != nil {
                return .operation(node.mark, id: node["operationId"]?.scalar?.text)
            }
            if tokens.count >= 2, tokens[tokens.count - 2] == "enum", let value = node.scalar?.text {
                return .enumValue(schema: trail[trail.count - 3].mark, value: value)
            }
            var schema = node
            if let media = schema["content"]?.entries?.first?.value { schema = media }
            if let inner = schema["schema"] { schema = inner }
            if let reference = schema["$ref"]?.scalar?.text {
                if let component = DocumentDecoder.componentSchemaName(reference) { return .reference(component) }
                return pointed(reference, depth: depth + 1)
            }
            return schema.entries != nil ? .schema(schema.mark) : nil
        }

        /// The member or item `token` of `node`, else of what `node`'s `$ref` points at (a
        /// chain of them that loops gives nothing).
        private func child(of node: Node, _ token: String, depth: Int = 0) -> Node? {
            if let direct = Self.element(of: node, token) { return direct }
            guard depth < 16, let reference = node["$ref"]?.scalar?.text,
                let target = DocumentDecoder.pointerTokens(reference).flatMap(walk)
            else { return nil }
            return child(of: target, token, depth: depth + 1)
        }

        /// The node at `tokens` from the root, without following references.
        private func walk(_ tokens: [String]) -> Node? {
            tokens.reduce(root as Node?) { node, token in node.flatMap { Self.element(of: $0, token) } }
        }

        private static func element(of node: Node, _ token: String) -> Node? {
            if let items = node.items { return Int(token).flatMap { items.indices.contains($0) ? items[$0] : nil } }
            return node[token]
        }
    }
}
