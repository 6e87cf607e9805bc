import Foundation

/// The fuzzer's executable. Built by `.ci/fuzz-check` (with `-DFUZZING` and the
/// sanitizers), it hands over to libFuzzer's driver, which calls `fuzzOneInput` with each
/// input it makes. A normal build runs the files it is given instead, without libFuzzer,
/// so a finding reproduces under the debugger: `swift run sdkgen-fuzz FILE...`.
@main
enum FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOneInput))
        #else
        replay(CommandLine.arguments.dropFirst())
        #endif
    }

    /// Runs each file through `FuzzTarget`.
    private static func replay(_ paths: ArraySlice<String>) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: sdkgen-fuzz FILE...  (runs each file through the fuzzer's target)\n".utf8))
            exit(2)
        }
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
                exit(1)
            }
            FuzzTarget.run(Array(data))
            print("\(path): ok")
        }
    }
}

#if FUZZING
/// libFuzzer's driver (LLVM 11 and later): reads its options from `argv`, then fuzzes
/// `callback`. Called from `main` because SwiftPM names an executable's entry point itself,
/// which leaves libFuzzer's own `main` out of the link.
@_extern(c, "LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
