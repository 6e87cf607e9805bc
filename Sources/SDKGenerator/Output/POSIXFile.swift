import Foundation
import SDKGenDiagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file I/O: plain file reads, and plain file writes for the staging folder: several files at once,
/// each written with one `write` and no `fsync` (the staging folder is swapped in whole,
/// or removed).
enum POSIXFile {
    /// Why a file could not be read, said the way a user needs to hear it.
    struct ReadFailure: Error, CustomStringConvertible {
        /// `the file does not exist`, `it is a directory`, or the system's reason.
        let description: String

        /// The path names a directory.
        static let isDirectory = ReadFailure(description: "it is a directory")

        /// The failure the `errno` value `code` stands for.
        init(errno code: Int32) {
            description = code == ENOENT ? "the file does not exist" : String(cString: strerror(code))
        }

        private init(description: String) {
            self.description = description
        }
    }

    /// The bytes of the file at `path`, read straight into an array; `nil` when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        try? contents(ofFile: path)
    }

    /// The bytes of the file at `path`, read straight into an array; throws why it cannot be read.
    /// Reading stops once more than `limit` bytes are read (a device such as `/dev/zero`
    /// never ends), so the caller sees the file is too large.
    static func contents(ofFile path: String, limit: Int = .max) throws(ReadFailure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadFailure(errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadFailure(errno: errno) }
        guard status.st_mode & S_IFMT != S_IFDIR else { throw .isDirectory }
        var bytes: [UInt8] = []
        // One byte more than the size, so the end is seen in the first pass.
        var chunkSize = min(max(Int(status.st_size), 0), limit) + 1
        while true {
            var failure: Int32?
            let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { buffer, count in
                count = 0
                while count < chunkSize {
                    let read = systemRead(descriptor, buffer.baseAddress! + count, chunkSize - count)
                    if read < 0, errno == EINTR { continue }
                    if read < 0 { failure = errno }
                    if read <= 0 { return }
                    count += read
                }
            }
            if let failure { throw ReadFailure(errno: failure) }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < chunkSize || bytes.count > limit { return bytes }
            chunkSize = 1 << 16
        }
    }

    /// Writes each file's contents to `folder`/its path, creating folders as needed; files
    /// are written on every core when `parallelism` allows. Throws the first failure, in
    /// the files' order.
    static func write(_ files: [GeneratedFile], into folder: URL, parallelism: Parallelism = .parallel) throws {
        var folders = Set<String>()
        for file in files {
            folders.insert(folder.appendingPathComponent(file.path).deletingLastPathComponent().path)
        }
        for path in folders.sorted() {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        let root = folder.path
        let failures = concurrentMap(files.count, parallelism) { index -> (any Error)? in
            do {
                try write(files[index].bytes, toPath: root + "/" + files[index].path)
                return nil
            } catch {
                return error
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
    }

    /// Writes `bytes` to a new or truncated file at `path`.
    static func write(_ bytes: [UInt8], toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw posixError(path) }
        defer { close(descriptor) }
        try bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw posixError(path)
                }
                offset += written
            }
        }
    }

    private static func posixError(_ path: String) -> NSError {
        let code = errno
        return NSError(
            domain: NSPOSIXErrorDomain, code: Int(code),
            userInfo: [NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(code)))"])
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
private let systemRead = Glibc.read
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
private let systemRead = Darwin.read
#endif
