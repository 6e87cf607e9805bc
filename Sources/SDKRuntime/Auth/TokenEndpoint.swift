import Foundation
import HTTPTypes
import OpenAPIRuntime

/// Requests to an OAuth 2.0 token endpoint (RFC 6749 §3.2) and their answers.
enum TokenEndpoint {
    /// Posts `fields` as a form to `url`, with `authorization` as its `Authorization` header
    /// when given, and returns the access token it answers with.
    static func requestToken(
        at url: URL, fields: [(name: String, value: String)], authorization: String?, context: TokenContext
    ) async throws -> IssuedToken {
        let shownURL = ServerURL.redacted(url)
        guard let origin = HTTPExchange.origin(of: url) else {
            throw SDKError.configuration("invalid token URL \(shownURL)")
        }
        var headerFields = HTTPFields()
        headerFields[.contentType] = "application/x-www-form-urlencoded"
        headerFields[.accept] = "application/json"
        headerFields[.userAgent] = context.userAgent
        if let authorization { headerFields[.authorization] = authorization }
        let request = HTTPRequest(
            method: .post, scheme: nil, authority: nil, path: HTTPExchange.pathAndQuery(of: url),
            headerFields: headerFields)
        let body = FormBody.encode(fields)
        let transport = context.transport
        let timeline = Timeline(context.clock)
        let (response, data) = try await HTTPExchange.perform(
            until: Deadline(after: context.timeout, on: timeline), limit: context.timeout,
            maxBodySize: context.maxResponseBodySize
        ) {
            try await transport.send(request, body: HTTPBody(body), baseURL: origin, operationID: operationID)
        }
        context.logger.debug(
            "token request answered",
            metadata: [
                "token_url": "\(shownURL)", "status": "\(response.status.code)",
                "duration_ms": "\(timeline.now.milliseconds)",
            ])
        guard response.status == .ok else {
            let failure = HTTPFailure(
                status: response.status, headerFields: response.headerFields, body: data, operationID: operationID)
            throw SDKError.authentication(
                .tokenRequestFailed, "the token endpoint \(shownURL) answered \(describe(failure))",
                response: failure)
        }
        guard let answer = try? JSONDecoder().decode(TokenResponse.self, from: data),
            let token = answer.accessToken, !token.isEmpty
        else {
            throw SDKError.authentication(
                .tokenRequestFailed, "the token endpoint \(shownURL) answered without an access token")
        }
        guard HTTPField.isValidValue(token) else {
            throw SDKError.authentication(
                .tokenRequestFailed,
                "the token endpoint \(shownURL) answered an access token that is not a valid header value")
        }
        if let type = answer.tokenType, type.lowercased() != "bearer" {
            throw SDKError.authentication(
                .tokenRequestFailed,
                "the token endpoint \(shownURL) answered a token of type \(SafeText.oneLine(type, limit: 100)), not Bearer")
        }
        return IssuedToken(value: token, lifetime: lifetime(expiresIn: answer.expiresIn))
    }

    /// The longest lifetime believed, a little over a year.
    static let maxLifetime: Double = 400 * 24 * 3600
    /// The lifetime of a token whose `expires_in` is missing or unusable: an hour, so a
    /// token the server has quietly revoked is not used until a call is refused.
    static let unknownLifetime: Duration = .seconds(3600)

    /// `expires_in` as a lifetime when it is a finite number of seconds from zero to
    /// ``maxLifetime``; anything else (missing, `1e21`, `inf`, `nan`, negative) is
    /// ``unknownLifetime``.
    static func lifetime(expiresIn seconds: Double?) -> Duration {
        guard let seconds, (0...maxLifetime).contains(seconds) else { return unknownLifetime }
        return .seconds(seconds)
    }

    /// The operation ID token requests are logged and reported under.
    static let operationID = "oauth2.token"

    /// The status and whichever error body the endpoint sent: OAuth's
    /// `{"error", "error_description"}` or the API's `{code, message}`.
    private static func describe(_ failure: HTTPFailure) -> String {
        guard let oauth = try? JSONDecoder().decode(OAuthError.self, from: failure.body) else {
            return failure.description
        }
        let detail = oauth.errorDescription.map { "\(oauth.error): \($0)" } ?? oauth.error
        return "\(failure.status.displayText): \(SafeText.oneLine(detail))"
    }

    private struct TokenResponse: Decodable {
        var accessToken: String?
        var tokenType: String?
        var expiresIn: Double?

        enum CodingKeys: String, CodingKey {
            case accessToken = "access_token", tokenType = "token_type", expiresIn = "expires_in"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            accessToken = try container.decodeIfPresent(String.self, forKey: .accessToken)
            tokenType = try container.decodeIfPresent(String.self, forKey: .tokenType)
            // Some servers send the lifetime as a string.
            if let seconds = try? container.decodeIfPresent(Double.self, forKey: .expiresIn) {
                expiresIn = seconds
            } else {
                expiresIn = try container.decodeIfPresent(String.self, forKey: .expiresIn).flatMap(Double.init)
            }
        }
    }

    private struct OAuthError: Decodable {
        var error: String
        var errorDescription: String?

        enum CodingKeys: String, CodingKey {
            case error, errorDescription = "error_description"
        }
    }
}
