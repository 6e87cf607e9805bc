import SDKGenDiagnostics

/// What to generate from one spec.
package struct GeneratorOptions: Sendable, Hashable {
    /// The Swift module the files belong to; also names the client (`<Module>Client`).
    package var moduleName: String
    /// The client type's name; `<moduleName>Client` when `nil`.
    package var clientName: String?
    /// Keep only these operations (by `operationId`); all when empty.
    package var operations: [String]
    /// Keep only operations with one of these tags or groups; all when empty.
    package var tags: [String]
    /// Swift type names to use instead of the derived ones, by component schema name.
    package var typeNames: [String: String]
    /// The configuration's `names:` entries, found in the spec when it is read; the
    /// components among the places they name join `typeNames`.
    package var names: [ConfiguredName] = []
    /// The access level of every generated declaration.
    package var accessLevel: AccessLevel
    /// How operations are put in groups (the client's properties).
    package var grouping: Grouping = .automatic
    /// The SDK's version in its `User-Agent` (`<module>-swift/<version>`); `nil` for the
    /// runtime's version.
    package var sdkVersion: String?
    /// How arrays of objects, arrays in objects and `deepObject` arrays are named in form
    /// bodies and queries.
    package var formArrays: ArrayIndexing = .indexed
    /// What a request model's `nullable` properties can send.
    package var nulls: NullHandling = .explicit
    /// Operations (by `operationId`) that send an `Idempotency-Key` header, as an optional
    /// argument that defaults to a new UUID, though the spec does not list one.
    package var idempotencyKeyOperations: [String] = []
    /// Markdown the maintainers wrote for the DocC landing page's overview (the
    /// configuration's `documentation` file).
    package var documentationGuide: String?
    /// Whether the plan lists the spec's example values with the types that read them,
    /// for the examples check.
    package var collectsExamples: Bool = false

    /// How operations are put in groups.
    package enum Grouping: String, Sendable, Hashable, CaseIterable {
        /// By tag, unless no operation has a tag or every operation has the same one: then
        /// by path.
        case automatic
        /// By `x-speakeasy-group`, else the first tag.
        case tags
        /// By the resource the path names (`/v1/customers/{customer}` → `customers`), with
        /// methods named by what they do to it (`list`, `create`, `retrieve`, `update`,
        /// `delete`, or the action the path names).
        case paths
    }

    /// How arrays are named when flattened into `name=value` pairs; mirrors
    /// `SDKRuntime.ArrayIndexing`.
    package enum ArrayIndexing: String, Sendable, Hashable, CaseIterable {
        /// `items[0][price]=A&items[1][price]=B`.
        case indexed
        /// `items[price]=A&items[price]=B`.
        case repeated
    }

    /// What a request model's `nullable` properties can send.
    package enum NullHandling: String, Sendable, Hashable, CaseIterable {
        /// A property the spec marks `nullable` and does not require, in a model only ever
        /// sent, is `Nullable<Type>?`: left out when `nil`, `null` when `.null`.
        case explicit
        /// Every optional property is `Type?`, left out when `nil` (for specs that mark
        /// every property `nullable`, as those made from protobuf do, where `null` and
        /// absent mean the same).
        case omitted
    }

    /// The access levels generated code can be declared with.
    package enum AccessLevel: String, Sendable, Hashable, CaseIterable {
        case `public`, `package`, `internal`
    }

    package init(
        moduleName: String, clientName: String? = nil, operations: [String] = [], tags: [String] = [],
        typeNames: [String: String] = [:], accessLevel: AccessLevel = .public, grouping: Grouping = .automatic
    ) {
        self.grouping = grouping
        self.moduleName = moduleName
        self.clientName = clientName
        self.operations = operations
        self.tags = tags
        self.typeNames = typeNames
        self.accessLevel = accessLevel
    }
}

/// A `names:` entry of the configuration: a key naming a place in the spec (a component
/// schema, an operationId, or a JSON Pointer), the Swift name it gets, and where the entry
/// is written.
package struct ConfiguredName: Sendable, Hashable {
    package var key: String
    package var name: String
    package var location: SourceLocation

    package init(key: String, name: String, location: SourceLocation) {
        self.key = key
        self.name = name
        self.location = location
    }
}
