/// A piece of Swift source written as a string literal with interpolations, built
/// straight into UTF-8 bytes for `SwiftWriter`, which keeps files as bytes.
struct Code: ExpressibleByStringInterpolation {
    private(set) var bytes: [UInt8]

    init(_ text: some StringProtocol) {
        bytes = []
        bytes.appendUTF8(of: text)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    var isEmpty: Bool { bytes.isEmpty }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 32 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            bytes.appendUTF8(of: literal)
        }

        mutating func appendInterpolation(_ value: some StringProtocol) {
            bytes.appendUTF8(of: value)
        }

        mutating func appendInterpolation(_ value: some LosslessStringConvertible) {
            bytes.appendUTF8(of: value.description)
        }
    }
}

extension [UInt8] {
    /// Appends `text`'s UTF-8, copied in one go when its storage is contiguous (as a
    /// native string's is) rather than byte by byte.
    mutating func appendUTF8(of text: some StringProtocol) {
        if text.utf8.withContiguousStorageIfAvailable({ append(contentsOf: $0) }) == nil {
            append(contentsOf: text.utf8)
        }
    }

    /// Appends `code`'s bytes.
    mutating func append(_ code: Code) {
        append(contentsOf: code.bytes)
    }
}
