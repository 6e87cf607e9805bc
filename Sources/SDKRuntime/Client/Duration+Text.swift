import Foundation

extension Duration {
    /// `1.5 s`, `250 ms`.
    var secondsText: String {
        let (seconds, attoseconds) = components
        if seconds == 0 { return "\(attoseconds / 1_000_000_000_000_000) ms" }
        let fraction = Double(attoseconds) / 1e18
        let value = Double(seconds) + fraction
        return value == value.rounded() ? "\(seconds) s" : String(format: "%.1f s", value)
    }

    /// The duration in whole milliseconds, for logs.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
