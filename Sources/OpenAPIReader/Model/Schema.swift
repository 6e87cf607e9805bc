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
    /// Example values (`example`, and the items of JSON Schema's `examples`), as written.
    package var examples: [Node] = []
    package var mark: Mark
    /// What few schemas say, out of line: planning copies schemas often.
    private var rare: Rare?

    package init(_ kind: Kind, at mark: Mark) {
        self.kind = kind
        self.mark = mark
    }

    /// `pattern`: a regular expression string values match.
    package var pattern: String? {
        get { rare?.fields.pattern }
        set { updateRare { $0.pattern = newValue } }
    }
    /// `x-speakeasy-name-override`.
    package var nameOverride: String? {
        get { rare?.fields.nameOverride }
        set { updateRare { $0.nameOverride = newValue } }
    }
    /// The name the configuration's `names:` gives the schema's type, used verbatim.
    package var configuredName: String? {
        get { rare?.fields.configuredName }
        set { updateRare { $0.configuredName = newValue } }
    }
    /// The names the configuration gives `enum` values' cases, by value, used verbatim.
    package var configuredCaseNames: [String: String]? {
        get { rare?.fields.configuredCaseNames }
        set { updateRare { $0.configuredCaseNames = newValue } }
    }
    /// Names for the `enum` values, in their order (`x-enum-varnames`, `x-enumNames`).
    package var enumNames: [String]? {
        get { rare?.fields.enumNames }
        set { updateRare { $0.enumNames = newValue } }
    }

    private mutating func updateRare(_ change: (inout Rare.Fields) -> Void) {
        var fields = rare?.fields ?? Rare.Fields()
        change(&fields)
        rare = fields.isEmpty ? nil : Rare(fields)
    }

    /// The fields most schemas leave out, boxed so that a schema without them stays small.
    private final class Rare: Sendable {
        struct Fields: Sendable {
            var pattern: String?
            var nameOverride: String?
            var configuredName: String?
            var configuredCaseNames: [String: String]?
            var enumNames: [String]?

            var isEmpty: Bool {
                pattern == nil && nameOverride == nil && configuredName == nil && configuredCaseNames == nil && enumNames == nil
            }
        }

        let fields: Fields

        init(_ fields: Fields) {
            self.fields = fields
        }
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
