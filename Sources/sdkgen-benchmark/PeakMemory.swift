import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Peak memory of one generation, measured in a child process so that specs measured
/// earlier (and the benchmark's own runs) do not count.
enum PeakMemory {
    /// Runs this executable with `arguments` and returns the child's peak resident size in
    /// MB: the `ru_maxrss` of its `RUSAGE_CHILDREN` usage, taken with `wait4` for that
    /// child alone (getrusage's children figure would be the largest of all children so far).
    static func ofChild(arguments: [String]) -> Double {
        let executable = selfPath()
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, nil, nil, argv, environ)
        guard status == 0 else { Benchmark.fail("cannot start \(executable): \(String(cString: strerror(status)))") }
        var exitStatus: Int32 = 0
        var usage = rusage()
        guard wait4(pid, &exitStatus, 0, &usage) == pid else { Benchmark.fail("cannot wait for the child process") }
        guard exitStatus == 0 else { Benchmark.fail("the child process for \(arguments) failed") }
        #if canImport(Darwin)
        return Double(usage.ru_maxrss) / 1_048_576  // bytes
        #else
        return Double(usage.ru_maxrss) / 1024  // kilobytes
        #endif
    }

}

/// This executable's path.
func selfPath() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return Bundle.main.executablePath ?? CommandLine.arguments[0]
}
