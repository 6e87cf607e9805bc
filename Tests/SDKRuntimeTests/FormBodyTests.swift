import Foundation
import HTTPTypes
@_spi(Generated) import SDKRuntime
import Testing

/// `application/x-www-form-urlencoded` bodies as a server receives them.
@Suite(.timeLimit(.minutes(1)))
struct FormBodyTests {
    struct Order: Encodable, Sendable {
        struct Item: Encodable, Sendable {
            var price: String
            var quantity: Int?
        }

        struct Shipping: Encodable, Sendable {
            var name: String
            var lines: [String]
        }

        var customer: String
        var items: [Item]
        var events: [String]?
        var metadata: [String: String]?
        var shipping: Shipping?
        var note: String?
    }

    static let order = Order(
        customer: "cus_1", items: [Order.Item(price: "A", quantity: 1), Order.Item(price: "B")],
        events: ["initiated", "ringing"], metadata: ["k": "v w"], shipping: Order.Shipping(name: "Ann", lines: ["1 Main St", "Apt 2"]))

    /// The body and content type the server received for `order` sent as `format`.
    func received(_ order: Order, as format: BodyFormat) async throws -> (body: String, contentType: String?) {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .post, path: "/orders", body: order, bodyFormat: format, operationID: "createOrder"))
            let request = try #require(server.requests.first)
            return (String(decoding: request.body, as: UTF8.self), request.header("Content-Type"))
        }
    }

    @Test func arraysOfObjectsAndNestedArraysAreIndexed() async throws {
        let (body, contentType) = try await received(Self.order, as: .form(arrays: .indexed))
        #expect(contentType == "application/x-www-form-urlencoded")
        #expect(
            body
                == "customer=cus_1&events=initiated&events=ringing"
                + "&items%5B0%5D%5Bprice%5D=A&items%5B0%5D%5Bquantity%5D=1&items%5B1%5D%5Bprice%5D=B"
                + "&metadata%5Bk%5D=v%20w&shipping%5Blines%5D%5B0%5D=1%20Main%20St&shipping%5Blines%5D%5B1%5D=Apt%202"
                + "&shipping%5Bname%5D=Ann")
        // Decoded, as a form parser reads it.
        let fields = TestEncoding.formFields(Data(body.utf8))
        #expect(fields["items[0][price]"] == ["A"])
        #expect(fields["items[0][quantity]"] == ["1"])
        #expect(fields["items[1][price]"] == ["B"])
        #expect(fields["events"] == ["initiated", "ringing"])
    }

    @Test func repeatedNamesWhenChosen() async throws {
        let (body, _) = try await received(Self.order, as: .form(arrays: .repeated))
        #expect(
            body
                == "customer=cus_1&events=initiated&events=ringing"
                + "&items%5Bprice%5D=A&items%5Bquantity%5D=1&items%5Bprice%5D=B"
                + "&metadata%5Bk%5D=v%20w&shipping%5Blines%5D=1%20Main%20St&shipping%5Blines%5D=Apt%202"
                + "&shipping%5Bname%5D=Ann")
    }

    @Test func reservedCharactersAndLargeIntegersInAFormBody() async throws {
        struct Body: Encodable, Sendable {
            var text = "a&b=c+d/é"
            var big: Int64 = 9_007_199_254_740_993
            var ratio = 0.25
            var flag = true
        }
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .post, path: "/x", body: Body(), bodyFormat: .form(arrays: .indexed), operationID: "x"))
            let body = String(decoding: try #require(server.requests.first).body, as: UTF8.self)
            #expect(body == "big=9007199254740993&flag=true&ratio=0.25&text=a%26b%3Dc%2Bd%2F%C3%A9")
        }
    }

    /// A multipart body as the server receives it: each file part with its own file name
    /// and media type, text parts plain, one boundary the parts do not contain.
    @Test func multipartFilesKeepTheirNamesAndMediaTypes() async throws {
        struct Upload: Encodable, Sendable {
            var purpose: String
            var file: FilePart
            var thumbnail: FilePart?
        }
        let upload = Upload(
            purpose: "assistants", file: FilePart(Data("id,name\n1,Ann\n".utf8), filename: "people.csv", contentType: "text/csv"),
            thumbnail: FilePart(Data([0x89, 0x50])))
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .post, path: "/files", body: upload, bodyFormat: .multipart, operationID: "createFile"))
            let request = try #require(server.requests.first)
            let contentType = try #require(request.header("Content-Type"))
            #expect(contentType == "multipart/form-data; boundary=sdkgen-boundary-7d1c5e0a")
            let expected =
                "--sdkgen-boundary-7d1c5e0a\r\nContent-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nid,name\n1,Ann\n\r\n"
                + "--sdkgen-boundary-7d1c5e0a\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nassistants\r\n"
                + "--sdkgen-boundary-7d1c5e0a\r\nContent-Disposition: form-data; name=\"thumbnail\"; filename=\"thumbnail\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n"
            var body = Data(expected.utf8)
            body.append(contentsOf: [0x89, 0x50])
            body.append(Data("\r\n--sdkgen-boundary-7d1c5e0a--\r\n".utf8))
            #expect(request.body == body)
        }
    }

    @Test func multipartFilePartsCarryTheirOwnHeaders() async throws {
        struct Upload: Encodable, Sendable {
            var document: FilePart
        }
        let headers: HTTPFields = [
            .contentLanguage: "de", .contentType: "text/html", HTTPField.Name("X-Checksum")!: "abc\r\nX-Injected: 1",
        ]
        let upload = Upload(document: FilePart(Data("Hallo".utf8), filename: "gruss.txt", contentType: "text/plain", headers: headers))
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .post, path: "/documents", body: upload, bodyFormat: .multipart, operationID: "upload"))
            let request = try #require(server.requests.first)
            // The part's own Content-Type wins over one among its headers, and a line break in a
            // value cannot start a header of its own.
            let expected =
                "--sdkgen-boundary-7d1c5e0a\r\nContent-Disposition: form-data; name=\"document\"; filename=\"gruss.txt\"\r\n"
                + "Content-Type: text/plain\r\nContent-Language: de\r\nX-Checksum: abc  X-Injected: 1\r\n\r\nHallo\r\n"
                + "--sdkgen-boundary-7d1c5e0a--\r\n"
            #expect(String(decoding: request.body, as: UTF8.self) == expected)
        }
    }

    /// Member names come from the caller (an `additionalProperties` key): a line break or
    /// quote in one cannot end the part's header and start one of its own.
    @Test func multipartFieldNamesCannotInjectHeaders() async throws {
        let body = ["a\"\r\nX-Injected: 1": "v"]
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .post, path: "/forms", body: body, bodyFormat: .multipart, operationID: "submit"))
            let request = try #require(server.requests.first)
            let expected =
                "--sdkgen-boundary-7d1c5e0a\r\nContent-Disposition: form-data; name=\"a%22%0D%0AX-Injected: 1\"\r\n\r\nv\r\n"
                + "--sdkgen-boundary-7d1c5e0a--\r\n"
            #expect(String(decoding: request.body, as: UTF8.self) == expected)
        }
    }

    /// A string is sent as text whatever it starts with: only the encoder's own marker,
    /// new for every body, makes a file.
    @Test func stringsThatLookLikeFileMarkersStayText() async throws {
        let body = ["data": "\u{0}sdkgen-file:aGk=", "part": "\u{0}sdkgen-filepart:::::aGk="]
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .post, path: "/forms", body: body, bodyFormat: .multipart, operationID: "submit"))
            let request = try #require(server.requests.first)
            let text = String(decoding: request.body, as: UTF8.self)
            #expect(!text.contains("filename="))
            #expect(text.contains("name=\"data\"\r\n\r\n\u{0}sdkgen-file:aGk=\r\n"))
            #expect(text.contains("name=\"part\"\r\n\r\n\u{0}sdkgen-filepart:::::aGk=\r\n"))
        }
    }
}
