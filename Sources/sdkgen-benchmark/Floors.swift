import CYAML
import Foundation

/// The parsers' own speed: what generation is compared with.
enum Floors {
    /// Whether `bytes` is JSON (its first non-space character opens an object or array),
    /// the same test sdkgen's reader makes.
    static func isJSON(_ bytes: [UInt8]) -> Bool {
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }

    /// Seconds libyaml's event parser takes over `bytes`: every event parsed and freed,
    /// no tree built.
    static func libyamlEvents(_ bytes: [UInt8]) -> Double {
        var events = 0
        let time = seconds {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { Benchmark.fail("cannot start libyaml") }
            defer { yaml_parser_delete(&parser) }
            bytes.withUnsafeBufferPointer { buffer in
                yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
                var event = yaml_event_t()
                while yaml_parser_parse(&parser, &event) == 1 {
                    let done = event.type == YAML_STREAM_END_EVENT
                    yaml_event_delete(&event)
                    events += 1
                    if done { break }
                }
            }
        }
        if events < 2 { Benchmark.fail("libyaml could not parse the spec") }
        return time
    }

    /// The floor for `bytes`: libyaml's events for YAML, Foundation's parse for JSON.
    static func measure(_ bytes: [UInt8]) -> (name: String, seconds: Double) {
        isJSON(bytes) ? ("JSONSerialization", foundationJSON(Data(bytes))) : ("libyaml events", libyamlEvents(bytes))
    }

    /// Seconds Foundation's `JSONSerialization` takes to parse `data`.
    static func foundationJSON(_ data: Data) -> Double {
        var parsed = false
        let time = seconds {
            parsed = (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) != nil
        }
        if !parsed { Benchmark.fail("JSONSerialization could not parse the spec") }
        return time
    }
}
