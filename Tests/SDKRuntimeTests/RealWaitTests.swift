import Foundation
import Testing

/// No runtime test waits in real time for a backoff, a `Retry-After`, a timeout or a
/// token's expiry: those run on a ``TestClock``. The few real sleeps left are listed here
/// by file, with what each waits for; a new one fails this test until it is listed.
@Suite struct RealWaitTests {
    static let allowed: [String: Int] = [
        // A server that is silent after a stalled body's prefix, until it stops.
        "Support/StallingBody.swift": 1,
        // The time limit of a child process (webhooks-test).
        "Support/ExecutableRunner.swift": 1,
        // A token endpoint slow enough that concurrent callers pile up on one request.
        "Support/FakeConductorOne.swift": 1,
        "TokenFlowTests.swift": 1,
        // A reader that stops while the transport buffers (real I/O), and the watchdog of
        // `expectFailure`, cancelled as soon as the call fails.
        "StreamBoundsTests.swift": 2,
        // A server too slow for URLSession's own time limit, which no clock of ours drives.
        "TimeoutTests.swift": 1,
    ]

    @Test func everyRealSleepIsListed() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let needle = "Task." + "sleep("
        var found: [String: Int] = [:]
        let files = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil))
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let count = text.components(separatedBy: needle).count - 1
            if count > 0 {
                found[String(file.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))] = count
            }
        }
        #expect(found == Self.allowed)
    }
}
