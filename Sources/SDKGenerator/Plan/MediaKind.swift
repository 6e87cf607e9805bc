import OpenAPIReader

/// The families of media types the generator tells apart, in the order they are preferred.
///
/// Streams of events (server-sent events, JSON Lines, JSON text sequences) are never
/// preferred: an operation offering one beside another media type gets a method of its own
/// for the stream (see ``stream(in:)``).
enum MediaKind: Int, Comparable {
    case json, form, multipart, text, binary, eventStream, jsonLines, jsonSequence

    static func < (lhs: MediaKind, rhs: MediaKind) -> Bool { lhs.rawValue < rhs.rawValue }

    init(_ contentType: String) {
        if contentType == "application/json" {  // nearly every one
            self = .json
            return
        }
        // The type and subtype, without parameters or spaces, in lower case.
        let base = String(contentType.prefix { $0 != ";" }.filter { $0 != " " }).lowercased()
        if base == "text/event-stream" {
            self = .eventStream
        } else if ["application/jsonl", "application/x-ndjson", "application/x-jsonlines", "application/jsonlines"].contains(base) {
            self = .jsonLines
        } else if base == "application/json-seq" {
            self = .jsonSequence
        } else if base == "application/json" || base.hasSuffix("+json") {
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

    /// Whether the media type is a stream of events.
    var isStream: Bool {
        self == .eventStream || self == .jsonLines || self == .jsonSequence
    }

    /// The media type to use from `content`: JSON first, then forms, then anything else;
    /// never a stream of events.
    static func preferred(in content: [MediaType]) -> MediaType? {
        let kinds = content.map { MediaKind($0.contentType) }
        return kinds.indices.filter { !kinds[$0].isStream }.min { kinds[$0] < kinds[$1] }.map { content[$0] }
    }

    /// The stream of events `content` offers, if any: server-sent events first, then
    /// JSON Lines, then JSON text sequences.
    static func stream(in content: [MediaType]) -> (media: MediaType, kind: MediaKind)? {
        let kinds = content.map { MediaKind($0.contentType) }
        return kinds.indices.filter { kinds[$0].isStream }.min { kinds[$0] < kinds[$1] }.map { (content[$0], kinds[$0]) }
    }
}
