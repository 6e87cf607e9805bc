import ConductorOne
import Foundation
@_spi(Generated) import SDKRuntime
import Testing

struct ServerTemplateTests {
    @Test func tenantFillsTheHost() throws {
        #expect(try Servers.default(tenantDomain: "acme").absoluteString == "https://acme.conductor.one")
        #expect(try Servers.default(tenantDomain: "eu.acme").absoluteString == "https://eu.acme.conductor.one")
    }

    /// Each would send the request, and its bearer token, somewhere other than a tenant of
    /// conductor.one.
    @Test(arguments: [
        "evil.com/", "evil.com?", "evil.com#", "user@evil.com", "evil.com:443", "[::1]", "%65vil.com", "evil com",
        "evil.com\\", "", "evil.com\r\nX: 1",
    ])
    func valueThatChangesTheHostIsRejected(_ tenant: String) {
        let error = #expect(throws: ServerTemplate.InvalidServer.self) { try Servers.default(tenantDomain: tenant) }
        #expect(error?.description.hasSuffix("cannot be the server variable 'tenantDomain': in the host or port it may hold only letters, digits, '-', '.', '_' and '~'") == true)
        #expect(error?.description.contains("\n") == false)
    }

    @Test func pathValuesCannotAddSegmentsOrAQuery() throws {
        let template = "https://api.example.com/{version}/x"
        #expect(try ServerTemplate.url(template, variables: ["version": "v1.2"]).absoluteString == "https://api.example.com/v1.2/x")
        for value in ["..", ".", "v1/../../admin", "v1?", "v1#", "%2e%2e", "a b", "a@b", "a:b"] {
            #expect(throws: ServerTemplate.InvalidServer.self, "\(value)") {
                try ServerTemplate.url(template, variables: ["version": value])
            }
        }
    }

    @Test func schemeAndOriginVariablesAreChecked() throws {
        #expect(try ServerTemplate.url("{scheme}://api.example.com", variables: ["scheme": "https"]).absoluteString == "https://api.example.com")
        #expect(throws: ServerTemplate.InvalidServer.self) {
            try ServerTemplate.url("{scheme}://api.example.com", variables: ["scheme": "https://evil.com#"])
        }
        let origin = "{baseUrl}/v1"
        #expect(try ServerTemplate.url(origin, variables: ["baseUrl": "https://api.example.com:8443"]).absoluteString == "https://api.example.com:8443/v1")
        for value in ["https://user:pw@api.example.com", "ftp://api.example.com", "https://api.example.com?x=1", "api.example.com", "https://%65vil.com"] {
            #expect(throws: ServerTemplate.InvalidServer.self, "\(value)") {
                try ServerTemplate.url(origin, variables: ["baseUrl": value])
            }
        }
    }

    @Test func allowedValuesAndMissingVariablesAreReported() {
        let allowed = #expect(throws: ServerTemplate.InvalidServer.self) {
            try ServerTemplate.url("https://{region}.example.com", variables: ["region": "mars"], allowed: ["region": ["eu", "us"]])
        }
        #expect(allowed?.description == "'mars' is not an allowed value of the server variable 'region': expected one of eu, us")
        let missing = #expect(throws: ServerTemplate.InvalidServer.self) {
            try ServerTemplate.url("https://{region}.example.com")
        }
        #expect(missing?.description == "no value for the server variable 'region'")
    }
}
