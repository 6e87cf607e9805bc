import Foundation
import SDKGenDiagnostics

/// The write stage's entry point: writes generated files into an output folder so that a
/// run either lands whole or not at all, and compares files with a folder for `check`.
///
/// Files are written to a temporary folder beside the output, files sdkgen does not own
/// (no generated header) are carried over, and the folders are then swapped. When the
/// swap fails half-way the previous output is moved back at once; a run stopped between
/// the two renames leaves the previous output beside the destination, where the next run
/// puts it back first.
package enum OutputWriter {
    /// What writing changed: paths relative to the output folder.
    package struct Changes: Sendable, Hashable {
        package var written: [String] = []
        package var removed: [String] = []

        package var isEmpty: Bool { written.isEmpty && removed.isEmpty }
    }

    /// Renames `from` to `to`; the swap's one step, replaceable in tests.
    package typealias Move = (_ from: URL, _ to: URL) throws -> Void

    /// The paths that differ between `files` and `directory`: missing or different
    /// generated files, and generated files that are no longer produced.
    package static func differences(_ files: [GeneratedFile], in directory: URL, parallelism: Parallelism = .parallel) -> Changes {
        survey(files, in: directory, parallelism: parallelism).changes
    }

    /// Makes `directory` hold exactly `files` plus whatever files it held that sdkgen does
    /// not own; does nothing when it already does.
    package static func write(
        _ files: [GeneratedFile], to directory: URL, parallelism: Parallelism = .parallel,
        move: Move = { try FileManager.default.moveItem(at: $0, to: $1) }
    ) throws(DiagnosticsError) -> Changes {
        let manager = FileManager.default
        let parent = directory.deletingLastPathComponent()
        let previous = parent.appendingPathComponent(".\(directory.lastPathComponent).sdkgen-previous")
        if !manager.fileExists(atPath: directory.path), manager.fileExists(atPath: previous.path) {
            try attempt("restore the previous output from \(previous.path)") { try move(previous, directory) }
        }
        let survey = survey(files, in: directory, parallelism: parallelism)
        let changes = survey.changes
        guard !changes.isEmpty else { return changes }

        let foreignPaths = Set(survey.foreign)
        if let clash = files.first(where: { foreignPaths.contains($0.path) }) {
            throw failure("\(directory.appendingPathComponent(clash.path).path) was not written by sdkgen; move it away or rename it")
        }
        try attempt("create \(parent.path)") { try manager.createDirectory(at: parent, withIntermediateDirectories: true) }
        let staging = parent.appendingPathComponent(".\(directory.lastPathComponent).sdkgen-\(UUID().uuidString)")
        do {
            try POSIXFile.write(files, into: staging, parallelism: parallelism)
            for path in survey.foreign {
                let target = staging.appendingPathComponent(path)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try manager.copyItem(at: directory.appendingPathComponent(path), to: target)
            }
            if manager.fileExists(atPath: directory.path) {
                try? manager.removeItem(at: previous)
                try move(directory, previous)
                do {
                    try move(staging, directory)
                } catch {
                    // The output is gone and the new one did not take its place: put the
                    // previous one back now rather than at the next run.
                    try? move(previous, directory)
                    throw error
                }
                try manager.removeItem(at: previous)
            } else {
                try move(staging, directory)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw failure("cannot write \(directory.path): \(error.localizedDescription)")
        }
        return changes
    }

    /// Writes one file, unless it already holds exactly `file`'s contents; returns whether
    /// it wrote. The file is replaced atomically.
    package static func write(_ file: GeneratedFile, in directory: URL) throws(DiagnosticsError) -> Bool {
        let url = directory.appendingPathComponent(file.path)
        if POSIXFile.read(url.path) == file.bytes { return false }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url, options: .atomic)
        } catch {
            throw DiagnosticsError([Diagnostic(.error, "cannot write the file: \(error.localizedDescription)", file: url.path)])
        }
        return true
    }

    /// What `directory` holds, next to `files`.
    private struct Survey {
        var changes = Changes()
        /// Files sdkgen did not write (no generated header), by relative path.
        var foreign: [String] = []
    }

    /// Reads every file under `directory` to find the generated files that differ from
    /// `files` or are no longer produced, and the files sdkgen does not own.
    private static func survey(_ files: [GeneratedFile], in directory: URL, parallelism: Parallelism) -> Survey {
        let present = allFiles(in: directory)
        let produced = Dictionary(files.indices.map { (files[$0].path, $0) }) { first, _ in first }
        // For each file present: whether sdkgen owns it and whether it is as generated.
        let states = concurrentMap(present.count, parallelism) { index -> (owned: Bool, current: Bool) in
            guard let bytes = POSIXFile.read(directory.appendingPathComponent(present[index]).path) else { return (false, false) }
            guard GeneratedFile.isGenerated(bytes) else { return (false, false) }
            guard let file = produced[present[index]].map({ files[$0] }) else { return (true, false) }
            return (true, bytes == file.bytes)
        }
        var survey = Survey()
        var current: Set<String> = []
        for (path, state) in zip(present, states) {
            if !state.owned {
                survey.foreign.append(path)
            } else if state.current {
                current.insert(path)
            } else if produced[path] == nil {
                survey.changes.removed.append(path)
            }
        }
        survey.changes.written = files.map(\.path).filter { !current.contains($0) }
        return survey
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
