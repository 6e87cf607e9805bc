import Foundation
import OpenAPIReader
import SDKGenerator

/// One Swift file holding every generated file, for `generate --single-file`: a build tool
/// plugin must name its outputs before sdkgen reads the spec, and SwiftPM does not ask the
/// plugin again when only the spec changes, so the plugin's output cannot depend on it.
enum SingleFile {
    /// The generated header, each import once, then each file's declarations under a
    /// `// MARK: -` naming the file they would otherwise be in.
    static func join(_ files: [GeneratedFile]) -> String {
        var imports: Set<Substring> = []
        var sections: [String] = []
        for file in files {
            var lines = file.contents.split(separator: "\n", omittingEmptySubsequences: false)[...]
            if lines.first == Substring(GeneratedFile.header) { lines = lines.dropFirst() }
            while let line = lines.first, line.isEmpty || line.hasPrefix("import ") {
                if !line.isEmpty { imports.insert(line) }
                lines = lines.dropFirst()
            }
            sections.append("// MARK: - \(file.path)\n\n" + lines.joined(separator: "\n"))
        }
        let head = [Substring(GeneratedFile.header), ""] + imports.sorted() + [""]
        return head.joined(separator: "\n") + "\n" + sections.joined(separator: "\n")
    }

    /// Writes `text` to `url` unless it already holds exactly that; returns whether it wrote.
    static func write(_ text: String, to url: URL) throws(DiagnosticsError) -> Bool {
        if let current = FileManager.default.contents(atPath: url.path), current == Data(text.utf8) { return false }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw DiagnosticsError([Diagnostic(.error, "cannot write the file: \(error.localizedDescription)", file: url.path)])
        }
        return true
    }
}
