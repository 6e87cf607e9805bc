/// A piece of Swift source written as a string literal with interpolations, built
/// straight into UTF-8 bytes for `SwiftWriter` (no intermediate `String`).
///
/// The bytes are kept inline while they fit in 256 bytes, as nearly every line does, and
/// on the heap past that: a line costs no allocation of its own (a large spec's
/// 120,000 lines spent about 50 M instructions allocating and freeing them).
struct Code: ExpressibleByStringInterpolation {
    private var interpolation: Interpolation

    init(_ text: some StringProtocol) {
        interpolation = Interpolation(literalCapacity: 0, interpolationCount: 0)
        interpolation.append(text)
    }

    init(stringLiteral value: String) {
        self.init(value)
    }

    init(stringInterpolation: Interpolation) {
        interpolation = stringInterpolation
    }

    var isEmpty: Bool { interpolation.count == 0 }

    /// Calls `body` with the bytes.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        interpolation.withBytes(body)
    }

    struct Interpolation: StringInterpolationProtocol {
        private var inline = InlineArray<256, UInt8>(repeating: 0)
        /// The bytes once they no longer fit inline.
        private var spilled: [UInt8]?
        private(set) var count = 0

        init(literalCapacity: Int, interpolationCount: Int) {}

        mutating func appendLiteral(_ literal: String) {
            append(literal)
        }

        mutating func appendInterpolation(_ value: some StringProtocol) {
            append(value)
        }

        mutating func appendInterpolation(_ value: some LosslessStringConvertible) {
            append(value.description)
        }

        fileprivate mutating func append(_ text: some StringProtocol) {
            if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
                let bytes = Array(text.utf8)
                bytes.withUnsafeBufferPointer { append($0) }
            }
        }

        private mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
            if spilled == nil, count + source.count <= inline.count {
                let start = count
                var span = inline.mutableSpan
                span.withUnsafeMutableBufferPointer { target in
                    UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(target)[start..<start + source.count])
                        .copyMemory(from: UnsafeRawBufferPointer(source))
                }
            } else {
                if spilled == nil {
                    spilled = withBytes { Array($0) }
                }
                spilled!.append(contentsOf: source)
            }
            count += source.count
        }

        fileprivate func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            if let spilled { return spilled.withUnsafeBufferPointer(body) }
            return inline.span.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[..<count])) }
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

    /// Appends `code`'s bytes.
    mutating func append(_ code: Code) {
        code.withBytes { append(contentsOf: $0) }
    }
}
