import Foundation
import SDKGenDiagnostics

/// Reads JSON with Foundation's `JSONSerialization` into the same node tree as YAML.
///
/// Foundation keeps no positions and no key order: mapping keys are sorted, and each node
/// is recorded in a `JSONSourceMap` so a diagnostic can still find its line and column.
///
/// Nesting, the number of nodes and the length of strings are held to `ReaderLimits`, and
/// a key written twice in one object is an error.
package enum JSONReader {
    /// Parses `bytes`; `path` names the file in diagnostics.
    package static func read(_ bytes: [UInt8], path: String) throws(DiagnosticsError) -> ParsedDocument {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw DiagnosticsError([syntaxError(error, bytes: bytes, path: path)])
        }
        var converter = Converter()
        let root = converter.node(from: object, parent: -1, key: .index(0), depth: 0)
        let source = SourceFile(path: path, jsonNodes: JSONNodePositions(bytes: bytes, map: converter.map))
        guard let root else {
            let (message, node) = converter.failure ?? (ReaderLimits.nestingTooDeep, 0)
            throw DiagnosticsError([Diagnostic(.error, message, at: source.location(of: .jsonNode(Int32(truncatingIfNeeded: node))))])
        }
        if converter.members != JSONDuplicateKeys.memberCount(in: bytes) {
            throw DiagnosticsError([duplicateKeyError(bytes: bytes, path: path)])
        }
        return ParsedDocument(root: root, source: source)
    }

    /// The error for the first key written twice in one object.
    private static func duplicateKeyError(bytes: [UInt8], path: String) -> Diagnostic {
        guard let duplicate = JSONDuplicateKeys.first(in: bytes) else {
            return Diagnostic(.error, "an object has a key written twice", at: SourceLocation(file: path, line: 1, column: 1))
        }
        let (line, column) = JSONLocator.lineAndColumn(ofOffset: duplicate.offset, in: bytes)
        let firstLine = JSONLocator.lineAndColumn(ofOffset: duplicate.firstOffset, in: bytes).line
        return Diagnostic(.error, DuplicateKey.message(duplicate.key, firstLine: firstLine), at: SourceLocation(file: path, line: line, column: column))
    }

    /// Foundation reports syntax errors as "… around character N."; turn N into a line and column.
    private static func syntaxError(_ error: any Error, bytes: [UInt8], path: String) -> Diagnostic {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "invalid JSON"
        var offset = 0
        if let range = detail.range(of: "character ") {
            offset = Int(detail[range.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        let (line, column) = JSONLocator.lineAndColumn(ofOffset: offset, in: bytes)
        var message = detail
        if let around = message.range(of: " around character") {
            message = String(message[..<around.lowerBound])
        }
        if message.hasSuffix(".") { message.removeLast() }
        return Diagnostic(.error, "invalid JSON: \(message)", at: SourceLocation(file: path, line: line, column: column))
    }
}

/// Turns Foundation's objects into nodes, numbering each in the source map; stops with a
/// `failure` at the first limit passed.
private struct Converter {
    var map = JSONSourceMap()
    /// The entries of every object converted so far.
    var members = 0
    /// The limit passed, and the node where.
    var failure: (message: String, node: Int)?

    mutating func node(from object: Any, parent: Int, key: JSONSourceMap.Key, depth: Int) -> Node? {
        let index = map.add(parent: parent, key: key)
        let mark = Mark.jsonNode(Int32(truncatingIfNeeded: index))
        if map.count > ReaderLimits.maxNodes { return fail(ReaderLimits.tooManyNodes, at: index) }
        switch object {
        case let string as String:
            return scalar(string, style: .doubleQuoted, at: index)
        case let dictionary as [String: Any]:
            guard depth < ReaderLimits.maxDepth else { return fail(ReaderLimits.nestingTooDeep, at: index) }
            var entries: [Node.Entry] = []
            entries.reserveCapacity(dictionary.count)
            members += dictionary.count
            for (name, element) in dictionary.sorted(by: { $0.key < $1.key }) {
                guard let keyNode = scalar(name, style: .doubleQuoted, at: index),
                    let value = node(from: element, parent: index, key: .name(name), depth: depth + 1)
                else { return nil }
                entries.append(Node.Entry(key: keyNode, value: value))
            }
            return Node(.mapping(entries), at: mark)
        case let array as [Any]:
            guard depth < ReaderLimits.maxDepth else { return fail(ReaderLimits.nestingTooDeep, at: index) }
            var items: [Node] = []
            items.reserveCapacity(array.count)
            for (position, element) in array.enumerated() {
                guard let item = node(from: element, parent: index, key: .index(position), depth: depth + 1) else { return nil }
                items.append(item)
            }
            return Node(.sequence(items), at: mark)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" {
                return Node(.scalar(Scalar(number.boolValue ? "true" : "false", style: .plain)), at: mark)
            }
            return Node(.scalar(Scalar(number.stringValue, style: .plain)), at: mark)
        default:
            return Node(.scalar(Scalar("null", style: .plain)), at: mark)
        }
    }

    /// A scalar node of node `index` (a key shares its object's index), unless it is too long.
    private mutating func scalar(_ text: String, style: Scalar.Style, at index: Int) -> Node? {
        let length = text.utf8.count
        guard length <= ReaderLimits.maxScalarBytes else { return fail(ReaderLimits.scalarTooLong(length), at: index) }
        return Node(.scalar(Scalar(text, style: style)), at: .jsonNode(Int32(truncatingIfNeeded: index)))
    }

    private mutating func fail(_ message: String, at index: Int) -> Node? {
        failure = (message, index)
        return nil
    }
}
