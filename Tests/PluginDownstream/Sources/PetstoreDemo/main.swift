import Foundation
import HTTPTypes
import OpenAPIRuntime
import SDKRuntime

// `PetstoreClient`, `Pets` and `Pet` are generated from openapi.yaml by SDKGenPlugin
// during the build; this target holds no generated code.

/// Answers every request with one pet, so the demo calls the client without a network.
struct CannedTransport: ClientTransport {
    func send(
        _ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        print("sent:", request.method, baseURL.absoluteString + (request.path ?? ""))
        let pet = #"{"id": "1", "name": "Fido", "kind": "dog"}"#
        return (HTTPResponse(status: .ok, headerFields: [.contentType: "application/json"]), HTTPBody(pet))
    }
}

// Operations are values: build one and look at it without sending it.
let request = Pets.retrieve(petID: "fido 1")
print("request:", request.method, request.path)

// The generated client sends it through SDKRuntime's APIClient.
let petstore = PetstoreClient(
    client: APIClient(serverURL: URL(string: "https://petstore.example.com/v1")!, transport: CannedTransport()))
let pet = try await petstore.pets.retrieve(petID: "fido 1")
print("pet:", pet.name, pet.kind.map { "\($0)" } ?? "unknown")
