/// An example value from the spec and the generated type that must read it, for the
/// examples check: decoded with that type, encoded again, and compared.
package struct PlannedExample: Sendable, Hashable {
    /// The type the value decodes as.
    package var type: TypeReference
    /// How a property codes the value, when it differs from the type's own `Codable`.
    package var coding: PlannedProperty.Coding
    /// The value as JSON text.
    package var json: String
    /// Where the example is written: `file:line:col`.
    package var location: String
    /// What it is an example of, for reports (`Pet`, `Pet.name`, `POST /pets request body`).
    package var subject: String
    /// Why the example does not fit its own schema; empty when it does.
    package var problems: [String]
}
