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
                    in: container, debugDescription: "expected an RFC 3339 date-time")
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
@_spi(Generated) public enum RFC3339 {
    /// Parses a timestamp with or without fractional seconds and with any UTC offset.
    public static func date(from text: String) -> Date? {
        if let date = try? Date(text, strategy: withFraction) { return date }
        return try? Date(text, strategy: withoutFraction)
    }

    /// Formats a date in UTC, adding fractional seconds (milliseconds) only when the date has them.
    ///
    /// The date is rounded to the millisecond and the milliseconds are written from that
    /// integer: a parsed `.158` is stored as a binary fraction just below it, which the
    /// formatter alone would cut to `.157`. Digits past the millisecond are not kept.
    public static func string(from date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        // Past about 30,000 years from 1970 (or not a number), the formatter's own rounding.
        guard abs(milliseconds) < 1e15 else { return withFraction.format(date) }
        let total = Int64(milliseconds)
        let fraction = Int(((total % 1000) + 1000) % 1000)
        let whole = withoutFraction.format(Date(timeIntervalSince1970: Double((total - Int64(fraction)) / 1000)))
        guard fraction != 0, whole.hasSuffix("Z") else { return whole }
        let digits = String(fraction)
        return whole.dropLast() + "." + String(repeating: "0", count: 3 - digits.count) + digits + "Z"
    }

    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let withoutFraction = Date.ISO8601FormatStyle()
}
