import Foundation

/// HTTP dates (RFC 9110 §5.6.7): IMF-fixdate, and the obsolete RFC 850 and asctime forms
/// that recipients must still accept.
enum HTTPDate {
    /// Parses `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` or
    /// `Sun Nov  6 08:49:37 1994`.
    static func parse(_ text: String) -> Date? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        switch words.count {
        case 6 where words[5] == "GMT":
            // IMF-fixdate: day-name, DD Mon YYYY HH:MM:SS GMT
            return date(day: words[1], month: words[2], year: words[3], time: words[4])
        case 4 where words[3] == "GMT":
            // RFC 850: day-name, DD-Mon-YY HH:MM:SS GMT
            let parts = words[1].split(separator: "-").map(String.init)
            guard parts.count == 3, let shortYear = Int(parts[2]), parts[2].count == 2 else { return nil }
            let year = currentCentury(forTwoDigitYear: shortYear)
            return date(day: parts[0], month: parts[1], year: String(year), time: words[2])
        case 5:
            // asctime: day-name Mon D HH:MM:SS YYYY
            return date(day: words[2], month: words[1], year: words[4], time: words[3])
        default:
            return nil
        }
    }

    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    private static func date(day: String, month: String, year: String, time: String) -> Date? {
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard let day = Int(day), let year = Int(year), let month = months.firstIndex(of: month),
            clock.count == 3
        else { return nil }
        var components = DateComponents()
        components.year = year
        components.month = month + 1
        components.day = day
        components.hour = clock[0]
        components.minute = clock[1]
        components.second = clock[2]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        guard components.isValidDate(in: calendar) else { return nil }
        return calendar.date(from: components)
    }

    /// RFC 9110: a two-digit year more than 50 years in the future is in the past century.
    private static func currentCentury(forTwoDigitYear year: Int) -> Int {
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        var candidate = thisYear - thisYear % 100 + year
        if candidate > thisYear + 50 { candidate -= 100 }
        return candidate
    }
}
