import Foundation

/// Descriptions from a spec made fit for a doc comment: HTML turned into Markdown, and
/// text that says nothing (`The id field.`, `Invokes the …Service.List method.`, a summary
/// that only repeats the name) dropped.
enum DocumentationCleanup {
    /// `text` as Markdown, or `nil` when it only repeats `name` (the words of the thing it
    /// documents) or says nothing else.
    static func meaningful(_ text: String?, describing name: String) -> String? {
        guard let text else { return nil }
        let markdown = self.markdown(text).trimmingWhitespace
        guard !markdown.isEmpty, !repeats(markdown, name) else { return nil }
        return markdown
    }

    /// Filler words that, with a name's own words, make a description say nothing.
    private static let filler: [String] = [
        "the", "a", "an", "field", "property", "parameter", "value", "message", "object", "of", "this", "for", "response",
        "request", "body", "method", "invokes", "returns",
    ]

    /// Whether `text`'s words are only `name`'s words and filler, or the generated
    /// `Invokes the <rpc> method.` of gRPC gateways.
    private static func repeats(_ text: String, _ name: String) -> Bool {
        if text.hasPrefix("Invokes the "), text.hasSuffix(" method."), !text.dropFirst(12).dropLast(8).contains(" ") { return true }
        // A handful of words each: compared one by one, which costs less than hashing.
        var nameWords: [String] = []
        _ = forEachWord(of: name) { word in
            nameWords.append(word)
            return true
        }
        var sawWord = false
        // Most descriptions say something from their first words: stop at the first that
        // is neither filler nor the name's.
        let onlyNameAndFiller = forEachWord(of: text) { word in
            sawWord = true
            return filler.contains(word) || nameWords.contains(word)
        }
        return sawWord && onlyNameAndFiller
    }

    /// Calls `body` with each word of `text`, camel case split (`pageSize` → `page`,
    /// `size`), ASCII letters in lower case, until it returns `false`; returns whether it
    /// never did. Runs of ASCII letters and digits, and of the bytes of any character
    /// outside ASCII, make words: read as UTF-8, since thousands of descriptions pass
    /// through here and Unicode's property tables would cost more than the rest.
    private static func forEachWord(of text: String, _ body: (String) -> Bool) -> Bool {
        var word: [UInt8] = []
        var lastIsLowercase = false
        for byte in text.utf8 {
            let character = Unicode.Scalar(byte)
            let isUppercase = ("A"..."Z").contains(character)
            let isLowercase = ("a"..."z").contains(character)
            let isWordPart = isUppercase || isLowercase || !character.isASCII || ("0"..."9").contains(character)
            if !word.isEmpty, !isWordPart || (isUppercase && lastIsLowercase) {
                guard body(String(decoding: word, as: UTF8.self)) else { return false }
                word.removeAll(keepingCapacity: true)
            }
            if isWordPart { word.append(isUppercase ? byte + 32 : byte) }
            lastIsLowercase = isLowercase
        }
        return word.isEmpty || body(String(decoding: word, as: UTF8.self))
    }

    /// `text` with the HTML that specs write in descriptions as Markdown: paragraphs, line
    /// breaks, code, bold, italics, links and list items; other tags dropped, entities
    /// decoded.
    static func markdown(_ text: String) -> String {
        guard mayHoldHTML(text) else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            output += rest[..<open]
            rest = rest[open...]
            if rest.first == "&", let semicolon = rest.prefix(10).firstIndex(of: ";"),
                let decoded = entities[String(rest[...semicolon])]
            {
                output += decoded
                rest = rest[rest.index(after: semicolon)...]
                continue
            }
            guard rest.first == "<", let close = rest.firstIndex(of: ">"), let tag = tagName(rest[rest.index(after: open)..<close]) else {
                output.append(rest.removeFirst())
                continue
            }
            let element = rest[...close]
            rest = rest[rest.index(after: close)...]
            switch tag {
            case "p", "/p", "div", "/div": output += "\n\n"
            case "br", "br/": output += "\n"
            case "code", "/code", "tt", "/tt": output += "`"
            case "b", "/b", "strong", "/strong": output += "**"
            case "i", "/i", "em", "/em": output += "*"
            case "li": output += "\n- "
            case "ul", "/ul", "ol", "/ol", "/li": output += "\n"
            case "a":
                if let href = attribute("href", in: element), let end = rest.firstRange(of: "</a>") {
                    output += "[\(rest[..<end.lowerBound])](\(href))"
                    rest = rest[end.upperBound...]
                }
            default: break
            }
        }
        output += rest
        // Tags leave runs of blank lines and spaces at the ends of lines.
        var lines: [Substring] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingWhitespaceSuffix
            if trimmed.isEmpty, lines.last?.isEmpty == true { continue }
            lines.append(trimmed)
        }
        return lines.joined(separator: "\n")
    }

    private static let entities: [String: String] = [
        "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&nbsp;": " ",
    ]

    /// The lower-case name of a tag (`p`, `/p`, `br/`), or `nil` when the text between
    /// `<` and `>` is not a tag (`<id>` in prose, `a < b`).
    private static func tagName(_ inside: Substring) -> String? {
        let name = inside.prefix { !$0.isWhitespace }.lowercased()
        let known: Set<String> = [
            "p", "/p", "div", "/div", "br", "br/", "code", "/code", "tt", "/tt", "b", "/b", "strong", "/strong", "i", "/i",
            "em", "/em", "li", "/li", "ul", "/ul", "ol", "/ol", "a", "/a", "span", "/span",
        ]
        return known.contains(name) ? name : nil
    }

    /// Whether `text` has a `<` or `&`, so it may hold HTML; looked for in its UTF-8, as
    /// every description is searched and few have either.
    private static func mayHoldHTML(_ text: String) -> Bool {
        text.utf8.contains { Unicode.Scalar($0) == "<" || Unicode.Scalar($0) == "&" }
    }

    private static func attribute(_ name: String, in element: Substring) -> String? {
        guard let start = element.firstRange(of: "\(name)=\"") else { return nil }
        let value = element[start.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and line breaks at either end.
    var trimmingWhitespace: String {
        // Most text starts and ends with a visible ASCII character: nothing to look up.
        if let first = utf8.first, let last = self.last?.asciiValue, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return String(self)
        }
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while start < end, self[index(before: end)].isWhitespace { end = index(before: end) }
        return String(self[start..<end])
    }

    /// The text without spaces and tabs at the end.
    var trimmingWhitespaceSuffix: Substring {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
