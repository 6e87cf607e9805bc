import OpenAPIReader
import SDKGenDiagnostics
import SDKGenerator

/// One input through every stage that accepts it, on this thread, as `sdkgen generate`
/// chains them (`Generator.files`): the node layer (`DocumentReader.read`), the model
/// (`OpenAPIParser.decode`), the plan (`Planner.plan`) and the Swift files
/// (`SwiftEmitter.emit`). A stage may refuse the input with diagnostics; anything else, a
/// trap or a broken promise checked here, is a finding.
enum FuzzTarget {
    private static let settings = Generator.Settings(layout: .filePerGroup, parallelism: .serial)
    private static let options = GeneratorOptions(moduleName: "Fuzz")

    static func run(_ bytes: [UInt8]) {
        var timings = Generator.Timings()
        do {
            let emitted = try Generator.files(from: bytes, path: "fuzz.yaml", options: options, settings: settings, timings: &timings)
            emitted.files.forEach(checkGenerated)
        } catch {
            checkRefusal(error)
        }
    }

    /// A refusal carries at least one error, each placed in the file.
    private static func checkRefusal(_ error: DiagnosticsError) {
        precondition(error.diagnostics.contains { $0.severity == .error }, "refused without an error: \(error)")
        for diagnostic in error.diagnostics {
            if let location = diagnostic.location {
                precondition(location.line >= 1 && location.column >= 1, "misplaced: \(diagnostic)")
            }
        }
    }

    /// A generated file says it is generated and carries no invisible characters (but line
    /// ends, and tabs a description may hold).
    private static func checkGenerated(_ file: GeneratedFile) {
        precondition(GeneratedFile.isGenerated(file.bytes), "\(file.path) has no header")
        for scalar in file.contents.unicodeScalars where scalar != "\n" && scalar != "\t" {
            precondition(!InvisibleCharacters.contains(scalar), "\(file.path) carries U+\(String(scalar.value, radix: 16))")
        }
    }
}

/// libFuzzer's entry point: called with each input it makes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
