import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession

/// Sends ``Request`` values to a server and decodes their responses.
public final class APIClient: Sendable {
    /// The server URL request paths are appended to.
    public let serverURL: URL
    private let transport: any ClientTransport

    /// Creates a client for `serverURL` sending through `transport`.
    public init(serverURL: URL, transport: any ClientTransport = URLSessionTransport()) {
        self.serverURL = serverURL
        self.transport = transport
    }

    /// Sends `request` and decodes its response.
    public func send<Response>(_ request: Request<Response>, options: RequestOptions = RequestOptions()) async throws -> Response {
        var components = URLComponents(url: serverURL, resolvingAgainstBaseURL: false)
        components?.percentEncodedPath = (components?.percentEncodedPath ?? "") + request.path
        if !request.query.isEmpty { components?.queryItems = request.query }
        guard let url = components?.url else { throw URLError(.badURL) }
        var fields = HTTPFields()
        fields[.accept] = "application/json"
        let bodyData = try request.encodedBody()
        if bodyData != nil { fields[.contentType] = "application/json" }
        let httpRequest = HTTPRequest(method: request.method, scheme: url.scheme, authority: url.host, path: components?.percentEncodedPath, headerFields: fields)
        let (response, body) = try await transport.send(httpRequest, body: bodyData.map { HTTPBody($0) }, baseURL: serverURL, operationID: request.operationID)
        let data = try await body.map { try await Data(collecting: $0, upTo: 64 << 20) } ?? Data()
        guard response.status.kind == .successful else { throw URLError(.badServerResponse) }
        if Response.self == EmptyResponse.self { return EmptyResponse() as! Response }
        return try JSONCoding.makeDecoder().decode(Response.self, from: data)
    }
}

/// Settings that apply to one call, overriding the client's.
public struct RequestOptions: Sendable {
    /// Creates options that change nothing.
    public init() {}
}
