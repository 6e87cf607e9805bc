/// A top-level model declaration and the file it is written in.
package struct PlannedModel: Sendable {
    /// The file's path in the output folder.
    package var file: String
    package var declaration: PlannedDeclaration
    /// What the declaration is planned from, the same in every version of a spec that
    /// keeps it: `schema NAME` for a component schema, `inline HASH` for an inline schema
    /// written in several places (a hash of what shapes it); `nil` for other inline
    /// schemas. Lets an API diff tell a renamed type from a new one.
    package var origin: String? = nil
}

package indirect enum PlannedDeclaration: Sendable {
    case structure(PlannedStruct)
    case enumeration(PlannedEnum)
    case union(PlannedUnion)
    case alias(PlannedAlias)

    package var name: String {
        switch self {
        case .structure(let value): value.name
        case .enumeration(let value): value.name
        case .union(let value): value.name
        case .alias(let value): value.name
        }
    }
}

package struct PlannedAlias: Sendable {
    package var name: String
    package var type: TypeReference
    package var documentation: String?
}

package struct PlannedStruct: Sendable {
    package var name: String
    package var documentation: String?
    package var deprecated: Bool
    package var properties: [PlannedProperty]
    /// Where members the schema does not declare are kept, when it allows them.
    package var additionalProperties: PlannedAdditionalProperties?
    package var nested: [PlannedDeclaration]

    /// Whether a property holds a secret, so the struct has a mirror of its own.
    package var hasSecrets: Bool { properties.contains { $0.isSecret } }
}

/// A property holding an object's undeclared members, by name.
package struct PlannedAdditionalProperties: Sendable {
    package var swiftName: String
    /// The type of each member's value.
    package var valueType: TypeReference
    package var documentation: String
}

package struct PlannedProperty: Sendable {
    /// The Swift identifier, without backticks.
    package var swiftName: String
    /// The stored property's name: the Swift name, or another behind a computed property
    /// of the Swift name: for a deprecated property, so the type's own code uses it without
    /// deprecation warnings, and for an indirect one, stored as `Indirect<Type>`.
    package var storageName: String
    package var jsonName: String
    package var type: TypeReference
    /// Whether the property may be absent or null.
    package var isOptional: Bool
    /// Whether the optional property can also send an explicit `null`: its type is
    /// `Nullable<Type>?` (`nil` left out, `.null` sent as `null`).
    package var isNullable: Bool = false
    /// Whether `nil` is sent as `null` rather than left out: the property is required and
    /// nullable, so the member must be there. The initializer takes it without a default,
    /// for the caller to choose `nil` on purpose. Decoding is unchanged (`optional`).
    package var encodesNull: Bool = false
    /// How the JSON value differs from the Swift type.
    package var coding: Coding
    package var documentation: String?
    package var deprecated: Bool
    /// The memberwise initializer's default for the property, from the spec's `default`.
    package var defaultValue: PlannedLiteral?
    /// The value usage examples pass for a required property, when the spec says what it
    /// must be (see `SnippetSamples`).
    package var sample: PlannedLiteral? = nil
    /// Whether the value is stored out of line (in an `Indirect`): every property holding
    /// a generated struct is (see `OutOfLineStorage`).
    package var isIndirect: Bool = false
    /// Whether the value is a secret (`format: password`), which the model's mirror shows
    /// as `<redacted>` to `print`, string interpolation and `dump`.
    package var isSecret: Bool = false

    /// Whether the memberwise initializer (and a flattened body's overload) must be given
    /// the property: it has no default, neither `nil` nor the spec's `default`.
    package var requiresArgument: Bool {
        encodesNull || (!isOptional && defaultValue == nil)
    }

    /// How a property's JSON differs from its Swift type.
    package enum Coding: Sendable {
        /// As the type's `Codable` conformance says.
        case standard
        /// A 64-bit integer written as a JSON string.
        case int64String
        /// An array of 64-bit integers, each written as a JSON string.
        case int64StringArray
    }
}

