import Foundation
import SDKRuntime
import Testing

struct JSONValueTests {
    @Test func roundTripsEveryKindOfValue() throws {
        let text = #"{"a":null,"b":true,"c":1.5,"d":"x","e":[1,"two",false],"f":{"g":{}}}"#
        let value = try JSONCoding.makeDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(value == ["a": nil, "b": true, "c": 1.5, "d": "x", "e": [1, "two", false], "f": ["g": [:]]])
        let encoded = try JSONCoding.makeEncoder().encode(value)
        #expect(String(decoding: encoded, as: UTF8.self) == text)
    }

    @Test func booleansStayBooleans() throws {
        let value = try JSONDecoder().decode([JSONValue].self, from: Data("[true, 1, 0, false]".utf8))
        #expect(value == [.bool(true), .number(1), .number(0), .bool(false)])
    }

    @Test func accessorsReadTheirKind() {
        let value: JSONValue = ["name": "x", "count": 2, "on": true]
        #expect(value["name"]?.stringValue == "x")
        #expect(value["count"]?.numberValue == 2)
        #expect(value["on"]?.boolValue == true)
        #expect(value["missing"] == nil)
        #expect(JSONValue.string("x")["name"] == nil)
    }
}
