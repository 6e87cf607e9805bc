import OpenAPIReader

extension Planner {
    /// The properties of an `allOf` whose members are all objects (or references to them,
    /// or `allOf`s of them), merged in order, the first of a name winning; `nil` when a
    /// member is anything else.
    func mergedProperties(_ members: [Schema]) -> [Property]? {
        var merged: [Property] = []
        var seen: Set<String> = []
        var visiting: Set<String> = []
        func collect(_ schema: Schema) -> Bool {
            switch schema.kind {
            case .reference(let component):
                guard let target = context.index.schemas[component], visiting.insert(component).inserted else { return false }
                return collect(target)
            case .object(let properties, _):
                for property in properties where seen.insert(property.name).inserted {
                    merged.append(property)
                }
                return true
            case .allOf(let inner):
                return inner.allSatisfy(collect)
            default:
                return false
            }
        }
        return members.allSatisfy(collect) ? merged : nil
    }
}
