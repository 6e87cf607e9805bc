/// A set of field paths naming the members an update changes (protobuf's
/// `google.protobuf.FieldMask`).
///
/// In JSON a mask is one string: the paths separated by commas, each in lowerCamelCase
/// (`"displayName,url"`), as the proto3 JSON mapping writes it. Paths may be given in
/// either case: `display_name` is sent as `displayName`, and `owner.display_name` as
/// `owner.displayName`.
///
/// ```swift
/// let changes = WebhooksServiceUpdateRequest(updateMask: ["displayName", "url"], webhook: webhook)
/// ```
public struct FieldMask: Hashable, Sendable, ExpressibleByArrayLiteral {
    /// The paths, as given.
    public var paths: [String]

    /// A mask of `paths`.
    public init(paths: [String]) {
        self.paths = paths
    }

    /// A mask of the paths listed.
    public init(arrayLiteral paths: String...) {
        self.paths = paths
    }

    /// The mask as JSON writes it: the lowerCamelCase paths separated by commas.
    public var text: String {
        paths.map(Self.lowerCamelCase).joined(separator: ",")
    }

    /// The mask `text` writes: the comma-separated paths, none when it is empty.
    public init(text: String) {
        self.paths = text.isEmpty ? [] : text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }

    /// `path` with each dot-separated field name in lowerCamelCase.
    private static func lowerCamelCase(_ path: String) -> String {
        guard path.contains("_") else { return path }
        return path.split(separator: ".", omittingEmptySubsequences: false).map { name in
            var result = ""
            var upper = false
            for character in name {
                if character == "_" {
                    upper = true
                } else {
                    result += upper ? character.uppercased() : String(character)
                    upper = false
                }
            }
            return result
        }.joined(separator: ".")
    }
}

extension FieldMask: Codable {
    /// Decodes the comma-separated paths of a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the mask as one JSON string of comma-separated lowerCamelCase paths.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

extension FieldMask: ParameterValue {
    /// The comma-separated lowerCamelCase paths, as sent in a query.
    public var parameterText: String { text }
}

extension FieldMask: CustomStringConvertible {
    /// The mask as JSON writes it.
    public var description: String { text }
}
