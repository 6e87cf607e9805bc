import OpenAPIReader
import SDKGenDiagnostics

// Which operations answer one page at a time, and how the next page is asked for: from
// `x-speakeasy-pagination` when the operation has it, else from the common shapes of a
// page token (`page_token`/`pageToken` in, `next_page_token`/`nextPageToken` out) and of
// OpenAI-style lists (`after`/`starting_after` in, `has_more` and items with an `id` out).
//
// Decided as the operation is planned, from the planned models: requests and pages are
// read through the Swift properties of their types.

extension Planner {
    /// The sequences of `operation`'s pages and items, named in `names`, or `nil` when it
    /// is not paged; `source` is the operation as the spec writes it.
    mutating func pagination(
        of operation: PlannedOperation, source: APIOperation, types: PlannedTypes, names: inout Naming.Scope
    ) -> PlannedPagination? {
        guard let shape = paginationShape(of: operation, source: source, types: types) else { return nil }
        return Self.pagination(operation, shape: shape, scope: &names)
    }

    /// How `operation` is paged, or `nil` when it is not (with a warning when its
    /// `x-speakeasy-pagination` cannot be followed).
    private mutating func paginationShape(
        of operation: PlannedOperation, source: APIOperation, types: PlannedTypes
    ) -> PaginationShape? {
        let request = RequestValues(operation: operation, types: types)
        let page = operation.responseFormat == .json ? types.structure(operation.response) : nil
        if let declared = source.pagination {
            switch PaginationShape.declared(declared, request: request, page: page, types: types) {
            case .success(let shape):
                return shape
            case .failure(let unfollowed):
                state.log.warning(
                    "pagination", "'x-speakeasy-pagination' is not followed: \(unfollowed.reason); the operation is not paged",
                    at: declared.mark)
                return nil
            }
        }
        guard let page else { return nil }
        return PaginationShape.inferred(request: request, page: page, types: types)
    }

    private static func pagination(_ operation: PlannedOperation, shape: PaginationShape, scope: inout Naming.Scope) -> PlannedPagination {
        let name = operation.swiftName
        let pagesName = scope.claim(name + "Pages")
        let input: String
        switch shape.pageToken {
        case .argument(let label): input = "`\(label)`"
        case .bodyProperty(let property, _, _): input = "the body's `\(property.swiftName)`"
        }
        let next: String
        switch shape.nextPageToken {
        case .property(let path):
            next = "set to the page's `\(path.map(\.swiftName).joined(separator: "."))`, until a page has none"
        case .lastItem(let hasMore, let property):
            let items = shape.items?.path.map(\.swiftName).joined(separator: ".") ?? ""
            next = "set to the `\(property.swiftName)` of the last of the page's `\(items)`, "
                + "while its `\(hasMore.map(\.swiftName).joined(separator: "."))` is true"
        }
        let pagesDocumentation = """
            The pages of `\(name)`, each requested as the sequence is read.

            The first page is requested with the arguments given; each next one with \(input) \(next). \
            Every page is sent and retried like `\(name)`; a page token the server returns again ends the sequence \
            with `SDKError.pagination`.

            - Returns: The pages, none requested yet.
            """
        let items = shape.items.map { items in
            let itemsName = scope.claim(name + "All")
            return PlannedPagination.Items(
                name: itemsName,
                documentation: """
                    The `\(items.path.map(\.swiftName).joined(separator: "."))` of every page of `\(name)`, each page \
                    requested when the items before it are read.

                    Pages are requested as `\(pagesName)` requests them.

                    - Returns: The items, none requested yet.
                    """,
                path: items.path, itemType: items.itemType)
        }
        let tokenName: String
        switch shape.pageToken {
        case .argument(let label):
            tokenName = label
        case .bodyProperty(let property, _, _):
            var locals = Naming.Scope(reserved: Set(operation.arguments.map(\.label)).union([GeneratedLocals.client, GeneratedLocals.options]))
            tokenName = locals.claim(property.swiftName)
        }
        return PlannedPagination(
            pagesName: pagesName, pagesDocumentation: pagesDocumentation, items: items, pageToken: shape.pageToken,
            tokenName: tokenName,
            nextPageToken: shape.nextPageToken)
    }
}

