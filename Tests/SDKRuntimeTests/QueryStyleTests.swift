import Foundation
@_spi(Generated) import SDKRuntime
import Testing

/// Query parameters laid out by OpenAPI's `style` and `explode`, as a server receives them.
@Suite(.timeLimit(.minutes(1)))
struct QueryStyleTests {
    struct Color: Encodable, Sendable {
        var R = 100
        var G = 200
        var B = 150
    }

    struct Filter: Encodable, Sendable {
        var owner: String?
        var labels: [String]?
        var items: [Item]?
    }

    struct Item: Encodable, Sendable {
        var price: String
        var quantity: Int?
    }

    /// The raw query the server received for a request whose query `build` fills.
    func receivedQuery(_ build: (inout [URLQueryItem]) -> Void) async throws -> String {
        try await withTestServer({ _ in .json(200, "{}") }) { server in
            var query: [URLQueryItem] = []
            build(&query)
            _ = try await APIClient(serverURL: server.url).send(
                Request<JSONValue>(method: .get, path: "/search", query: query, operationID: "search"))
            return try #require(server.requests.first).rawQuery
        }
    }

    @Test func arraysInEveryStyle() async throws {
        let colors = ["blue", "black", "brown"]
        #expect(try await receivedQuery { $0.append(name: "color", colors, style: .form(explode: true)) }
            == "color=blue&color=black&color=brown")
        #expect(try await receivedQuery { $0.append(name: "color", colors, style: .form(explode: false)) }
            == "color=blue%2Cblack%2Cbrown")
        #expect(try await receivedQuery { $0.append(name: "color", colors, style: .spaceDelimited) }
            == "color=blue%20black%20brown")
        #expect(try await receivedQuery { $0.append(name: "color", colors, style: .pipeDelimited) }
            == "color=blue%7Cblack%7Cbrown")
        #expect(try await receivedQuery { $0.append(name: "expand", ["customer", "invoice"], style: .deepObject) }
            == "expand%5B0%5D=customer&expand%5B1%5D=invoice")
        #expect(try await receivedQuery { $0.append(name: "expand", ["customer", "invoice"], style: .deepObject, arrays: .repeated) }
            == "expand=customer&expand=invoice")
    }

    @Test func objectsInEveryStyle() async throws {
        #expect(try await receivedQuery { $0.append(name: "color", Color(), style: .form(explode: true)) } == "B=150&G=200&R=100")
        #expect(try await receivedQuery { $0.append(name: "color", Color(), style: .form(explode: false)) }
            == "color=B%2C150%2CG%2C200%2CR%2C100")
        #expect(try await receivedQuery { $0.append(name: "color", Color(), style: .spaceDelimited) }
            == "color=B%20150%20G%20200%20R%20100")
        #expect(try await receivedQuery { $0.append(name: "color", Color(), style: .pipeDelimited) }
            == "color=B%7C150%7CG%7C200%7CR%7C100")
        #expect(try await receivedQuery { $0.append(name: "color", Color(), style: .deepObject) }
            == "color%5BB%5D=150&color%5BG%5D=200&color%5BR%5D=100")
    }

    @Test func nestedArraysInADeepObjectAreIndexed() async throws {
        let filter = Filter(owner: "a b", labels: ["x", "y"], items: [Item(price: "A", quantity: 1), Item(price: "B")])
        #expect(try await receivedQuery { $0.append(name: "filter", filter, style: .deepObject) }
            == "filter%5Bitems%5D%5B0%5D%5Bprice%5D=A&filter%5Bitems%5D%5B0%5D%5Bquantity%5D=1"
                + "&filter%5Bitems%5D%5B1%5D%5Bprice%5D=B&filter%5Blabels%5D%5B0%5D=x&filter%5Blabels%5D%5B1%5D=y"
                + "&filter%5Bowner%5D=a%20b")
        #expect(try await receivedQuery { $0.append(name: "filter", filter, style: .deepObject, arrays: .repeated) }
            == "filter%5Bitems%5D%5Bprice%5D=A&filter%5Bitems%5D%5Bquantity%5D=1&filter%5Bitems%5D%5Bprice%5D=B"
                + "&filter%5Blabels%5D=x&filter%5Blabels%5D=y&filter%5Bowner%5D=a%20b")
    }

    @Test func plainValuesKeepTheirTextInArrays() async throws {
        let ids: [Int64] = [9_007_199_254_740_993, -1]
        let id = try #require(UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F"))
        let date = Date(timeIntervalSince1970: 1_699_335_116.5)
        #expect(try await receivedQuery { $0.append(name: "id", ids, style: .form(explode: false)) }
            == "id=9007199254740993%2C-1")
        #expect(try await receivedQuery {
            $0.append(name: "uuid", [id], style: .form(explode: true))
            $0.append(name: "at", [date], style: .form(explode: true))
            $0.append(name: "ratio", [0.5, 3.0], style: .form(explode: false))
        } == "uuid=e621e1f8-c36c-495a-93fc-0c247a3e6e5f&at=2023-11-07T05%3A31%3A56.500Z&ratio=0.5%2C3.0")
    }

    @Test func emptyAndMissingValuesAddNothing() async throws {
        #expect(try await receivedQuery {
            $0.append(name: "a", [String](), style: .form(explode: false))
            $0.append(name: "b", [String]?.none, style: .deepObject)
            $0.append(name: "c", JSONValue.null, style: .deepObject)
            $0.append(name: "d", JSONValue.object([:]), style: .form(explode: true))
            $0.append(name: "e", "", style: .form(explode: true))
        } == "e=")
    }

    @Test func singleValuesAreTheSameInEveryStyle() async throws {
        for style in [QueryStyle.form(explode: true), .form(explode: false), .spaceDelimited, .pipeDelimited, .deepObject] {
            #expect(try await receivedQuery { $0.append(name: "q", JSONValue.string("a,b c"), style: style) } == "q=a%2Cb%20c")
            #expect(try await receivedQuery { $0.append(name: "n", JSONValue.number(2), style: style) } == "n=2")
        }
    }
}
