import OpenAPIReader

/// The members of objects merged by `allOf`.
struct MergedObject {
    var properties: [Property]
    /// What the merged object says of members it does not declare: the first member's
    /// that allows them, if any does.
    var additional: AdditionalProperties
}

extension Planner {
    /// The object an `allOf` whose members are all objects (or references to them, or
    /// `allOf`s of them) makes: their properties merged in order, the first of a name
    /// winning; `nil` when a member is anything else.
    func mergedObject(_ members: [Schema]) -> MergedObject? {
        var merged = MergedObject(properties: [], additional: .unspecified)
        var seen: Set<String> = []
        var visiting: Set<String> = []
        func collect(_ schema: Schema) -> Bool {
            switch schema.kind {
            case .reference(let component):
                guard let target = context.index.schemas[component], visiting.insert(component).inserted else { return false }
                return collect(target)
            case .object(let properties, let additional):
                for property in properties where seen.insert(property.name).inserted {
                    merged.properties.append(property)
                }
                if case .unspecified = merged.additional, !additional.isClosed { merged.additional = additional }
                return true
            case .allOf(let inner):
                return inner.allSatisfy(collect)
            default:
                return false
            }
        }
        return members.allSatisfy(collect) ? merged : nil
    }

    /// The properties of `mergedObject(members)`.
    func mergedProperties(_ members: [Schema]) -> [Property]? {
        mergedObject(members)?.properties
    }
}
