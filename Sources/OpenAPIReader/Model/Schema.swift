/// A JSON Schema as the generator sees it: one shape, with nullability in one place
/// whichever way the document wrote it (`nullable: true`, `type: [X, "null"]`,
/// `oneOf: [X, {type: "null"}]`, `allOf: [$ref]` plus `nullable`).
public struct Schema: Sendable {
    public indirect enum Kind: Sendable {
        /// No constraint: any JSON value.
        case any
        /// A schema in `components/schemas`, by name.
        case reference(String)
        case boolean
        case integer
        case number
        case string
        case array(items: Schema)
        case object(properties: [Property], additionalProperties: AdditionalProperties)
        /// `allOf` with more than one member.
        case allOf([Schema])
        /// `oneOf` or `anyOf` (other than the null alternative).
        case oneOf([Schema], discriminator: Discriminator?)
    }

    public var kind: Kind
    public var format: String?
    /// `enum` values as written, for string and integer schemas.
    public var enumValues: [Scalar]?
    public var nullable: Bool = false
    public var title: String?
    public var description: String?
    public var readOnly: Bool = false
    public var writeOnly: Bool = false
    public var deprecated: Bool = false
    public var defaultValue: Node?
    /// `x-speakeasy-name-override`.
    public var nameOverride: String?
    public var mark: Mark

    public init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.mark = mark
    }
}

public struct Property: Sendable {
    public var name: String
    public var schema: Schema
    public var required: Bool
}

public enum AdditionalProperties: Sendable {
    /// Not written: extra properties are allowed and ignored.
    case unspecified
    /// `true` or `{}`: extra properties of any type, kept.
    case any
    case schema(Schema)
    /// `false`.
    case forbidden
}

public struct Discriminator: Sendable, Hashable {
    public var propertyName: String
    /// Discriminator values and the component schema each selects, as written.
    public var mapping: [String: String]
}
