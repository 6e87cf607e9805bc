import OpenAPIReader

/// The Swift name of every component schema.
enum ComponentNaming {
    /// Names every component schema, in sorted order: the configuration's name for it, as
    /// written; else its `x-speakeasy-name-override` or the last part of its dotted name as
    /// a Swift type name, with `Model` after a name of the standard library, Foundation or
    /// Concurrency (`TaskModel`), and on a collision more of the dotted name, then a number.
    static func typeNames(of index: ComponentIndex, options: GeneratorOptions, topLevel: inout Naming.Scope) -> [String: String] {
        var typeNames: [String: String] = [:]
        // The configuration's names are claimed first, so a schema that sorts earlier
        // never takes a name the maintainer chose for another one.
        let configured = index.sortedNames.filter { options.typeNames[$0] != nil }
        for name in configured + index.sortedNames where typeNames[name] == nil {
            // A name the maintainer chose is theirs: checked when the configuration is read
            // (a Swift identifier, no standard type's), and used verbatim.
            if let chosen = options.typeNames[name], !topLevel.taken.contains(chosen) {
                typeNames[name] = topLevel.claim(chosen)
                continue
            }
            // Candidates, made only until one is free: the override, then ever longer
            // suffixes of the dotted name; when all are taken, the first.
            let override = options.typeNames[name] ?? index.schemas[name]!.nameOverride
            let first = standardSafe(override.map(Naming.typeName) ?? Naming.typeName(String(lastDottedPart(name))))
            guard topLevel.taken.contains(first) else {
                typeNames[name] = topLevel.claim(first)
                continue
            }
            let parts = dottedParts(name)
            var count = override == nil ? 1 : 0
            var candidate = first
            while topLevel.taken.contains(candidate), count < max(parts.count, 1) {
                count += 1
                candidate = standardSafe(Naming.typeName(parts.suffix(count).joined(separator: "_")))
            }
            typeNames[name] = topLevel.claim(topLevel.taken.contains(candidate) ? first : candidate)
        }
        return typeNames
    }

    /// `name`, or `name` + `Model` when it is a standard type's name.
    static func standardSafe(_ name: String) -> String {
        Naming.standardTypeNames.contains(name) ? name + "Model" : name
    }

    /// The note a renamed type's documentation carries.
    static func renameNote(_ name: String) -> String? {
        guard name.hasSuffix("Model"), Naming.standardTypeNames.contains(String(name.dropLast(5))) else { return nil }
        return "Named `\(name)` because `\(name.dropLast(5))` is a Swift type."
    }

    /// The parts of a dotted name (`c1.api.Webhook` → `c1`, `api`, `Webhook`).
    static func dottedParts(_ name: String) -> [Substring] {
        name.split(separator: ".")
    }

    /// The last part of a dotted name, or an empty name when there is none.
    static func lastDottedPart(_ name: String) -> Substring {
        dottedParts(name).last ?? ""
    }
}
