// Operations: added, removed, renamed, moved on the wire, and their arguments and responses.

extension APIComparison {
    mutating func compareOperations() {
        var unmatched = Array(new.operations.indices)
        func take(_ matchesOperation: (SnapshotOperation) -> Bool) -> SnapshotOperation? {
            guard let position = unmatched.firstIndex(where: { matchesOperation(new.operations[$0]) }) else { return nil }
            return new.operations[unmatched.remove(at: position)]
        }
        var pairs: [(SnapshotOperation, SnapshotOperation?)] = []
        // Matched in rounds, each only among what earlier rounds left.
        var pending = old.operations
        for sameOperation in [
            { (a: SnapshotOperation, b: SnapshotOperation) in a.operationID == b.operationID },
            { (a: SnapshotOperation, b: SnapshotOperation) in a.method == b.method && a.wirePath == b.wirePath },
            { (a: SnapshotOperation, b: SnapshotOperation) in a.group == b.group && a.name == b.name },
        ] {
            pending = pending.filter { operation in
                guard let counterpart = take({ sameOperation(operation, $0) }) else { return true }
                pairs.append((operation, counterpart))
                return false
            }
        }
        pairs += pending.map { ($0, nil) }
        for (operation, counterpart) in pairs.sorted(by: { $0.0.signature < $1.0.signature }) {
            guard let counterpart else {
                record(.removed, .operation, operation.signature, operation.route, breaksApps: true, breaksWire: true)
                continue
            }
            compare(operation, counterpart)
        }
        for index in unmatched.sorted(by: { new.operations[$0].signature < new.operations[$1].signature }) {
            let operation = new.operations[index]
            record(.added, .operation, operation.signature, operation.route, breaksApps: false, breaksWire: false)
        }
    }

    private mutating func compare(_ old: SnapshotOperation, _ new: SnapshotOperation) {
        let name = old.signature
        if old.group != new.group || old.name != new.name {
            record(.renamed, .operation, name, "now \(new.signature)", breaksApps: true, breaksWire: false)
        }
        if old.method != new.method || old.wirePath != new.wirePath {
            record(.changed, .operation, name, Self.arrow(old.route, new.route), breaksApps: false, breaksWire: true)
        }
        compareArguments(of: name, old.arguments, new.arguments)
        if let oldMethods = old.methods, let newMethods = new.methods {
            for method in oldMethods where !newMethods.contains(method) {
                record(.removed, .method, "\(old.group).\(method)", "beside \(name)", breaksApps: true, breaksWire: false)
            }
            for method in newMethods where !oldMethods.contains(method) {
                record(.added, .method, "\(new.group).\(method)", "beside \(new.signature)", breaksApps: false, breaksWire: false)
            }
        }
        if renamed(old.response) != new.response {
            record(
                .changed, .response, name, Self.arrow(old.response, new.response), breaksApps: true,
                breaksWire: breaksWire(old.response, new.response, usage: .response))
        }
    }

    private mutating func compareArguments(of operation: String, _ old: [SnapshotArgument], _ new: [SnapshotArgument]) {
        // By label, then what is left by where it goes on the wire (path parameters by position).
        func wireKeys(_ arguments: [SnapshotArgument]) -> [String] {
            var pathIndex = 0
            return arguments.map { argument in
                guard argument.wire == "path" else { return argument.wire }
                pathIndex += 1
                return "path \(pathIndex)"
            }
        }
        let (oldKeys, newKeys) = (wireKeys(old), wireKeys(new))
        var counterparts: [Int: Int] = [:]
        var taken: Set<Int> = []
        for (index, argument) in old.enumerated() {
            if let match = new.indices.first(where: { !taken.contains($0) && new[$0].label == argument.label }) {
                counterparts[index] = match
                taken.insert(match)
            }
        }
        for index in old.indices where counterparts[index] == nil {
            if let match = new.indices.first(where: { !taken.contains($0) && newKeys[$0] == oldKeys[index] }) {
                counterparts[index] = match
                taken.insert(match)
            }
        }
        for (index, argument) in old.enumerated() {
            let name = "\(operation) \(argument.label)"
            guard let match = counterparts[index] else {
                record(.removed, .argument, name, Self.describe(argument), breaksApps: true, breaksWire: false)
                continue
            }
            let counterpart = new[match]
            if counterpart.label != argument.label {
                record(.renamed, .argument, name, Self.arrow(argument.label, counterpart.label), breaksApps: true, breaksWire: false)
            }
            if renamed(argument.type) != counterpart.type {
                record(
                    .changed, .argument, name, "type " + Self.arrow(argument.type, counterpart.type), breaksApps: true,
                    breaksWire: breaksWire(argument.type, counterpart.type, usage: .request))
            }
            if argument.optional != counterpart.optional {
                // Passing a value where an optional is taken still compiles.
                record(
                    .changed, .argument, name, argument.optional ? "optional → required" : "required → optional",
                    breaksApps: argument.optional, breaksWire: argument.optional)
            }
            if argument.wire != counterpart.wire {
                record(.changed, .argument, name, "sent as " + Self.arrow(argument.wire, counterpart.wire), breaksApps: false, breaksWire: true)
            }
        }
        for (index, argument) in new.enumerated() where !taken.contains(index) {
            // A new path parameter changes the path, reported with the operation.
            record(
                .added, .argument, "\(operation) \(argument.label)", Self.describe(argument), breaksApps: !argument.optional,
                breaksWire: !argument.optional && argument.wire != "path")
        }
        let oldOrder = old.indices.compactMap { counterparts[$0] }
        if oldOrder != oldOrder.sorted() {
            record(
                .changed, .argument, operation, "arguments reordered: " + Self.arrow(
                    old.indices.filter { counterparts[$0] != nil }.map { old[$0].label }.joined(separator: ", "),
                    oldOrder.sorted().map { new[$0].label }.joined(separator: ", ")),
                breaksApps: true, breaksWire: false)
        }
    }

    /// `String?, query "page_size"`.
    static func describe(_ argument: SnapshotArgument) -> String {
        "\(argument.type)\(argument.optional ? "?" : ""), \(argument.wire)"
    }
}
