import OpenAPIReader

/// The families of media types the generator tells apart, in the order they are preferred.
enum MediaKind: Int, Comparable {
    case json, form, multipart, text, binary

    static func < (lhs: MediaKind, rhs: MediaKind) -> Bool { lhs.rawValue < rhs.rawValue }

    init(_ contentType: String) {
        // The type and subtype, without parameters or spaces, in lower case.
        let bytes = contentType.utf8.prefix { $0 != UInt8(ascii: ";") }.filter { $0 != UInt8(ascii: " ") }
        let base = String(decoding: bytes.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }, as: UTF8.self)
        if base == "application/json" || base.hasSuffix("+json") {
            self = .json
        } else if base == "application/x-www-form-urlencoded" {
            self = .form
        } else if base.hasPrefix("multipart/") {
            self = .multipart
        } else if base.hasPrefix("text/") {
            self = .text
        } else {
            self = .binary
        }
    }

    /// The media type to use from `content`: JSON first, then forms, then anything else.
    static func preferred(in content: [MediaType]) -> MediaType? {
        guard content.count > 1 else { return content.first }
        let kinds = content.map { MediaKind($0.contentType) }
        return kinds.indices.min { kinds[$0] < kinds[$1] }.map { content[$0] }
    }
}
