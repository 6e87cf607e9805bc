/// A readable account of how two texts differ: the first differing line with context.
enum FileDiff {
    static func describe(expected: String, actual: String, name: String) -> String {
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        var report = "\(name) differs from line \(first + 1) (expected \(expectedLines.count) lines, got \(actualLines.count)):\n"
        for index in max(0, first - 3)..<min(max(expectedLines.count, actualLines.count), first + 4) {
            let expectedLine = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
            let actualLine = index < actualLines.count ? String(actualLines[index]) : "<end>"
            if expectedLine == actualLine {
                report += "    \(index + 1)  \(expectedLine)\n"
            } else {
                report += "  - \(index + 1)  \(expectedLine)\n  + \(index + 1)  \(actualLine)\n"
            }
        }
        return report
    }
}
