import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

/// Sends ``Request`` values to a server and decodes their responses.
///
/// A client adds credentials from its ``Configuration/tokenProvider`` to operations that
/// need them (refusing to send them anywhere but https or a loopback host), retries by its
/// ``RetryPolicy``, limits each attempt to its timeout, logs without secrets and reports
/// every failure as an ``SDKError``. It is safe to share between tasks.
public final class APIClient: Sendable {
    /// How the client is set up.
    public let configuration: Configuration

    /// Creates a client with `configuration`.
    public init(configuration: Configuration) {
        self.configuration = configuration
    }

    /// Creates a client; see ``Configuration`` for what each setting does.
    public convenience init(
        serverURL: URL,
        tokenProvider: (any TokenProvider)? = nil,
        credentials: [String: any TokenProvider] = [:],
        transport: any ClientTransport = DefaultTransport.shared,
        middlewares: [any ClientMiddleware] = [],
        retryPolicy: RetryPolicy = .default,
        timeout: Duration = .seconds(60),
        userAgent: String = SDKInfo.userAgent,
        logger: Logger = Logger(label: SDKInfo.loggerLabel)
    ) {
        self.init(
            configuration: Configuration(
                serverURL: serverURL, tokenProvider: tokenProvider, credentials: credentials, transport: transport,
                middlewares: middlewares,
                retryPolicy: retryPolicy, timeout: timeout, userAgent: userAgent, logger: logger))
    }

    /// The server URL request paths are appended to.
    public var serverURL: URL { configuration.serverURL }

    /// Sends `request`, retrying as the retry policy allows, and decodes its response.
    ///
    /// - Throws: ``SDKError`` for every failure; `CancellationError` when the task is
    ///   cancelled.
    public func send<Response>(
        _ request: Request<Response>, options: RequestOptions = RequestOptions()
    ) async throws -> Response {
        try await sendWithResponse(request, options: options).body
    }

    /// Sends `request` like ``send(_:options:)`` and returns the decoded body with the
    /// response's status and header fields (a request ID, rate limits, `Location`).
    ///
    /// - Throws: ``SDKError`` for every failure; `CancellationError` when the task is
    ///   cancelled.
    public func sendWithResponse<Response>(
        _ request: Request<Response>, options: RequestOptions = RequestOptions()
    ) async throws -> APIResponse<Response> {
        let prepared = try prepare(request, options: options)
        let response: HTTPResponse
        let body: Data
        do {
            (response, body) = try await sendWithRetries(
                prepared, policy: options.retryPolicy ?? configuration.retryPolicy,
                timeout: options.timeout ?? configuration.timeout)
        } catch SDKError.http(var failure) where !request.errors.isEmpty {
            // A body cut short is not the documented type's JSON.
            if !failure.isBodyTruncated {
                failure.decodedBody = ErrorResponse.decodedBody(failure.body, status: failure.status.code, by: request.errors)
            }
            throw SDKError.http(failure)
        }
        var decoded = APIResponse(status: response.status, headerFields: response.headerFields, body: EmptyResponse())
        let (value, issues) = try decode(
            Response.self, from: body, format: request.responseFormat, operationID: request.operationID, response: decoded)
        decoded.decodingIssues = issues
        return decoded.map { _ in value }
    }

    /// `request` with the header fields and query items of `options`, checked and ready to
    /// send, with the credentials it is sent with chosen; `accept` replaces the `Accept`
    /// field its response format asks for; a `download` follows redirects to other origins.
    func prepare<Response>(_ request: Request<Response>, options: RequestOptions, accept: String? = nil, download: Bool = false) throws
        -> PreparedRequest
    {
        var prepared = try PreparedRequest(
            request.adding(options), serverURL: configuration.serverURL, userAgent: configuration.userAgent)
        if download { prepared.followsRedirectsAcrossOrigins = true }
        prepared.redactedFields = Set(options.headerFields.keys.compactMap { HTTPField.Name($0) })
        if let accept { prepared.head.headerFields[.accept] = accept }
        if prepared.needsCredentials {
            guard let chosen = request.security.first(where: { $0.allSatisfy { credentialProvider(for: $0) != nil } }) else {
                throw missingCredentials(for: request)
            }
            try CredentialTransport.requireSecure(prepared.serverURL)
            // Schemes that put their credential in the same place (two bearer schemes) send it once.
            var placed: Set<SecurityScheme.Placement> = []
            prepared.schemes = chosen.filter { placed.insert($0.placement).inserted }
        }
        return prepared
    }

    /// The credential of `scheme`: its own in the configuration's credentials, else the
    /// token provider for a scheme that sends a token in `Authorization` (HTTP bearer,
    /// OAuth 2, OpenID Connect). An API key or Basic scheme has only its own entry, so a
    /// bearer token is never sent as a query item, a cookie or another header field.
    func credentialProvider(for scheme: SecurityScheme) -> (any TokenProvider)? {
        configuration.credentials[scheme.name] ?? (scheme.takesBearerTokens ? configuration.tokenProvider : nil)
    }

    /// The error for `request` when no alternative of its security has every credential,
    /// naming the schemes and, when a token provider is set, why it does not serve them.
    private func missingCredentials<Response>(for request: Request<Response>) -> SDKError {
        let schemes = Set(request.security.joined().map(\.name)).sorted()
        var message = "\(request.operationID) needs credentials (\(schemes.joined(separator: " or "))) and the client has none"
        let unserved = Set(request.security.joined().filter { !$0.takesBearerTokens }.map(\.name)).sorted()
        if configuration.tokenProvider != nil, !unserved.isEmpty {
            message += "; the token provider serves bearer and OAuth 2 schemes only: set "
                + unserved.map { "credentials[\"\($0)\"]" }.joined(separator: " or ")
        }
        return SDKError.authentication(.missingCredentials, message)
    }

    /// The body as `type`, with the issues a lenient decode let pass (logged at debug
    /// level by path and kind, never by value); `response` gives the status and request ID.
    private func decode<Response: Decodable>(
        _ type: Response.Type, from body: Data, format: ResponseFormat, operationID: String, response: APIResponse<EmptyResponse>
    ) throws -> (Response, [DecodingIssue]) {
        if let empty = EmptyResponse() as? Response { return (empty, []) }
        switch format {
        case .json: break
        case .binary: if let data = body as? Response { return (data, []) }
        case .text: if let text = String(decoding: body, as: UTF8.self) as? Response { return (text, []) }
        }
        let issues = DecodingIssues()
        let decoder = JSONCoding.makeDecoder()
        decoder.userInfo[.responseStatus] = response.status.code
        decoder.userInfo[DecodingFallbacks.key] = issues
        if configuration.strictDecoding { decoder.userInfo[.strictDecoding] = true }
        let value: Response
        do {
            // An empty message may come as no body at all.
            value = try decoder.decode(type, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch let error as DecodingError {
            throw SDKError.decoding(
                DecodingFailure(
                    error, decoding: type, operationID: operationID, status: response.status.code, requestID: response.requestID))
        }
        let found = issues.all
        if !found.isEmpty {
            configuration.logger.debug(
                "response decoded leniently",
                metadata: [
                    "operation": "\(SafeText.oneLine(operationID))",
                    "request_id": "\(response.requestID.map { SafeText.oneLine($0, limit: 200) } ?? "")",
                    "issues": "\(found.map(\.description).joined(separator: "; "))",
                ])
        }
        return (value, found)
    }
}
