/// A piece of Swift source written as a string literal with interpolations, built
/// straight into UTF-8 bytes for `SwiftWriter` (no intermediate `String`).
struct Code: ExpressibleByStringInterpolation {
    var bytes: [UInt8]

    init(_ text: some StringProtocol) {
        bytes = Array(text.utf8)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    struct Interpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        mutating func appendLiteral(_ literal: String) {
            append(literal)
        }

        mutating func appendInterpolation(_ value: some StringProtocol) {
            append(value)
        }

        mutating func appendInterpolation(_ value: some LosslessStringConvertible) {
            append(value.description)
        }

        private mutating func append(_ text: some StringProtocol) {
            bytes.appendUTF8(of: text)
        }
    }
}

extension [UInt8] {
    /// Appends `text`'s UTF-8, copied in one go when its storage is contiguous.
    mutating func appendUTF8(of text: some StringProtocol) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }
}