/// How an operation is paged, before the methods are named.
private struct PaginationShape {
    typealias PageToken = PlannedPagination.PageTokenInput

    struct Items {
        var path: [PlannedPagination.PropertyStep]
        var itemType: TypeReference
    }

    var pageToken: PageToken
    var nextPageToken: PlannedPagination.NextPageToken
    var items: Items?

    struct Unfollowed: Error {
        var reason: String
    }

    /// The shape `x-speakeasy-pagination` describes, or why it cannot be followed.
    static func declared(
        _ declared: PaginationExtension, request: RequestValues, page: PlannedStruct?, types: PlannedTypes
    ) -> Result<PaginationShape, Unfollowed> {
        guard declared.type == "cursor" else {
            return .failure(Unfollowed(reason: "only 'cursor' pagination is generated, not '\(declared.type)'"))
        }
        guard let page else { return .failure(Unfollowed(reason: "the response is not a JSON object")) }
        guard let input = declared.inputs.first(where: { $0.type == "cursor" }) else {
            return .failure(Unfollowed(reason: "no input has type 'cursor'"))
        }
        let pageToken: PageToken?
        switch input.location {
        case "parameters": pageToken = request.argument(named: [input.name])
        case "requestBody": pageToken = request.bodyProperty(named: [input.name])
        default: return .failure(Unfollowed(reason: "the input's 'in' is '\(input.location)', not 'parameters' or 'requestBody'"))
        }
        guard let pageToken else {
            return .failure(Unfollowed(reason: "the request has no string '\(input.name)' in its \(input.location == "parameters" ? "parameters" : "body")"))
        }
        guard let nextCursor = declared.nextCursor else { return .failure(Unfollowed(reason: "'outputs' has no 'nextCursor'")) }
        guard let path = types.path(nextCursor, in: page), case .builtin(.string) = path.type else {
            return .failure(Unfollowed(reason: "the response has no string at '\(nextCursor)'"))
        }
        var items: Items?
        if let results = declared.results {
            guard let path = types.path(results, in: page), case .array(let itemType) = path.type else {
                return .failure(Unfollowed(reason: "the response has no list at '\(results)'"))
            }
            items = Items(path: path.steps, itemType: itemType)
        } else {
            items = Self.items(of: page)
        }
        return .success(PaginationShape(pageToken: pageToken, nextPageToken: .property(path: path.steps), items: items))
    }

    /// The shape of a page token or an OpenAI-style list, when the operation has one.
    static func inferred(request: RequestValues, page: PlannedStruct, types: PlannedTypes) -> PaginationShape? {
        let tokenNames = ["pageToken", "page_token"]
        if let pageToken = request.argument(named: tokenNames) ?? request.bodyProperty(named: tokenNames),
            let next = page.properties.first(where: { ["nextPageToken", "next_page_token"].contains($0.jsonName) }),
            case .builtin(.string) = next.type
        {
            return PaginationShape(pageToken: pageToken, nextPageToken: .property(path: [next.step]), items: Self.items(of: page))
        }
        let afterNames = ["after", "starting_after"]
        if let pageToken = request.argument(named: afterNames) ?? request.bodyProperty(named: afterNames),
            let hasMore = page.properties.first(where: { ["has_more", "hasMore"].contains($0.jsonName) }),
            case .builtin(.bool) = hasMore.type,
            let items = Self.items(of: page), let item = types.structure(items.itemType),
            let id = item.properties.first(where: { $0.jsonName == "id" }), case .builtin(.string) = id.type
        {
            return PaginationShape(
                pageToken: pageToken, nextPageToken: .lastItem(hasMore: [hasMore.step], property: id.step), items: items)
        }
        return nil
    }

    /// The page's list of items: its only list, else the first of `data`, `list`,
    /// `items` and `results`.
    static func items(of page: PlannedStruct) -> Items? {
        let lists = page.properties.compactMap { property -> (PlannedProperty, TypeReference)? in
            if case .array(let item) = property.type, !property.deprecated { return (property, item) }
            return nil
        }
        let chosen = lists.count == 1
            ? lists.first
            : ["data", "list", "items", "results"].lazy.compactMap { name in lists.first { $0.0.jsonName == name } }.first
        return chosen.map { Items(path: [$0.0.step], itemType: $0.1) }
    }
}

