import CYAML
import SDKGenDiagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Events in the order libyaml gave them, with their text copied into one buffer: the
/// thread running libyaml only copies bytes, and the tree's thread makes the strings.
struct YAMLEventBatch: Sendable {
    var events: [YAMLEvent] = []
    /// The UTF-8 text of the scalars, one after another.
    var text: [UInt8] = []

    init(capacity: Int) {
        events.reserveCapacity(capacity)
        text.reserveCapacity(capacity * 16)
    }

    /// Adds `event`, unless a tree does not need it (stream and document starts and ends).
    mutating func append(_ event: UnsafePointer<yaml_event_t>) {
        let mark = Mark.position(
            line: Int32(clamping: event.pointee.start_mark.line + 1), column: Int32(clamping: event.pointee.start_mark.column + 1))
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            var style = Self.style(data.style)
            if style == .plain, data.plain_implicit == 0, data.tag != nil {
                // An explicit tag such as `!!str 8443` makes the scalar a string.
                style = .doubleQuoted
            }
            let value = copy(data.value, count: data.length)
            events.append(YAMLEvent(kind: .scalar, style: style, mark: mark, text: value, anchor: copy(data.anchor)))
        case YAML_SEQUENCE_START_EVENT:
            events.append(YAMLEvent(kind: .sequenceStart, mark: mark, anchor: copy(event.pointee.data.sequence_start.anchor)))
        case YAML_MAPPING_START_EVENT:
            events.append(YAMLEvent(kind: .mappingStart, mark: mark, anchor: copy(event.pointee.data.mapping_start.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            events.append(YAMLEvent(kind: .collectionEnd, mark: mark))
        case YAML_ALIAS_EVENT:
            events.append(YAMLEvent(kind: .alias, mark: mark, text: copy(event.pointee.data.alias.anchor) ?? 0..<0))
        default:
            break
        }
    }

    /// Copies `count` bytes at `pointer` to `text`, giving where they went.
    private mutating func copy(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> Range<Int> {
        let start = text.count
        if let pointer { text.append(contentsOf: UnsafeBufferPointer(start: pointer, count: count)) }
        return start..<text.count
    }

    /// Copies a NUL-terminated name (an anchor) to `text`; `nil` when there is none.
    private mutating func copy(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> Range<Int>? {
        pointer.map { copy($0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))) }
    }

    /// The text at `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: text[range], as: UTF8.self)
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

/// One libyaml event, with its text kept as places in its batch's `text`: plain data, so a
/// batch is copied and freed without touching each event.
struct YAMLEvent: Sendable {
    enum Kind: UInt8, Sendable {
        case scalar, sequenceStart, mappingStart, collectionEnd, alias
    }

    var kind: Kind
    var style: Scalar.Style = .plain
    var mark: Mark
    /// A scalar's text, or an alias's anchor name.
    var text: Range<Int> = 0..<0
    var anchor: Range<Int>?
}
