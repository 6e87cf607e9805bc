import Foundation
import Scheduler
import SDKRuntime
import XCTest

// App code that names Swift's own types without a module, in a file that imports an SDK
// whose spec has schemas named Task, Result and Error: it compiles only because no
// generated top-level type takes those names.

private struct Failure: Error {}

private func work() async -> Result<Int, Failure> { .success(1) }

final class AppCodeBesideTheSDKTests: XCTestCase {
    func testTaskErrorAndResultStillMeanSwiftsTypes() async throws {
        let task = Task { await work() }
        let result: Result<Int, Failure> = await task.value
        XCTAssertEqual(try result.get(), 1)
        let data: Data = Data("x".utf8)
        XCTAssertEqual(data.count, 1)
        // The SDK's own types, renamed and documented as such.
        let model = TaskModel(id: "t1", timeZone: .etcGMTMinus1)
        XCTAssertEqual(model.timeZone?.rawValue, "Etc/GMT-1")
        XCTAssertNil(ResultModel().data)
        XCTAssertNil(ErrorModel().message)
    }
}
