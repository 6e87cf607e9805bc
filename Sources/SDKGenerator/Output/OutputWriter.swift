import Foundation
import OpenAPIReader

/// Writes generated files into an output folder so that a run either lands whole or not
/// at all, and compares files with a folder for `check`.
///
/// Files are written to a temporary folder beside the output, files sdkgen does not own
/// (no generated header) are carried over, and the folders are then swapped. A run
/// stopped between the two renames of the swap leaves the previous output beside the
/// destination, where the next run puts it back first.
public enum OutputWriter {
    /// What writing changed: paths relative to the output folder.
    public struct Changes: Sendable, Hashable {
        public var written: [String] = []
        public var removed: [String] = []

        public var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    /// The paths that differ between `files` and `directory`: missing or different
    /// generated files, and generated files that are no longer produced.
    public static func differences(_ files: [GeneratedFile], in directory: URL) -> Changes {
        differences(files, existing: ownedFiles(in: directory))
    }

    /// The paths that differ between `files` and the generated files `existing` (by path).
    private static func differences(_ files: [GeneratedFile], existing: [String: String]) -> Changes {
        var changes = Changes()
        for file in files where existing[file.path] != file.contents {
            changes.written.append(file.path)
        }
        let produced = Set(files.map(\.path))
        changes.removed = existing.keys.filter { !produced.contains($0) }.sorted()
        return changes
    }

    /// Makes `directory` hold exactly `files` plus whatever files it held that sdkgen does
    /// not own; does nothing when it already does.
    public static func write(_ files: [GeneratedFile], to directory: URL) throws(DiagnosticsError) -> Changes {
        let manager = FileManager.default
        let parent = directory.deletingLastPathComponent()
        let previous = parent.appendingPathComponent(".\(directory.lastPathComponent).sdkgen-previous")
        if !manager.fileExists(atPath: directory.path), manager.fileExists(atPath: previous.path) {
            try attempt("restore the previous output from \(previous.path)") { try manager.moveItem(at: previous, to: directory) }
        }
        let present = allFiles(in: directory)
        let owned = ownedFiles(present, in: directory)
        let changes = differences(files, existing: owned)
        guard !changes.isEmpty else { return changes }

        let foreign = present.filter { owned[$0] == nil }
        if let clash = files.first(where: { foreign.contains($0.path) }) {
            throw failure("\(directory.appendingPathComponent(clash.path).path) was not written by sdkgen; move it away or rename it")
        }
        try attempt("create \(parent.path)") { try manager.createDirectory(at: parent, withIntermediateDirectories: true) }
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).sdkgen-\(UUID().uuidString)")
        do {
            try FileContents.write(files, into: staging)
            for path in foreign {
                let target = staging.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: directory.appendingPathComponent(path), to: target)
            }
            if manager.fileExists(atPath: directory.path) {
                try? manager.removeItem(at: previous)
                try manager.moveItem(at: directory, to: previous)
                try manager.moveItem(at: staging, to: directory)
                try manager.removeItem(at: previous)
            } else {
                try manager.moveItem(at: staging, to: directory)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw failure("cannot write \(directory.path): \(error.localizedDescription)")
        }
        return changes
    }

    /// Generated files under `directory` (those starting with the header), by relative path.
    static func ownedFiles(in directory: URL) -> [String: String] {
        ownedFiles(allFiles(in: directory), in: directory)
    }

    /// The generated files among `paths` (relative to `directory`), by path.
    private static func ownedFiles(_ paths: [String], in directory: URL) -> [String: String] {
        var owned: [String: String] = [:]
        for path in paths {
            guard let bytes = FileContents.read(directory.appendingPathComponent(path).path) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            if text.hasPrefix(GeneratedFile.header) { owned[path] = text }
        }
        return owned
    }

    /// Relative paths of the regular files under `directory`, sorted.
    private static func allFiles(in directory: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                paths.append(path)
            }
        }
        return paths.sorted()
    }

    private static func attempt(_ what: String, _ body: () throws -> Void) throws(DiagnosticsError) {
        do { try body() } catch { throw failure("cannot \(what): \(error.localizedDescription)") }
    }

    private static func failure(_ message: String) -> DiagnosticsError {
        DiagnosticsError([Diagnostic(.error, message, at: nil)])
    }
}
