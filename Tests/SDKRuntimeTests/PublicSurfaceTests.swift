import Foundation
import Testing

/// What an app sees of SDKRuntime: the declarations marked `public` or `open` that are not
/// behind the `Generated` SPI, which only generated code imports.
struct PublicSurfaceTests {
    @Test func countsTheDeclarationsAnAppSees() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/SDKRuntime")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        var total = 0
        for file in files where file.pathExtension == "swift" {
            total += PublicDeclarations.count(in: try String(contentsOf: file, encoding: .utf8))
        }
        print("SDKRuntime declarations visible to an app without SPI: \(total)")
        // A ceiling at today's count: what an app sees grows only on purpose.
        #expect(total <= 310)
    }

    @Test func theScannerSkipsSPIScopesStringsAndComments() {
        let source = """
            /// A public thing in a comment: public var no: Int
            public struct A {
                public var a: Int
                let hidden = "public var no = { }"
            }
            @_spi(Generated) public struct B {
                public var b: Int
            }
            @_spi(Generated)
            extension A {
                public func c() {}
            }
            extension A {
                @_spi(Generated) public func d() {}
                public func e() {}
            }
            """
        #expect(PublicDeclarations.count(in: source) == 3)
    }
}

/// Counts public declarations line by line: good enough for code formatted as this
/// package's is (one declaration per line, braces outside strings and comments balanced).
enum PublicDeclarations {
    static func count(in source: String) -> Int {
        var count = 0
        var depth = 0
        var spiScopes: [Int] = []  // the depth each SPI declaration's body starts at
        var pendingSPI = false
        var inMultilineString = false
        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(rawLine).trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("\"\"\"") || line.hasSuffix("\"\"\"") && line.filter({ $0 == "\"" }).count == 3 {
                inMultilineString.toggle()
                continue
            }
            if inMultilineString || line.hasPrefix("//") { continue }
            line = code(of: line)
            let isSPI = pendingSPI || line.contains("@_spi(") || !spiScopes.isEmpty
            let declaration = line.replacingOccurrences(of: #"^(@\w+(\([^)]*\))?\s*)*"#, with: "", options: .regularExpression)
            if line.hasPrefix("@_spi(") && declaration.isEmpty {
                pendingSPI = true
                continue
            }
            if !isSPI, declaration.hasPrefix("public ") || declaration.hasPrefix("open ") { count += 1 }
            let opened = line.filter { $0 == "{" }.count
            let closed = line.filter { $0 == "}" }.count
            if isSPI, spiScopes.isEmpty, opened > closed { spiScopes.append(depth) }
            depth += opened - closed
            while let last = spiScopes.last, depth <= last { spiScopes.removeLast() }
            if !declaration.isEmpty { pendingSPI = false }
        }
        return count
    }

    /// `line` without string literals and a trailing comment.
    private static func code(of line: String) -> String {
        var result = ""
        var inString = false
        var previous: Character = " "
        for character in line {
            if character == "\"", previous != "\\" {
                inString.toggle()
            } else if !inString {
                if character == "/", previous == "/" {
                    result.removeLast()
                    break
                }
                result.append(character)
            }
            previous = character
        }
        return result
    }
}
