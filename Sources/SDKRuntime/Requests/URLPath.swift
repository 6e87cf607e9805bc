/// Percent-encoding of values placed in a URL path.
@_spi(Generated) public enum URLPath {
    /// Encodes `value` as one path segment: everything except RFC 3986 unreserved
    /// characters is percent-encoded, so `/`, `?`, `#`, `%` and spaces cannot change the
    /// path's shape.
    ///
    /// `""`, `"."` and `".."` cannot be a segment either: an empty segment or a dot segment
    /// (which the server removes, with the segment before it for `..`) would send the
    /// request to another endpoint. Request builders cannot throw, so these values become
    /// ``invalidSegment``, and ``APIClient/send(_:options:)`` rejects the request with
    /// ``SDKError/invalidRequest(_:)`` before sending anything.
    public static func segment(_ value: String) -> String {
        guard value != "", value != ".", value != ".." else { return invalidSegment }
        return percentEncoded(value)
    }

    /// What ``segment(_:)-(String)`` makes of `""`, `"."` and `".."`: text no encoded segment holds
    /// (`{` and spaces are always encoded), which the client refuses to send.
    public static let invalidSegment = "{empty or dot path parameter}"

    /// `value` with everything except RFC 3986 unreserved characters percent-encoded, for
    /// query items, form fields and cookies.
    static func percentEncoded(_ value: String) -> String {
        var encoded = ""
        encoded.reserveCapacity(value.utf8.count)
        for byte in value.utf8 {
            if isUnreserved(byte) {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                encoded.append("%")
                encoded.append(hexDigits[Int(byte >> 4)])
                encoded.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return encoded
    }

    private static let hexDigits: [Character] = Array("0123456789ABCDEF")

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "_"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }
}
