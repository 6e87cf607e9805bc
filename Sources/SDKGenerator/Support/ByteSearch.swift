import Foundation

extension String {
    /// Whether the text holds `word`, searched as UTF-8 bytes with `memchr`: standard
    /// `contains` walks characters, breaking graphemes over every long description a
    /// large spec's planning searches, where bytes compare the same for this purpose.
    func containsBytes(_ word: String) -> Bool {
        var text = self
        let needle = Array(word.utf8)
        return text.withUTF8 { haystack in
            guard let first = needle.first else { return true }
            guard needle.count <= haystack.count, let base = haystack.baseAddress else { return false }
            let lastStart = haystack.count - needle.count
            var start = 0
            while start <= lastStart {
                guard let found = memchr(base + start, Int32(first), lastStart - start + 1) else { return false }
                let index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + index, needle, needle.count) == 0 { return true }
                start = index + 1
            }
            return false
        }
    }

    /// The last range where the text holds `word`, compared as UTF-8 bytes: Foundation's
    /// backwards `range(of:)` reads the whole text as UTF-16 first, a conversion of every
    /// doc comment that the search does not need.
    func lastRangeOfBytes(_ word: String) -> Range<Index>? {
        var text = self
        let needle = Array(word.utf8)
        let found: Int? = text.withUTF8 { haystack in
            guard let first = needle.first, needle.count <= haystack.count else { return nil }
            var start = haystack.count - needle.count
            while start >= 0 {
                if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return start }
                start -= 1
            }
            return nil
        }
        return found.map { utf8.index(startIndex, offsetBy: $0)..<utf8.index(startIndex, offsetBy: $0 + needle.count) }
    }
}
