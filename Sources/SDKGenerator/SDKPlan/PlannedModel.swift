/// A top-level model declaration and the file it is written in.
package struct PlannedModel: Sendable {
    /// The file's path in the output folder.
    package var file: String
    package var declaration: PlannedDeclaration
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
    package var nested: [PlannedDeclaration]
}

package struct PlannedProperty: Sendable {
    /// The Swift identifier, without backticks.
    package var swiftName: String
    /// The stored property's name: the Swift name, or another for a deprecated property,
    /// so the type's own code uses it without deprecation warnings.
    package var storageName: String
    package var jsonName: String
    package var type: TypeReference
    /// Whether the property may be absent or null.
    package var isOptional: Bool
    /// How the JSON value differs from the Swift type.
    package var coding: Coding
    package var documentation: String?
    package var deprecated: Bool
    /// Whether the value is stored out of line (`@Indirect`) to break a cycle of structs
    /// containing each other.
    package var isIndirect: Bool = false

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
    }

    package var name: String
    package var documentation: String?
    package var cases: [Case]
    /// The property whose value selects the case; without one, alternatives are tried in order.
    package var discriminator: String?
    package var nested: [PlannedDeclaration]
    /// Whether the enum is `indirect`, because it is part of a cycle of types.
    package var isIndirect: Bool = false
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
        /// No content (`SDKRuntime.EmptyResponse`).
        case empty

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
            case .empty: ("SDKRuntime", "EmptyResponse")
            }
        }
    }
}
