import Foundation
import SDKGenDiagnostics
@testable import SDKGenerator
import XCTest

/// The manifest's hand-written JSON reads back as the snapshot it was written from.
final class APIManifestTests: XCTestCase {
    func testEverythingReadsBackAsWritten() throws {
        let tricky = "quote \" backslash \\ newline \n tab \t bell \u{07} slash / é 🐶 zero\u{200B}width \u{202E}mark \u{E0001}tag"
        let api = APISnapshot(
            client: "ShopClient",
            types: [
                SnapshotType(
                    name: "Pet", origin: "schema shop.Pet", kind: .struct,
                    properties: [
                        SnapshotProperty(name: "id", json: "id", type: "Int64", optional: false, defaulted: false, encoding: "string"),
                        SnapshotProperty(name: "note", json: tricky, type: "String", optional: true, defaulted: true, encoding: nil),
                    ]),
                SnapshotType(name: "Pet.Status", kind: .enum, rawType: "String", cases: [SnapshotCase(name: "sold", value: "SOLD", type: nil)]),
                SnapshotType(name: "Shape", kind: .union, cases: [SnapshotCase(name: "circle", value: nil, type: "Circle")]),
                SnapshotType(name: "Tags", kind: .alias, aliasOf: "[String]"),
                SnapshotType(name: "Empty", kind: .struct, properties: []),
            ],
            operations: [
                SnapshotOperation(
                    group: "Pets", property: "pets", name: "create", operationID: tricky, method: "POST", path: "/pets/{id}",
                    arguments: [SnapshotArgument(label: "id", type: "String", optional: false, wire: "path")], response: "Pet"),
                SnapshotOperation(
                    group: "Pets", property: "pets", name: "list", operationID: "list", method: "GET", path: "/pets",
                    arguments: [], response: "[Pet]"),
            ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = APIManifest.file(for: api)
        try file.contents.write(to: folder.appendingPathComponent(APIManifest.path), atomically: true, encoding: .utf8)

        XCTAssertEqual(APIManifest.read(in: folder), api)
        // Invisible characters are written as escapes, never as themselves.
        XCTAssertFalse(file.contents.unicodeScalars.contains { $0 != "\n" && InvisibleCharacters.contains($0) })
        XCTAssertTrue(file.contents.contains(#"zero\u200bwidth \u202emark \udb40\udc01tag"#))
        // One line per type and per operation, so a change to one is a one-line diff.
        XCTAssertEqual(file.contents.split(separator: "\n").count, 1 + 1 + api.operations.count + 1 + api.types.count + 1)
    }

    func testNoSnapshotIsEmptyLists() throws {
        let api = APISnapshot(client: "C", types: [], operations: [])
        let json = APIManifest.file(for: api).contents.split(separator: "\n", maxSplits: 1)[1]
        XCTAssertEqual(json, #"{"client":"C","operations":[],"types":[]}"# + "\n")
    }
}