/// A `oneOf` or `anyOf`: an enum with a case per alternative and one keeping any other
/// value as raw JSON.
package struct PlannedUnion: Sendable {
    package struct Case: Sendable {
        package var name: String
        package var type: TypeReference
        /// The discriminator values selecting this case; empty without a discriminator.
        package var discriminatorValues: [String]
        /// What the alternative looks like in JSON, to choose it by fit without a
        /// discriminator.
        package var shape: PlannedShape
    }

    package var name: String
    package var documentation: String?
    package var cases: [Case]
    /// The property whose value selects the case; without one, alternatives are tried in order.
    package var discriminator: String?
    package var nested: [PlannedDeclaration]
    /// Whether the enum is `indirect`, because it is part of a cycle of types.
    package var isIndirect: Bool = false

    /// The discriminator's values, grouped by the cases they select, in the order of the
    /// cases: one branch per case, except that a value several alternatives share (the
    /// same `type: message` for a system, a user and an assistant message) is a branch of
    /// its own choosing among them by fit.
    package var discriminatorBranches: [(values: [String], cases: [Int])] {
        var owners: [String: [Int]] = [:]
        for (index, unionCase) in cases.enumerated() {
            for value in unionCase.discriminatorValues where owners[value]?.last != index {
                owners[value, default: []].append(index)
            }
        }
        var branches: [(values: [String], cases: [Int])] = []
        var seen: Set<String> = []
        for (index, unionCase) in cases.enumerated() {
            let unshared = unionCase.discriminatorValues.filter { owners[$0] == [index] && seen.insert($0).inserted }
            if !unshared.isEmpty { branches.append((unshared, [index])) }
            for value in unionCase.discriminatorValues where owners[value]!.count > 1 && seen.insert(value).inserted {
                branches.append(([value], owners[value]!))
            }
        }
        return branches
    }

    /// Whether some alternatives are told apart by their shape: there is no discriminator,
    /// or some of its values select more than one alternative.
    package var matchesByShape: Bool {
        discriminator == nil || discriminatorBranches.contains { $0.cases.count > 1 }
    }
}

/// What a union's alternative looks like in JSON; mirrors `SDKRuntime.JSONShape`.
package struct PlannedShape: Sendable, Hashable {
    /// The kinds of JSON value accepted.
    package struct Kinds: OptionSet, Sendable, Hashable {
        package let rawValue: UInt8

        package init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        package static let null = Kinds(rawValue: 1 << 0)
        package static let boolean = Kinds(rawValue: 1 << 1)
        package static let integer = Kinds(rawValue: 1 << 2)
        package static let number = Kinds(rawValue: 1 << 3)
        package static let string = Kinds(rawValue: 1 << 4)
        package static let array = Kinds(rawValue: 1 << 5)
        package static let object = Kinds(rawValue: 1 << 6)
        package static let any: Kinds = [.null, .boolean, .integer, .number, .string, .array, .object]
    }

    /// A member whose value is fixed.
    package struct Constant: Sendable, Hashable {
        package var name: String
        package var values: [PlannedLiteral]
    }

    package var kinds: Kinds
    /// The only values accepted; empty when any value of the kinds is.
    package var values: [PlannedLiteral] = []
    /// Members an object must have.
    package var required: [String] = []
    /// Every member declared.
    package var properties: [String] = []
    /// Members with fixed values, sorted by name.
    package var constants: [Constant] = []
}

/// A JSON value written in the spec (a `default`, a `const`).
package enum PlannedLiteral: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number, as written.
    case number(String)
    case string(String)
    /// A case of a generated open enum, by its Swift name.
    case enumCase(String)
}

/// An open enum: a case per known value and `undocumented` keeping any other.
package struct PlannedEnum: Sendable {
    package enum RawType: String, Sendable {
        case string = "String"
        case int = "Int"
    }

    package struct Case: Sendable, Hashable {
        package var name: String
        /// The value as written in the spec.
        package var rawValue: String
    }

    package var name: String
    package var documentation: String?
    package var rawType: RawType
    package var cases: [Case]
}

/// A Swift type as used in a declaration.
package indirect enum TypeReference: Sendable, Hashable {
    /// A generated type, by its Swift name (`WebhookInstance`, `WebhookInstance.State`).
    case named(String)
    case builtin(Builtin)
    case array(TypeReference)
    case dictionary(TypeReference)

    package enum Builtin: Sendable, Hashable {
        case string, bool, int, int32, int64, double, float, date, uuid, url, data
        /// Any JSON value (`SDKRuntime.JSONValue`).
        case jsonValue
        /// Field paths sent as one comma-separated string (`SDKRuntime.FieldMask`).
        case fieldMask
        /// No content (`SDKRuntime.EmptyResponse`).
        case empty
        /// A file of a multipart body: bytes, a file name and a media type (`SDKRuntime.FilePart`).
        case filePart

        /// The type's name and the module that declares it.
        package var swiftName: (module: String, name: String) {
            switch self {
            case .string: ("Swift", "String")
            case .bool: ("Swift", "Bool")
            case .int: ("Swift", "Int")
            case .int32: ("Swift", "Int32")
            case .int64: ("Swift", "Int64")
            case .double: ("Swift", "Double")
            case .float: ("Swift", "Float")
            case .date: ("Foundation", "Date")
            case .uuid: ("Foundation", "UUID")
            case .url: ("Foundation", "URL")
            case .data: ("Foundation", "Data")
            case .jsonValue: ("SDKRuntime", "JSONValue")
            case .fieldMask: ("SDKRuntime", "FieldMask")
            case .empty: ("SDKRuntime", "EmptyResponse")
            case .filePart: ("SDKRuntime", "FilePart")
            }
        }
    }
}
