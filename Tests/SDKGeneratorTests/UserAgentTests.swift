import Foundation
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// Each SDK names itself in its `User-Agent`: `<module>-swift/<version>`.
final class UserAgentTests: XCTestCase {
    private func clientText(_ options: GeneratorOptions) throws -> String {
        let plan = try PlanTestSupport.plan(PlanTestSupport.document(), options: options).plan
        var writer = SwiftWriter()
        ClientEmitter(plan: plan, names: RuntimeNames(shadowed: plan.declaredNames, accessLevel: plan.accessLevel))
            .write(to: &writer)
        return writer.text
    }

    func testTheModuleNamesTheSDKWithTheRuntimesVersion() throws {
        let text = try clientText(GeneratorOptions(moduleName: "PetStore"))
        XCTAssertTrue(text.contains(#"public static let userAgent = "petstore-swift/\(SDKInfo.version)""#), text)
        XCTAssertTrue(text.contains("public init(serverURL: URL, tokenProvider: (any TokenProvider)? = nil, credentials: [String: any TokenProvider] = [:])"), text)
    }

    func testTheConfigurationsVersion() throws {
        var options = GeneratorOptions(moduleName: "Billing")
        options.sdkVersion = "2.1.0-beta.1"
        XCTAssertTrue(try clientText(options).contains(#"public static let userAgent = "billing-swift/2.1.0-beta.1""#))
    }

    func testConfigurationVersionIsReadAndChecked() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("version-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = folder.appendingPathComponent("sdkgen.yaml")
        try "generate:\n  - {spec: a.yaml, output: out, module: A, version: 1.2.0}\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ConfigFile.read(path: config.path).first?.options.sdkVersion, "1.2.0")
        try "generate:\n  - {spec: a.yaml, output: out, module: A, version: \"1.0\\r\\nX: y\"}\n".write(to: config, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ConfigFile.read(path: config.path)) { error in
            XCTAssertTrue("\(error)".contains("'version' may hold only letters, digits"), "\(error)")
        }
    }
}
