import OpenAPIReader

/// Every decision about the Swift SDK, made once: names, types, files and operations.
/// Emitters only print a plan.
public struct SDKPlan: Sendable {
    public var clientName: String
    public var title: String
    public var accessLevel: GeneratorOptions.AccessLevel
    public var servers: [PlannedServer]
    /// Operation groups, sorted by name.
    public var groups: [PlannedGroup]
    /// Top-level model declarations, sorted by name, each with the file it goes in.
    public var models: [PlannedModel]
    /// Names that generated declarations take, so uses of Swift and Foundation types with the
    /// same names get qualified.
    public var declaredNames: Set<String>
}

public struct PlannedModel: Sendable {
    /// The file (without extension) the declaration is written in.
    public var file: String
    public var declaration: PlannedDeclaration
}

public indirect enum PlannedDeclaration: Sendable {
    case structure(PlannedStruct)
    case enumeration(PlannedEnum)
    case union(PlannedUnion)
    case alias(name: String, type: TypeReference, documentation: String?)

    public var name: String {
        switch self {
        case .structure(let value): value.name
        case .enumeration(let value): value.name
        case .union(let value): value.name
        case .alias(let name, _, _): name
        }
    }
}

public struct PlannedStruct: Sendable {
    public var name: String
    public var documentation: String?
    public var deprecated: Bool
    public var properties: [PlannedProperty]
    public var nested: [PlannedDeclaration]
}

/// A `oneOf` or `anyOf`: an enum with a case per alternative and one keeping any other
/// value as raw JSON.
public struct PlannedUnion: Sendable {
    public struct Case: Sendable {
        public var name: String
        public var type: TypeReference
        /// The discriminator values selecting this case; empty without a discriminator.
        public var discriminatorValues: [String]
    }

    public var name: String
    public var documentation: String?
    public var cases: [Case]
    /// The property whose value selects the case; without one, alternatives are tried in order.
    public var discriminator: String?
    public var nested: [PlannedDeclaration]
    /// Whether the enum is `indirect`, because it is part of a cycle of types.
    public var isIndirect: Bool = false
}

public struct PlannedProperty: Sendable {
    /// The Swift identifier, without backticks.
    public var swiftName: String
    public var jsonName: String
    public var type: TypeReference
    /// Whether the property may be absent or null.
    public var isOptional: Bool
    public var documentation: String?
    public var deprecated: Bool
    /// Whether the value is stored out of line (`@Indirect`) to break a cycle of structs
    /// containing each other.
    public var isIndirect: Bool = false
}

public struct PlannedEnum: Sendable {
    public enum RawType: String, Sendable {
        case string = "String"
        case int = "Int"
    }

    public var name: String
    public var documentation: String?
    public var rawType: RawType
    public var cases: [(name: String, rawValue: String)]
}

/// A Swift type as used in a declaration.
public indirect enum TypeReference: Sendable, Hashable {
    /// A generated type, by its Swift name (`WebhookInstance`, `WebhookInstance.State`).
    case named(String)
    case builtin(Builtin)
    case array(TypeReference)
    case dictionary(TypeReference)

    public enum Builtin: Sendable, Hashable {
        case string, bool, int, int32, int64, double, float, date, uuid, url, data
        /// A 64-bit integer written as a JSON string.
        case int64String
        /// Any JSON value (`SDKRuntime.JSONValue`).
        case jsonValue
        /// No content (`SDKRuntime.EmptyResponse`).
        case empty

        /// The type's name and the module that declares it.
        public var swiftName: (module: String, name: String) {
            switch self {
            case .string: ("Swift", "String")
            case .bool: ("Swift", "Bool")
            case .int: ("Swift", "Int")
            case .int32: ("Swift", "Int32")
            case .int64, .int64String: ("Swift", "Int64")
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

public struct PlannedServer: Sendable {
    /// The Swift name of the function returning the URL.
    public var name: String
    public var template: String
    public var documentation: String?
    public var variables: [(swiftName: String, name: String, defaultValue: String, allowed: [String], documentation: String?)]
}

public struct PlannedGroup: Sendable {
    /// The type holding the group's operations.
    public var typeName: String
    /// The client's property returning the group.
    public var propertyName: String
    public var operations: [PlannedOperation]
}

public struct PlannedOperation: Sendable {
    public var swiftName: String
    public var operationID: String
    public var method: String
    /// The path with `{name}` placeholders replaced by the Swift parameter names.
    public var pathSegments: [PathSegment]
    public var parameters: [PlannedParameter]
    public var body: PlannedBody?
    public var response: TypeReference
    /// How the response is read; mirrors `SDKRuntime.ResponseFormat`.
    public var responseFormat: ResponseFormat
    public var security: [[String]]
    public var summary: String?
    public var documentation: String?
    public var deprecated: Bool

    public enum ResponseFormat: String, Sendable {
        case json, binary, text
    }

    public enum PathSegment: Sendable {
        case literal(String)
        case parameter(swiftName: String)
    }
}

public struct PlannedParameter: Sendable {
    /// How a parameter's value is laid out in a query.
    public enum Shape: Sendable, Hashable {
        case value
        case array
        /// An object or map: `name[key]=value` items with `deepObject`, else `key=value`.
        case object(deepObject: Bool)
        /// Any value serialized as JSON text (a parameter written with `content`).
        case json
    }

    public var swiftName: String
    public var name: String
    public var location: Parameter.Location
    public var type: TypeReference
    public var isOptional: Bool
    public var shape: Shape
    public var explode: Bool
    public var documentation: String?
}

public struct PlannedBody: Sendable {
    /// How the body goes on the wire; mirrors `SDKRuntime.BodyFormat`.
    public enum Format: Sendable, Hashable {
        case json, form, multipart
        case raw(contentType: String)
    }

    public var type: TypeReference
    public var isOptional: Bool
    public var format: Format
    public var documentation: String?
}