/// Where a request can take a page token: its string arguments and the string properties
/// of its JSON body.
private struct RequestValues {
    var operation: PlannedOperation
    var types: PlannedTypes

    /// The query or header parameter with one of `names`, as a string argument.
    func argument(named names: [String]) -> PaginationShape.PageToken? {
        for name in names {
            guard
                let parameter = operation.parameters.first(where: {
                    $0.name == name && $0.location != .cookie && $0.shape == .value
                }),
                let argument = operation.arguments.first(where: { $0.label == parameter.swiftName }),
                case .builtin(.string) = argument.type
            else { continue }
            return .argument(label: argument.label)
        }
        return nil
    }

    /// The JSON body's string property with one of `names`.
    func bodyProperty(named names: [String]) -> PaginationShape.PageToken? {
        guard operation.body?.format == .json,
            let argument = operation.arguments.first(where: { $0.label == GeneratedLocals.body }),
            let body = types.structure(argument.type)
        else { return nil }
        for name in names {
            guard let property = body.properties.first(where: { $0.jsonName == name && !$0.deprecated }),
                case .builtin(.string) = property.type
            else { continue }
            // An absent body is created with its initializer, which must need no arguments.
            let creatable = !body.properties.contains(where: \.requiresArgument)
            guard !argument.isOptional || creatable else { return nil }
            return .bodyProperty(property.step, bodyType: argument.type, createsBody: argument.isOptional)
        }
        return nil
    }
}

/// The planned structs, found by the type references that name them.
struct PlannedTypes {
    private var declarations: [String: PlannedDeclaration] = [:]

    init(_ models: [PlannedModel]) {
        for model in models {
            declarations[model.declaration.name] = model.declaration
        }
    }

    /// The struct `type` names, through typealiases; `nil` for any other type.
    func structure(_ type: TypeReference) -> PlannedStruct? {
        var current = type
        var seen: Set<String> = []
        while case .named(let name) = current, seen.insert(name).inserted, let declaration = declaration(named: name) {
            switch declaration {
            case .structure(let structure): return structure
            case .alias(let alias): current = alias.type
            case .enumeration, .union: return nil
            }
        }
        return nil
    }

    /// A declaration by its Swift name, `Outer.Inner` for a nested one.
    func declaration(named name: String) -> PlannedDeclaration? {
        let parts = name.split(separator: ".").map(String.init)
        guard var current = declarations[parts[0]] else { return nil }
        for part in parts.dropFirst() {
            let nested: [PlannedDeclaration]
            switch current {
            case .structure(let structure): nested = structure.nested
            case .union(let union): nested = union.nested
            case .enumeration, .alias: return nil
            }
            guard let next = nested.first(where: { $0.name == part }) else { return nil }
            current = next
        }
        return current
    }

    /// The properties a JSONPath of member names (`$.meta.next`) goes through from
    /// `root`, and the type at its end.
    func path(_ jsonPath: String, in root: PlannedStruct) -> (steps: [PlannedPagination.PropertyStep], type: TypeReference)? {
        guard jsonPath.hasPrefix("$.") else { return nil }
        var steps: [PlannedPagination.PropertyStep] = []
        var current: PlannedStruct? = root
        var type: TypeReference?
        for name in jsonPath.dropFirst(2).split(separator: ".", omittingEmptySubsequences: false) {
            guard let structure = current,
                let property = structure.properties.first(where: { $0.jsonName == name && !$0.deprecated })
            else { return nil }
            steps.append(property.step)
            type = property.type
            current = self.structure(property.type)
        }
        return type.map { (steps, $0) }
    }
}

extension PlannedProperty {
    var step: PlannedPagination.PropertyStep {
        PlannedPagination.PropertyStep(swiftName: swiftName, isOptional: isOptional, isNullable: isNullable)
    }
}
