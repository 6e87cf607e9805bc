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
    private static let filler: Set<String> = [
        "the", "a", "an", "field", "property", "parameter", "value", "message", "object", "of", "this", "for", "response",
        "request", "body", "method", "invokes", "returns",
    ]

    /// Whether `text`'s words are only `name`'s words and filler, or the generated
    /// `Invokes the <rpc> method.` of gRPC gateways.
    private static func repeats(_ text: String, _ name: String) -> Bool {
        if text.hasPrefix("Invokes the "), text.hasSuffix(" method."), !text.dropFirst(12).dropLast(8).contains(" ") { return true }
        let nameWords = Set(words(Naming.memberName(name)))
        let textWords = words(text)
        return !textWords.isEmpty && textWords.allSatisfy { filler.contains($0) || nameWords.contains($0) }
    }

    /// The lower-case words of `text`, camel case split (`pageSize` → `page`, `size`).
    private static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                if character.isUppercase, let last = current.last, last.isLowercase {
                    words.append(current.lowercased())
                    current = ""
                }
                current.append(character)
            } else if !current.isEmpty {
                words.append(current.lowercased())
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.lowercased()) }
        return words
    }

    /// `text` with the HTML that specs write in descriptions as Markdown: paragraphs, line
    /// breaks, code, bold, italics, links and list items; other tags dropped, entities
    /// decoded.
    static func markdown(_ text: String) -> String {
        guard text.contains("<") || text.contains("&") else { return text }
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

    private static func attribute(_ name: String, in element: Substring) -> String? {
        guard let start = element.firstRange(of: "\(name)=\"") else { return nil }
        let value = element[start.upperBound...]
        return value.firstIndex(of: "\"").map { String(value[..<$0]) }
    }
}

extension StringProtocol {
    /// The text without spaces, tabs and line breaks at either end.
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    /// The text without spaces and tabs at the end.
    var trimmingWhitespaceSuffix: Substring {
        var text = Substring(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
