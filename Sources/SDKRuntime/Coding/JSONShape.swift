/// What one alternative of a `oneOf`/`anyOf` union looks like in JSON, so that a value
/// decodes as the alternative it fits best rather than the first that happens to accept it.
///
/// Generated unions without a discriminator list a shape per alternative and try the
/// alternatives in the order ``candidates(for:among:)`` gives: only those whose kind of
/// JSON value, constant values and required members the value has, best fitting first.
@_spi(Generated) public struct JSONShape: Sendable {
    /// The kinds of JSON value an alternative accepts.
    public struct Kinds: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8

        public init(rawValue: UInt8) {
            self.rawValue = rawValue
        }

        public static let null = Kinds(rawValue: 1 << 0)
        public static let boolean = Kinds(rawValue: 1 << 1)
        /// A number without a fraction.
        public static let integer = Kinds(rawValue: 1 << 2)
        /// Any number.
        public static let number = Kinds(rawValue: 1 << 3)
        public static let string = Kinds(rawValue: 1 << 4)
        public static let array = Kinds(rawValue: 1 << 5)
        public static let object = Kinds(rawValue: 1 << 6)
        /// Every kind.
        public static let any: Kinds = [.null, .boolean, .integer, .number, .string, .array, .object]
    }

    /// The kinds of value accepted.
    public var kinds: Kinds
    /// The only values accepted (a `const` or a single-value `enum`); empty when any value
    /// of the kinds is.
    public var values: [JSONValue]
    /// Members an object must have.
    public var required: [String]
    /// Every member the alternative declares.
    public var properties: [String]
    /// Members whose value is fixed, with the values allowed: an object with such a member
    /// holding another value is not this alternative.
    public var constants: [String: [JSONValue]]

    /// Creates a shape.
    public init(
        _ kinds: Kinds, values: [JSONValue] = [], required: [String] = [], properties: [String] = [],
        constants: [String: [JSONValue]] = [:]
    ) {
        self.kinds = kinds
        self.values = values
        self.required = required
        self.properties = properties
        self.constants = constants
    }

    /// The indices of the shapes `value` can be, best fit first: a value of the exact kind
    /// first (an integer for an integer rather than a number), then the most fixed members
    /// matched, then the most of the value's members explained, then the fewest left
    /// unexplained; equal fits keep their order.
    public static func candidates(for value: JSONValue, among shapes: [JSONShape]) -> [Int] {
        var scored: [(index: Int, score: [Int])] = []
        for (index, shape) in shapes.enumerated() {
            if let score = shape.fit(value) { scored.append((index, score)) }
        }
        return scored.sorted { left, right in
            left.score != right.score ? left.score.lexicographicallyPrecedes(right.score, by: >) : left.index < right.index
        }.map(\.index)
    }

    /// How well `value` fits, as scores compared in order; `nil` when it cannot be this.
    private func fit(_ value: JSONValue) -> [Int]? {
        guard let exactness = kindFit(value) else { return nil }
        if !values.isEmpty, !values.contains(value) { return nil }
        guard case .object(let members) = value else { return [exactness, values.isEmpty ? 0 : 1, 0, 0] }
        var matchedConstants = 0
        for (name, allowed) in constants {
            guard let member = members[name] else { continue }
            guard allowed.contains(member) else { return nil }
            matchedConstants += 1
        }
        for name in required where members[name] == nil { return nil }
        let explained = members.keys.filter(properties.contains).count
        return [exactness, matchedConstants, explained, explained - members.count]
    }

    /// 2 for a value of exactly an accepted kind, 1 for an integer where numbers are
    /// accepted, `nil` for a kind not accepted.
    private func kindFit(_ value: JSONValue) -> Int? {
        let kind: Kinds
        switch value {
        case .null: kind = .null
        case .bool: kind = .boolean
        case .number(let number): kind = number.rounded() == number && abs(number) < 1e18 ? .integer : .number
        case .string: kind = .string
        case .array: kind = .array
        case .object: kind = .object
        }
        if kinds.contains(kind) { return 2 }
        if kind == .integer, kinds.contains(.number) { return 1 }
        return nil
    }
}
