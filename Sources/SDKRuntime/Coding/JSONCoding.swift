import Foundation

/// The JSON encoders and decoders generated models are read and written with.
public enum JSONCoding {
    /// A decoder reading RFC 3339 dates with or without fractional seconds.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = RFC3339.date(from: text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "Expected an RFC 3339 date-time, found \"\(text)\".")
            }
            return date
        }
        return decoder
    }

    /// An encoder writing dates as RFC 3339 in UTC, with fractional seconds only when present.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(RFC3339.string(from: date))
        }
        return encoder
    }
}

/// RFC 3339 timestamps, as used by `format: date-time`.
public enum RFC3339 {
    /// Parses a timestamp with or without fractional seconds and with any UTC offset.
    public static func date(from text: String) -> Date? {
        if let date = try? Date(text, strategy: withFraction) { return date }
        return try? Date(text, strategy: withoutFraction)
    }

    /// Formats a date in UTC, adding fractional seconds only when the date has them.
    public static func string(from date: Date) -> String {
        let hasFraction = date.timeIntervalSince1970.rounded(.down) != date.timeIntervalSince1970
        return (hasFraction ? withFraction : withoutFraction).format(date)
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()
}
