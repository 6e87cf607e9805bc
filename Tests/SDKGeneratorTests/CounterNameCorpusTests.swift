import Foundation
@testable import OpenAPIReader
@testable import SDKGenerator
import XCTest

/// On the public specs in `../shared/specs` (skipped when absent): no generated type is
/// named with a number the generator made up (`Variant3`, `DataValue2`,
/// `CreateMembershipRequest2`). A name may end in digits only where the spec spells them
/// (`Credit1099`, `street2`), or where they are a response status (`GetEventsError412`).
/// Prints the count per spec.
final class CounterNameCorpusTests: XCTestCase {
    func testNoTypeNameEndsInAnInventedNumber() throws {
        let folder = try TestPaths.sharedSpecs()
        var paths: [String] = []
        for directory in ["conductorone", "real-world", "oai", "swift-openapi-generator"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(directory).path)) ?? []
            paths += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0.hasSuffix("2010.json") }.sorted()
                .map { "\(directory)/\($0)" }
        }
        for path in paths where !path.contains("malformed") {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(path)))
            let document = try OpenAPIParser.parse(bytes, path: path).document
            let plan = try Planner.plan(document, options: GeneratorOptions(moduleName: "Corpus")).plan
            // The spec's words as one run of lower-case letters and digits, so that
            // `credit_1099` and `Credit1099` are the same.
            let spelled = String(String(decoding: bytes, as: UTF8.self).lowercased().unicodeScalars.filter(Self.isWordScalar))
            var invented: [String] = []
            for model in plan.models {
                Self.visit(model.declaration) { name in
                    let last = name.split(separator: ".").last.map(String.init) ?? name
                    guard last.last?.isNumber == true, !Self.isStatusNamed(last) else { return }
                    let word = String(last.lowercased().unicodeScalars.filter(Self.isWordScalar))
                    if !spelled.contains(word) { invented.append(name) }
                }
            }
            print("counter names: \(path): \(invented.count)")
            XCTAssertEqual(invented, [], "type names of \(path) ending in a number the spec does not spell")
        }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// `…Error412`, `…Response201`: named after the status they answer with.
    private static func isStatusNamed(_ name: String) -> Bool {
        let digits = name.reversed().prefix { $0.isNumber }
        let stem = name.dropLast(digits.count)
        return digits.count == 3 && (stem.hasSuffix("Error") || stem.hasSuffix("Response"))
    }

    /// Calls `body` with the name of `declaration`, of each type nested in it, and of each
    /// union case's own type.
    private static func visit(_ declaration: PlannedDeclaration, _ body: (String) -> Void) {
        body(declaration.name)
        switch declaration {
        case .structure(let value): value.nested.forEach { visit($0, body) }
        case .union(let value): value.nested.forEach { visit($0, body) }
        case .enumeration, .alias: break
        }
    }
}
