import OpenAPIReader

// How each parameter's value is laid out on the wire, from its location, schema, style
// and explode.

extension Planner {
    /// How `parameter` is sent, or `nil` when its location cannot carry its shape (an
    /// array, object or union in a header or cookie, except header arrays of plain values),
    /// which is then sent as a string. Path parameters are laid out in their style.
    func parameterShape(_ parameter: Parameter) -> PlannedParameter.Shape? {
        if parameter.contentType != nil {
            return parameter.location == .query || parameter.location == .header ? .json : nil
        }
        let isPlain = isPlainValue(parameter.schema)
        switch parameter.location {
        case .query:
            guard !isPlain else { return .value }
            return .styled(queryStyle(parameter.style, explode: parameter.explode), arrays: context.options.formArrays)
        case .header:
            if isPlain { return .value }
            if case .array(let items) = context.index.resolved(parameter.schema).kind, isPlainValue(items) { return .headerArray }
            return nil
        case .path:
            return isPlain && parameter.style == "simple" ? .value : .path(pathStyle(parameter.style), explode: parameter.explode)
        case .cookie:
            return isPlain ? .value : nil
        }
    }

    /// The layout a path parameter's `style` makes; a style that does not apply to paths
    /// is `simple`.
    private func pathStyle(_ style: String) -> PlannedOperation.PathLayout.Style {
        PlannedOperation.PathLayout.Style(rawValue: style) ?? .simple
    }

    /// The style a query parameter's `style` and `explode` make: `spaceDelimited` and
    /// `pipeDelimited` exploded are `form` exploded, as in OpenAPI's table; a style that
    /// does not apply to queries is `form`.
    private func queryStyle(_ style: String, explode: Bool) -> PlannedParameter.QueryStyle {
        switch style {
        case "deepObject": .deepObject
        case "spaceDelimited" where !explode: .spaceDelimited
        case "pipeDelimited" where !explode: .pipeDelimited
        default: .form(explode: explode)
        }
    }

    /// Whether a schema's values are single values with a text of their own: strings,
    /// numbers, booleans, and unions of strings (which are one open enum).
    private func isPlainValue(_ schema: Schema) -> Bool {
        let resolved = context.index.resolved(schema)
        switch resolved.kind {
        case .boolean, .integer, .number, .string: return true
        case .oneOf(let members, _): return Self.enumAlternatives(members, schema: resolved) != nil
        case .any, .reference, .array, .object, .allOf: return false
        }
    }
}
