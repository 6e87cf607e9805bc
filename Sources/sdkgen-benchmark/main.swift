import Foundation

// sdkgen-benchmark: how long sdkgen takes on real specs, beside the parsers' own floors.
//
//     swift run -c release sdkgen-benchmark [--runs N] [SPEC...]
//
// Run it at the package root; without specs it measures the ConductorOne, OpenAI and
// Twilio specs in ../shared/specs. Output goes to a folder in memory (/dev/shm) where
// there is one, so the write stage measures sdkgen and not the disk's mood;
// `--output-root DIR` writes under DIR instead. `--single SPEC DIR` is internal: one
// generation in a child process, so each spec's peak memory is measured on its own.
// `--instructions` adds callgrind's instruction counts of `sdkgen generate` (build it first:
// `swift build -c release --product sdkgen`) and of the parser's floor, each a process of
// its own (`--floor SPEC` is internal: the floor alone, once).

let arguments = Array(CommandLine.arguments.dropFirst())

if arguments.first == "--floor" {
    guard arguments.count == 2, let data = FileManager.default.contents(atPath: arguments[1]) else {
        Benchmark.fail("--floor needs a readable spec")
    }
    _ = Floors.measure(Array(data))
    exit(0)
}

if arguments.first == "--single" {
    guard arguments.count == 3 else { Benchmark.fail("--single needs a spec and an output folder") }
    Benchmark.generateOnce(spec: arguments[1], output: arguments[2])
    exit(0)
}

var runs = 7
var instructions = false
var outputRoot = Benchmark.defaultOutputRoot
var specs: [String] = []
var index = 0
while index < arguments.count {
    switch arguments[index] {
    case "--runs":
        index += 1
        guard index < arguments.count, let value = Int(arguments[index]), value > 0 else {
            Benchmark.fail("--runs needs a positive number")
        }
        runs = value
    case "--output-root":
        index += 1
        guard index < arguments.count else { Benchmark.fail("--output-root needs a folder") }
        outputRoot = URL(fileURLWithPath: arguments[index])
    case "--instructions":
        instructions = true
    case "-h", "--help":
        print("usage: sdkgen-benchmark [--runs N] [--output-root DIR] [--instructions] [SPEC...]   (run at the package root)")
        exit(0)
    case let spec:
        specs.append(spec)
    }
    index += 1
}

if specs.isEmpty {
    guard FileManager.default.fileExists(atPath: Benchmark.sharedSpecs) else {
        Benchmark.fail(
            "\(Benchmark.sharedSpecs) is missing: run at the package root with ../shared/specs beside it, or pass spec files")
    }
    specs = Benchmark.defaultSpecs
}
for spec in specs where !FileManager.default.fileExists(atPath: spec) {
    Benchmark.fail("no such spec: \(spec)")
}

if instructions {
    guard Instructions.isAvailable else { Benchmark.fail("--instructions needs valgrind (apt-get install valgrind)") }
    guard FileManager.default.isExecutableFile(atPath: Instructions.sdkgenPath) else {
        Benchmark.fail("--instructions needs sdkgen beside this executable: swift build -c release --product sdkgen")
    }
}

Benchmark.run(specs: specs, runs: runs, outputRoot: outputRoot, instructions: instructions)
