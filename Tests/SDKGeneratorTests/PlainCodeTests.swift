import Foundation
import Testing

/// The reader and the generator stay plain Swift: byte-level code only where it reads
/// YAML through libyaml or files through POSIX, and few byte literals elsewhere.
struct PlainCodeTests {
    /// The Swift sources of the reader and the generator, by path from the package root.
    private static func sources() throws -> [(path: String, text: String)] {
        try ["Sources/OpenAPIReader", "Sources/SDKGenerator"].flatMap { folder in
            let url = TestPaths.root.appendingPathComponent(folder)
            let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            return try files.filter { $0.pathExtension == "swift" }.map { file in
                (String(file.path.dropFirst(TestPaths.root.path.count + 1)), try String(contentsOf: file, encoding: .utf8))
            }
        }
    }

    @Test func fewByteLiterals() throws {
        let count = try Self.sources().map { $0.text.components(separatedBy: "UInt8(ascii:").count - 1 }.reduce(0, +)
        print("UInt8(ascii:) in the reader and generator: \(count)")
        #expect(count < 40)
    }

    @Test func unsafePointersOnlyAtTheCBoundaries() throws {
        let allowed: Set<String> = [
            "Sources/OpenAPIReader/YAML/YAMLEvent.swift", "Sources/OpenAPIReader/YAML/YAMLReader.swift",
            "Sources/SDKGenerator/Output/POSIXFile.swift",
        ]
        let offenders = try Self.sources().filter { !allowed.contains($0.path) && ($0.text.contains("Unsafe") || $0.text.contains("memchr")) }
        #expect(offenders.map(\.path) == [])
    }
}
