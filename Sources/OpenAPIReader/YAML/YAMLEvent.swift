import CYAML

/// Events in the order libyaml gave them, with the scalars' text copied into one buffer:
/// the thread running libyaml only copies bytes, and the tree's thread makes the strings.
struct YAMLEventBatch: Sendable {
    var events: [YAMLEvent] = []
    /// The UTF-8 text of the scalars, one after another.
    var text: [UInt8] = []

    init(capacity: Int) {
        events.reserveCapacity(capacity)
        text.reserveCapacity(capacity * 16)
    }

    /// Adds `event`, unless a tree does not need it (stream and document starts and ends).
    mutating func append(_ event: yaml_event_t) {
        if let converted = YAMLEvent(event, text: &text) { events.append(converted) }
    }

    /// The text of a scalar event.
    func text(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
    }
}

/// One libyaml event as a Swift value.
enum YAMLEvent: Sendable {
    /// A scalar, whose text is `range` of its batch's `text`.
    case scalar(Range<Int>, style: Scalar.Style, anchor: String?, at: Mark)
    case collectionStart(isMapping: Bool, anchor: String?, at: Mark)
    case collectionEnd
    case alias(String, at: Mark)

    /// The event `event` is, or `nil` for those a tree does not need; a scalar's text is
    /// appended to `text`.
    init?(_ event: yaml_event_t, text: inout [UInt8]) {
        let mark = Mark(line: Int32(clamping: event.start_mark.line + 1), column: Int32(clamping: event.start_mark.column + 1))
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            var style = Self.style(data.style)
            if style == .plain, data.plain_implicit == 0, data.tag != nil {
                // An explicit tag such as `!!str 8443` makes the scalar a string.
                style = .doubleQuoted
            }
            let start = text.count
            if let value = data.value { text.append(contentsOf: UnsafeBufferPointer(start: value, count: data.length)) }
            self = .scalar(start..<text.count, style: style, anchor: Self.name(data.anchor), at: mark)
        case YAML_SEQUENCE_START_EVENT:
            self = .collectionStart(isMapping: false, anchor: Self.name(event.data.sequence_start.anchor), at: mark)
        case YAML_MAPPING_START_EVENT:
            self = .collectionStart(isMapping: true, anchor: Self.name(event.data.mapping_start.anchor), at: mark)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            self = .collectionEnd
        case YAML_ALIAS_EVENT:
            self = .alias(Self.name(event.data.alias.anchor) ?? "", at: mark)
        default:
            return nil
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> Scalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
