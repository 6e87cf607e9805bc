/// How a key written twice in one mapping is reported, by the YAML and the JSON reader alike.
enum DuplicateKey {
    /// Keys longer than this many characters are shortened in messages.
    static let longestKeyShown = 80

    /// `duplicate key 'name'; first at line 12`.
    static func message(_ key: String, firstLine: Int) -> String {
        let shown = key.count > longestKeyShown ? key.prefix(longestKeyShown - 3) + "..." : Substring(key)
        return "duplicate key '\(shown)'; first at line \(firstLine)"
    }
}
