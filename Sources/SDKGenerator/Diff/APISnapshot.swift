/// The Swift API of a generated SDK and what each part of it means on the wire, built from
/// an `SDKPlan`: what `sdkgen diff` compares, and what the manifest in the output folder
/// records. Everything is sorted, so equal APIs encode to equal bytes.
package struct APISnapshot: Codable, Sendable, Hashable {
    /// The client type's name.
    package var client: String
    /// Every generated type, nested ones included under their qualified names
    /// (`WebhookInstance.State`), sorted by name.
    package var types: [SnapshotType]
    /// Every operation, sorted by group and name.
    package var operations: [SnapshotOperation]

    package init(client: String, types: [SnapshotType], operations: [SnapshotOperation]) {
        self.client = client
        self.types = types.sorted { $0.name < $1.name }
        self.operations = operations.sorted { ($0.group, $0.name) < ($1.group, $1.name) }
    }
}

/// A generated type: a struct, an open enum, a union (an enum of alternatives) or a typealias.
package struct SnapshotType: Codable, Sendable, Hashable {
    package enum Kind: String, Codable, Sendable {
        case `struct`, `enum`, union, alias
    }

    /// The qualified Swift name.
    package var name: String
    /// What a top-level type is planned from, the same across versions of a spec:
    /// `schema NAME` for a component schema, `inline HASH` for an inline schema written in
    /// several places; `nil` for nested types and other inline schemas.
    package var origin: String?
    package var kind: Kind
    /// An enum's raw type (`String`, `Int`).
    package var rawType: String?
    /// A typealias's target.
    package var aliasOf: String?
    /// A struct's properties, sorted by Swift name.
    package var properties: [SnapshotProperty]?
    /// An enum's or union's cases, in declaration order.
    package var cases: [SnapshotCase]?

    package init(
        name: String, origin: String? = nil, kind: Kind, rawType: String? = nil, aliasOf: String? = nil,
        properties: [SnapshotProperty]? = nil, cases: [SnapshotCase]? = nil
    ) {
        self.name = name
        self.origin = origin
        self.kind = kind
        self.rawType = rawType
        self.aliasOf = aliasOf
        self.properties = properties
        self.cases = cases
    }
}

/// A struct's stored property.
package struct SnapshotProperty: Codable, Sendable, Hashable {
    package var name: String
    /// The member's name in JSON; `*` for the property keeping undeclared members.
    package var json: String
    /// The Swift type, without the optional mark (`[String: Item]`).
    package var type: String
    package var optional: Bool
    /// Whether the memberwise initializer gives the property a default value.
    package var defaulted: Bool
    /// How the JSON differs from the Swift type: `string` for 64-bit integers written as
    /// JSON strings; `nil` when it does not.
    package var encoding: String?
}

/// An enum's case (with its raw value) or a union's (with the alternative's type).
package struct SnapshotCase: Codable, Sendable, Hashable {
    package var name: String
    package var value: String?
    package var type: String?
}

/// An operation: the methods on its group's type, and the request they make.
package struct SnapshotOperation: Codable, Sendable, Hashable {
    /// The group's type (`Webhooks`).
    package var group: String
    /// The client's property returning the group (`webhooks`).
    package var property: String
    /// The methods' name (`test`).
    package var name: String
    package var operationID: String
    /// The HTTP method, upper case.
    package var method: String
    /// The path, its parameters written `{label}` with their argument labels.
    package var path: String
    /// The methods' arguments in signature order (without the sending method's `options`).
    package var arguments: [SnapshotArgument]
    /// The type a success decodes to.
    package var response: String
    /// The operation's other methods, `name(label:label:)` without `options`: sequences of
    /// pages and items, the stream, the body sent as other media types, the overload taking
    /// the body's properties. `nil` in
    /// manifests written before they were recorded.
    package var methods: [String]? = nil

    /// `Group.name(label:label:)`.
    package var signature: String {
        "\(group).\(name)(\(arguments.map { $0.label + ":" }.joined()))"
    }

    /// The path with every parameter written `{}`: what the server sees, whatever the
    /// placeholders are named.
    package var wirePath: String {
        var result = ""
        var inPlaceholder = false
        for character in path {
            if character == "{" {
                inPlaceholder = true
                result += "{}"
            } else if character == "}" {
                inPlaceholder = false
            } else if !inPlaceholder {
                result.append(character)
            }
        }
        return result
    }

    /// `GET /path/{id}`.
    package var route: String { "\(method) \(path)" }
}

/// An argument of an operation's methods and where its value goes.
package struct SnapshotArgument: Codable, Sendable, Hashable {
    package var label: String
    package var type: String
    package var optional: Bool
    /// Where the value is sent: `path`, `query NAME`, `header NAME`, `cookie NAME`, or
    /// `body FORMAT` (`json`, `form`, `multipart`, or the raw content type).
    package var wire: String
}
