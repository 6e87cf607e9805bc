import Constructs
import Foundation
@_spi(Generated) import SDKRuntime
import SDKGenDiagnostics
import XCTest

/// The constructs fixture (whose `String` schema shadows Swift's here)'s generated code, compiled as the `Constructs` module, at work.
final class ConstructsTests: XCTestCase {
    private func decode<T: Decodable>(_ type: T.Type, _ json: Swift.String) throws -> T {
        try JSONCoding.makeDecoder().decode(type, from: Data(json.utf8))
    }

    private func encode(_ value: some Encodable) throws -> Swift.String {
        Swift.String(decoding: try JSONCoding.makeEncoder().encode(value), as: UTF8.self)
    }

    func testDiscriminatedUnionUsesTheMapping() throws {
        XCTAssertEqual(try decode(Shape.self, #"{"kind": "circle", "radius": 2}"#), .circle(Circle(kind: .circle, radius: 2)))
        XCTAssertEqual(try decode(Shape.self, #"{"kind": "square", "sides": 4}"#), .polygon(Polygon(kind: "square", sides: 4)))
        let unknown = try decode(Shape.self, #"{"kind": "blob", "wobble": true}"#)
        XCTAssertEqual(unknown, .undocumented(["kind": "blob", "wobble": true]))
        XCTAssertEqual(try encode(unknown), #"{"kind":"blob","wobble":true}"#)
        XCTAssertEqual(try encode(Shape.polygon(Polygon(kind: "polygon", sides: 3))), #"{"kind":"polygon","sides":3}"#)
    }

    func testUntaggedUnionTriesAlternativesInOrder() throws {
        XCTAssertEqual(try decode(Value.self, "7"), .integer(7))
        XCTAssertEqual(try decode(Value.self, #""seven""#), .string("seven"))
        XCTAssertEqual(try decode(Value.self, #"[1, ["a"]]"#), .array([.integer(1), .array([.string("a")])]))
        XCTAssertEqual(try decode(Value.self, #"{"x": 1}"#), .undocumented(["x": 1]))
        XCTAssertEqual(try decode([Value?].self, "[null]"), [nil])
    }

    func testStringAlternativesBecomeAnOpenEnum() throws {
        XCTAssertEqual(try decode(Mode.self, #""fast""#), .fast)
        XCTAssertEqual(try decode(Mode.self, #""warp""#), .undocumented("warp"))
    }

    func testRecursiveTypes() throws {
        let node = try decode(Node.self, #"{"name": "leaf", "parent": {"name": "root", "link": {"target": {"name": "x"}}}, "children": []}"#)
        XCTAssertEqual(node.parent?.name, "root")
        XCTAssertEqual(node.parent?.link?.target?.name, "x")
        let expression = try decode(ExpressionModel.self, #"{"operand": {"operand": true}}"#)
        XCTAssertEqual(expression, .not(Not(operand: .not(Not(operand: .bool(true))))))
    }

    func testEverythingRoundTrips() throws {
        let json = """
            {"int64Text": "9007199254740993", "int64Texts": ["1", "-2"], "count": 5, "ratio": 0.5,
             "day": "2024-10-01", "at": "2024-10-01T12:00:00.5Z", "id": "6F9619FF-8B86-D011-B42D-00CF4FC964FF",
             "old": "legacy", "self": "me", "default": "d", "type": "UNKNOWN", "level": -1,
             "free": {"a": [1]}, "anything": null, "map": {"a": 1}, "closed": {"a": "b"},
             "nullableRef": null, "inline": {"deep": {"value": "v"}}, "notInTheSpec": 1}
            """
        let value = try decode(Everything.self, json)
        XCTAssertEqual(value.int64Text, 9_007_199_254_740_993)
        XCTAssertEqual(value.int64Texts, [1, -2])
        XCTAssertEqual(value.day, "2024-10-01")
        XCTAssertEqual(try XCTUnwrap(value.at).timeIntervalSince1970, 1_727_784_000.5, accuracy: 0.001)
        XCTAssertEqual(value.selfValue, "me")
        XCTAssertEqual(value.default, "d")
        XCTAssertEqual(value.type, .unknown)
        XCTAssertEqual(value.level, .minus1)
        XCTAssertEqual(value.inline?.deep?.value, "v")
        XCTAssertNil(value.nullableRef)
        let again = try decode(Everything.self, try encode(value))
        XCTAssertEqual(again, value)
        // A nested model is stored out of line: a copy changed through it leaves the original as it was.
        var changed = value
        changed.inline?.deep?.value = "w"
        XCTAssertEqual(value.inline?.deep?.value, "v")
        XCTAssertEqual(changed.inline?.deep?.value, "w")
        XCTAssertNotEqual(changed, value)
        XCTAssertEqual(Set([value, again, changed]).count, 2)
        XCTAssertTrue(try encode(value).contains(#""int64Text":"9007199254740993""#))
    }

    func testCombinedAllOfHasEveryMembersProperties() {
        let combined = Combined(extra: true, minSides: 3, owner: "me")
        XCTAssertEqual(combined.owner, "me")
        XCTAssertEqual(combined.extra, true)
    }

    func testParametersOfEveryKind() throws {
        let id = UUID(uuidString: "6F9619FF-8B86-D011-B42D-00CF4FC964FF")!
        let request = Shapes.getShape(
            id: id, session: "s 1", filter: Filter(minSides: 3, owner: "a b"), tags: ["x", "y"], where: ["k": "v"])
        XCTAssertEqual(request.path, "/shapes/6f9619ff-8b86-d011-b42d-00cf4fc964ff")
        XCTAssertEqual(
            request.query,
            [
                URLQueryItem(name: "filter[minSides]", value: "3"), URLQueryItem(name: "filter[owner]", value: "a b"),
                URLQueryItem(name: "tags", value: "x,y"), URLQueryItem(name: "where", value: #"{"k":"v"}"#),
            ])
        XCTAssertEqual(request.headers, [HeaderField(name: "Cookie", value: "session=s%201")])
        XCTAssertEqual(request.security, [[.apiKey("apiKey", header: "X-API-Key")]])
    }

    @available(*, deprecated, message: "calls a deprecated operation")
    func testDeprecatedOperationNeedsNoCredentials() {
        XCTAssertEqual(Shapes.delete(id: "1").security, [])
    }

    func testBodiesOfEveryKind() throws {
        let form = try XCTUnwrap(Shapes.createShape(body: CreateShapeRequest(name: "tri angle", sides: 3)).encodeBody())
        XCTAssertEqual(form.contentType, "application/x-www-form-urlencoded")
        XCTAssertEqual(Swift.String(decoding: form.data, as: UTF8.self), "name=tri%20angle&sides=3")

        // A multipart body's binary member is a FilePart: its own file name and media type,
        // else the field's name and application/octet-stream.
        let upload = Files.upload(body: UploadRequest(file: FilePart(Data("abc".utf8), filename: "a \"b\".csv", contentType: "text/csv"), note: "hi"))
        let multipart = try XCTUnwrap(upload.encodeBody())
        let boundary = try XCTUnwrap(multipart.contentType.split(separator: "=").last)
        XCTAssertEqual(multipart.contentType, "multipart/form-data; boundary=\(boundary)")
        XCTAssertEqual(
            Swift.String(decoding: multipart.data, as: UTF8.self),
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a %22b%22.csv\"\r\nContent-Type: text/csv\r\n\r\nabc\r\n"
                + "--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhi\r\n--\(boundary)--\r\n")
        // The spec's `encoding`: a file without its own media type takes the part's
        // (image/png), and `attributes` (application/json) is one JSON part, not fields.
        let encoded = try XCTUnwrap(
            Files.upload(body: UploadRequest(attributes: .init(size: 3, tags: ["a", "b"]), file: FilePart(Data("abc".utf8)))).encodeBody())
        let encodedText = Swift.String(decoding: encoded.data, as: UTF8.self)
        XCTAssertTrue(encodedText.contains("name=\"file\"; filename=\"file\"\r\nContent-Type: image/png\r\n\r\nabc\r\n"), encodedText)
        XCTAssertTrue(
            encodedText.contains(
                "Content-Disposition: form-data; name=\"attributes\"\r\nContent-Type: application/json\r\n\r\n{\"size\":3,\"tags\":[\"a\",\"b\"]}\r\n"),
            encodedText)
        XCTAssertFalse(encodedText.contains("attributes["), encodedText)
        // Outside a multipart body, a FilePart is its bytes in base64, like Data.
        XCTAssertEqual(Swift.String(decoding: try JSONEncoder().encode(FilePart(Data("abc".utf8), filename: "x")), as: UTF8.self), "\"YWJj\"")
        XCTAssertEqual(try JSONDecoder().decode(FilePart.self, from: Data("\"YWJj\"".utf8)).data, Data("abc".utf8))
        XCTAssertEqual(upload.responseFormat, .text)

        // An operation offering JSON, multipart and CSV bodies: a method pair for each.
        let json = try XCTUnwrap(Files.importShapes(body: ImportShapesRequest(names: ["tri"])).encodeBody())
        XCTAssertEqual(json.contentType, "application/json")
        XCTAssertEqual(Swift.String(decoding: json.data, as: UTF8.self), #"{"names":["tri"]}"#)
        let parts = try XCTUnwrap(Files.importShapes(multipart: ImportShapesMultipartRequest(file: FilePart(Data("tri".utf8), filename: "s.txt"))).encodeBody())
        XCTAssertTrue(parts.contentType.hasPrefix("multipart/form-data; boundary="))
        XCTAssertTrue(Swift.String(decoding: parts.data, as: UTF8.self).contains("name=\"file\"; filename=\"s.txt\"\r\n"))
        let csv = try XCTUnwrap(Files.importShapes(text: "name\ntri\n").encodeBody())
        XCTAssertEqual(csv.contentType, "text/csv")
        XCTAssertEqual(csv.data, Data("name\ntri\n".utf8))

        let raw = try XCTUnwrap(Files.download2(name: "a", body: Data([1, 2])).encodeBody())
        XCTAssertEqual(raw.contentType, "application/octet-stream")
        XCTAssertEqual(raw.data, Data([1, 2]))
        XCTAssertEqual(Files.download(name: "a").responseFormat, .binary)
    }

    func testServerVariables() throws {
        XCTAssertEqual(try Servers.server2(host: "h", port: "443", scheme: "http").absoluteString, "http://h:443")
        XCTAssertThrowsError(try Servers.server2(port: "80"))
    }
}
