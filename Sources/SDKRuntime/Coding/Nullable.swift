/// A value that can be sent as an explicit JSON `null`: the third state of a property
/// that may be left out, set to `null`, or set to a value.
///
/// Generated request models declare a property the spec marks `nullable` (and does not
/// require) as `Nullable<Type>?`:
///
/// - `nil` leaves the member out of the JSON (the server keeps its value);
/// - `.null` sends `null` (the server clears it);
/// - `.value(x)` sends `x`.
///
/// ```swift
/// var changes = UserUpdate()
/// changes.nickname = .null          // {"nickname":null}
/// changes.birthday = .value(date)   // {"birthday":"2024-05-01T00:00:00Z"}
/// changes.nickname = "Ace"          // a literal is a value too
/// ```
///
/// Decoding maps a member set to `null` to ``null`` and a missing member to `nil`.
public enum Nullable<Wrapped> {
    /// An explicit JSON `null`.
    case null
    /// A value.
    case value(Wrapped)

    /// `.value(wrapped)`, or ``null`` when `wrapped` is `nil`.
    public init(_ wrapped: Wrapped?) {
        self = wrapped.map { .value($0) } ?? .null
    }

    /// The value, or `nil` for ``null``.
    public var value: Wrapped? {
        if case .value(let wrapped) = self { wrapped } else { nil }
    }

    /// Whether this is an explicit `null`.
    public var isNull: Bool {
        if case .null = self { true } else { false }
    }
}

extension Nullable: Sendable where Wrapped: Sendable {}
extension Nullable: Equatable where Wrapped: Equatable {}
extension Nullable: Hashable where Wrapped: Hashable {}

extension Nullable: Decodable where Wrapped: Decodable {
    /// Decodes `null` as ``null`` and anything else as a value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self = container.decodeNil() ? .null : .value(try container.decode(Wrapped.self))
    }
}

extension Nullable: Encodable where Wrapped: Encodable {
    /// Encodes ``null`` as `null` and a value as the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .value(let wrapped): try container.encode(wrapped)
        }
    }
}

extension Nullable: ExpressibleByUnicodeScalarLiteral where Wrapped: ExpressibleByStringLiteral {
    /// A string value.
    public init(unicodeScalarLiteral value: Wrapped.StringLiteralType) {
        self = .value(Wrapped(stringLiteral: value))
    }
}

extension Nullable: ExpressibleByExtendedGraphemeClusterLiteral where Wrapped: ExpressibleByStringLiteral {
    /// A string value.
    public init(extendedGraphemeClusterLiteral value: Wrapped.StringLiteralType) {
        self = .value(Wrapped(stringLiteral: value))
    }
}

extension Nullable: ExpressibleByStringLiteral where Wrapped: ExpressibleByStringLiteral {
    /// A string value.
    public init(stringLiteral value: Wrapped.StringLiteralType) {
        self = .value(Wrapped(stringLiteral: value))
    }
}

extension Nullable: ExpressibleByIntegerLiteral where Wrapped: ExpressibleByIntegerLiteral {
    /// An integer value.
    public init(integerLiteral value: Wrapped.IntegerLiteralType) {
        self = .value(Wrapped(integerLiteral: value))
    }
}

extension Nullable: ExpressibleByFloatLiteral where Wrapped: ExpressibleByFloatLiteral {
    /// A floating-point value.
    public init(floatLiteral value: Wrapped.FloatLiteralType) {
        self = .value(Wrapped(floatLiteral: value))
    }
}

extension Nullable: ExpressibleByBooleanLiteral where Wrapped: ExpressibleByBooleanLiteral {
    /// A Boolean value.
    public init(booleanLiteral value: Wrapped.BooleanLiteralType) {
        self = .value(Wrapped(booleanLiteral: value))
    }
}

extension Nullable: ExpressibleByArrayLiteral where Wrapped: RangeReplaceableCollection {
    /// An array value.
    public init(arrayLiteral elements: Wrapped.Element...) {
        self = .value(Wrapped(elements))
    }
}
