import SDKGenDiagnostics

/// A JSON Schema as the generator sees it: one shape, with nullability in one place
/// whichever way the document wrote it (`nullable: true`, `type: [X, "null"]`,
/// `oneOf: [X, {type: "null"}]`, `allOf: [$ref]` plus `nullable`).
package struct Schema: Sendable {
    package indirect enum Kind: Sendable {
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

    package var kind: Kind
    package var format: String?
    /// `enum` values as written, for string and integer schemas.
    package var enumValues: [Scalar]?
    /// Whether the schema admits `null`; a `$ref` to a component schema that admits it
    /// does too, as does a union with an alternative that does.
    package var nullable: Bool = false
    package var title: String?
    package var description: String?
    package var readOnly: Bool = false
    package var writeOnly: Bool = false
    package var deprecated: Bool = false
    package var defaultValue: Node?
    /// `pattern`: a regular expression string values match.
    package var pattern: String?
    /// `x-speakeasy-name-override`.
    package var nameOverride: String?
    /// The name the configuration's `names:` gives the schema's type, used verbatim.
    package var configuredName: String?
    /// The names the configuration gives `enum` values' cases, by value, used verbatim.
    package var configuredCaseNames: [String: String]?
    /// Example values (`example`, and the items of JSON Schema's `examples`), as written.
    package var examples: [Node] = []
    /// Names for the `enum` values, in their order (`x-enum-varnames`, `x-enumNames`).
    package var enumNames: [String]?
    package var mark: Mark

    package init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.mark = mark
    }
}

package struct Property: Sendable {
    package var name: String
    package var schema: Schema
    package var required: Bool
}

package enum AdditionalProperties: Sendable {
    /// Not written: extra properties are allowed and ignored.
    case unspecified
    /// `true` or `{}`: extra properties of any type, kept.
    case any
    case schema(Schema)
    /// `false`.
    case forbidden
}

package struct Discriminator: Sendable, Hashable {
    package var propertyName: String
    /// Discriminator values and the component schema each selects, as written.
    package var mapping: [String: String]
}
