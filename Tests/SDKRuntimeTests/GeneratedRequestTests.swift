import Foundation
@_spi(Generated) import SDKRuntime
import Testing
import Wire

/// Requests the generated Wire SDK (Tests/Fixtures/wire) builds, as a server receives them.
@Suite(.timeLimit(.minutes(1)))
struct GeneratedRequestTests {
    /// What the server received for the request `send` makes with a client for it.
    func received(_ send: (WireClient) async throws -> Void) async throws -> ReceivedRequest {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            try await send(WireClient(client: APIClient(serverURL: server.url)))
            return try #require(server.requests.first)
        }
    }

    /// Path parameters in every style: a `simple` array, `label` and `matrix` values,
    /// arrays and objects, exploded or not, each value percent-encoded.
    @Test func everyPathStyle() async throws {
        let request = try await received { client in
            _ = try await client.search.getTile(
                ids: [9_007_199_254_740_993, 2], zoom: 7, point: Color(b: 3, r: 1), layers: ["roads", "rivers & lakes"],
                bounds: Color(g: 2, r: 1))
        }
        #expect(request.rawPath == "/tiles/9007199254740993,2/.7/;B=3;R=1/;layers=roads,rivers%20%26%20lakes/.G=2.R=1")
    }

    /// What each style makes of each shape of value, as OpenAPI's style table writes them.
    @Test func pathStyleTable() {
        struct RGB: Encodable, Sendable {
            var R = 100, G = 200, B = 150
        }
        let blue = "blue", colors = ["blue", "black", "brown"]
        #expect(URLPath.segment(blue, name: "color", style: .simple, explode: false) == "blue")
        #expect(URLPath.segment(colors, name: "color", style: .simple, explode: true) == "blue,black,brown")
        #expect(URLPath.segment(RGB(), name: "color", style: .simple, explode: false) == "B,150,G,200,R,100")
        #expect(URLPath.segment(RGB(), name: "color", style: .simple, explode: true) == "B=150,G=200,R=100")
        #expect(URLPath.segment(blue, name: "color", style: .label, explode: false) == ".blue")
        #expect(URLPath.segment(colors, name: "color", style: .label, explode: false) == ".blue,black,brown")
        #expect(URLPath.segment(colors, name: "color", style: .label, explode: true) == ".blue.black.brown")
        #expect(URLPath.segment(RGB(), name: "color", style: .label, explode: false) == ".B,150,G,200,R,100")
        #expect(URLPath.segment(blue, name: "color", style: .matrix, explode: false) == ";color=blue")
        #expect(URLPath.segment("", name: "color", style: .matrix, explode: false) == ";color")
        #expect(URLPath.segment(colors, name: "color", style: .matrix, explode: true) == ";color=blue;color=black;color=brown")
        #expect(URLPath.segment(RGB(), name: "color", style: .matrix, explode: false) == ";color=B,150,G,200,R,100")
        // An empty simple value would make an empty segment: refused when sent.
        #expect(URLPath.segment([String](), name: "ids", style: .simple, explode: false) == URLPath.invalidSegment)
    }

    @Test func everyQueryStyle() async throws {
        let request = try await received { client in
            _ = try await client.search.search(
                ids: [9_007_199_254_740_993, 2], tags: ["a", "b"], words: ["x", "y"], codes: ["1", "2"],
                expand: ["customer", "invoice"], color: Color(b: 150, g: 200, r: 100), point: Color(b: 3, r: 1),
                metadata: ["order": "42"], filter: Filter(labels: ["new"], owner: "me"))
        }
        #expect(
            request.rawQuery
                == "ids=9007199254740993&ids=2&tags=a%2Cb&words=x%20y&codes=1%7C2"
                + "&expand%5B0%5D=customer&expand%5B1%5D=invoice&color=B%2C150%2CG%2C200%2CR%2C100&B=3&R=1"
                + "&metadata%5Border%5D=42&filter%5Blabels%5D%5B0%5D=new&filter%5Bowner%5D=me")
    }

    @Test func unionQueryParameters() async throws {
        let range = try await received { client in
            _ = try await client.search.search(created: .rangeModel(RangeModel(gt: 10, lte: 20)), status: .array(["open", "paid"]))
        }
        #expect(range.rawQuery == "created%5Bgt%5D=10&created%5Blte%5D=20&status=open&status=paid")
        let single = try await received { client in
            _ = try await client.search.search(created: .integer(1_700_000_000), status: .string("open"))
        }
        #expect(single.rawQuery == "created=1700000000&status=open")
    }

    @Test func formBodyWithArraysOfObjects() async throws {
        let request = try await received { client in
            _ = try await client.orders.createOrder(
                body: OrderForm(
                    customer: "cus_1", events: ["a", "b"], items: [.init(price: "A", quantity: 1), .init(price: "B")],
                    shipping: .init(lines: ["1 Main St"], name: "Ann")))
        }
        #expect(request.header("Content-Type") == "application/x-www-form-urlencoded")
        #expect(
            String(decoding: request.body, as: UTF8.self)
                == "customer=cus_1&events=a&events=b"
                + "&items%5B0%5D%5Bprice%5D=A&items%5B0%5D%5Bquantity%5D=1&items%5B1%5D%5Bprice%5D=B"
                + "&shipping%5Blines%5D%5B0%5D=1%20Main%20St&shipping%5Bname%5D=Ann")
        // The overload taking the form's properties sends the same form.
        let flattened = try await received { client in
            _ = try await client.orders.createOrder(
                customer: "cus_1", items: [.init(price: "A", quantity: 1), .init(price: "B")], events: ["a", "b"],
                shipping: .init(lines: ["1 Main St"], name: "Ann"))
        }
        #expect(flattened.body == request.body)
    }
}

extension GeneratedRequestTests {
    @Test func theSDKSendsItsOwnUserAgent() async throws {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            _ = try await WireClient(serverURL: server.url).search.search()
            #expect(server.requests.map { $0.header("User-Agent") } == ["wire-swift/\(SDKInfo.version)"])
        }
        #expect(WireClient.userAgent == "wire-swift/0.1.0")
    }
}
