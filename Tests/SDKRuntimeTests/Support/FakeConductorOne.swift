import Crypto
import Foundation
@testable import SDKRuntime

/// A stand-in for a ConductorOne tenant that checks every request as the real service
/// would: the token endpoint verifies the client assertion's EdDSA signature and claims
/// (or the token exchange's fields) and issues tokens that expire on its clock; API routes
/// require a live token.
final class FakeConductorOne: Sendable {
    struct Settings: Sendable {
        var clientID: String
        var publicKey: Curve25519.Signing.PublicKey?
        var oidcToken: String?
        var expiresIn: Int = 3600
        var tokenDelay: Duration = .zero
        var audience = "127.0.0.1"
    }

    let settings: Settings
    /// Everything the fake found wrong with a request; a test expects none.
    let problems = Recorder<String>()
    let tokenRequests = Counter()
    /// Every API request that carried a live token.
    let apiRequests = Recorder<ReceivedRequest>()
    /// When each token expires.
    private let issued = Locked<[String: TestClock.Instant]>([:])
    private let api: @Sendable (ReceivedRequest) async throws -> CannedResponse
    /// The clock tokens expire on: the client's, for a test of expiry; else one that never
    /// moves, so tokens never expire.
    private let clock: TestClock

    init(
        _ settings: Settings, clock: TestClock = TestClock(),
        api: @escaping @Sendable (ReceivedRequest) async throws -> CannedResponse = { _ in .json(200, sampleWebhookResponse) }
    ) {
        self.settings = settings
        self.clock = clock
        self.api = api
    }

    /// Tokens issued so far, in order.
    var issuedTokens: [String] { issued.withLock { $0.keys.sorted { tokenNumber($0) < tokenNumber($1) } } }

    /// Makes the server reject `token` from now on, as if it had been revoked.
    func revoke(_ token: String) {
        _ = issued.withLock { $0.removeValue(forKey: token) }
    }

    @Sendable func handle(_ request: ReceivedRequest) async throws -> CannedResponse {
        if request.rawPath == "/auth/v1/token" { return try await token(request) }
        guard let authorization = request.header("Authorization"), authorization.hasPrefix("Bearer "),
            isLive(String(authorization.dropFirst("Bearer ".count)))
        else {
            return .json(401, #"{"code":16,"message":"unauthenticated","details":[]}"#)
        }
        apiRequests.append(request)
        return try await api(request)
    }

    private func isLive(_ token: String) -> Bool {
        let now = clock.now
        return issued.withLock { $0[token].map { now < $0 } ?? false }
    }

    private func token(_ request: ReceivedRequest) async throws -> CannedResponse {
        let number = tokenRequests.next()
        try await Task.sleep(for: settings.tokenDelay)
        let fields = TestEncoding.formFields(request.body).mapValues { $0.count == 1 ? $0[0] : "<repeated>" }
        var found: [String] = []
        func expect(_ condition: Bool, _ problem: String) { if !condition { found.append(problem) } }
        expect(request.method == "POST", "token request method \(request.method)")
        expect(
            request.header("Content-Type") == "application/x-www-form-urlencoded",
            "token request content type \(request.header("Content-Type") ?? "none")")
        expect(request.header("Authorization") == nil, "token request carries an Authorization header")
        expect(fields["client_id"] == settings.clientID, "client_id \(fields["client_id"] ?? "missing")")
        expect(fields["client_secret"] == nil, "the client secret was sent")
        switch fields["grant_type"] {
        case "client_credentials":
            expect(
                fields["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                "client_assertion_type \(fields["client_assertion_type"] ?? "missing")")
            found += assertionProblems(fields["client_assertion"] ?? "")
        case "urn:ietf:params:oauth:grant-type:token-exchange":
            expect(settings.oidcToken != nil && fields["subject_token"] == settings.oidcToken, "subject_token")
            expect(fields["subject_token_type"] == "urn:ietf:params:oauth:token-type:jwt", "subject_token_type")
        default:
            found.append("grant_type \(fields["grant_type"] ?? "missing")")
        }
        guard found.isEmpty else {
            for problem in found { problems.append(problem) }
            return .json(401, #"{"error":"invalid_client","error_description":"\#(found.joined(separator: "; "))"}"#)
        }
        let token = "c1-token-\(number)-\(UUID().uuidString)"
        let expiry = clock.now.advanced(by: .seconds(settings.expiresIn))
        issued.withLock { $0[token] = expiry }
        return .json(200, #"{"access_token":"\#(token)","token_type":"Bearer","expires_in":\#(settings.expiresIn)}"#)
    }

    /// What is wrong with a JWT client assertion: signature, header and claims.
    private func assertionProblems(_ jwt: String) -> [String] {
        let parts = jwt.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = TestEncoding.base64URLDecode(parts[0]),
            let claimsData = TestEncoding.base64URLDecode(parts[1]),
            let signature = TestEncoding.base64URLDecode(parts[2]),
            let header = TestEncoding.jsonObject(headerData), let claims = TestEncoding.jsonObject(claimsData)
        else { return ["the client assertion is not a JWT"] }
        var found: [String] = []
        guard let publicKey = settings.publicKey,
            publicKey.isValidSignature(signature, for: Data("\(parts[0]).\(parts[1])".utf8))
        else { return ["the client assertion's signature does not verify"] }
        if header["alg"] as? String != "EdDSA" { found.append("alg \(header["alg"] ?? "missing")") }
        if (header["nonce"] as? String)?.isEmpty != false { found.append("no nonce in the header") }
        for claim in ["iss", "sub"] where claims[claim] as? String != settings.clientID {
            found.append("\(claim) \(claims[claim] ?? "missing")")
        }
        if claims["aud"] as? String != settings.audience { found.append("aud \(claims["aud"] ?? "missing")") }
        let now = Int(Date().timeIntervalSince1970)
        guard let iat = claims["iat"] as? Int, let nbf = claims["nbf"] as? Int, let exp = claims["exp"] as? Int else {
            return found + ["iat, nbf or exp missing or not integers"]
        }
        if abs(iat - now) > 10 { found.append("iat \(iat) is not now (\(now))") }
        if nbf != iat - 120 { found.append("nbf \(nbf) is not iat - 2 minutes") }
        if exp != iat + 120 { found.append("exp \(exp) is not iat + 2 minutes") }
        return found
    }

    private func tokenNumber(_ token: String) -> Int {
        Int(token.split(separator: "-")[2]) ?? 0
    }
}

/// A webhooks test answer, as in the API documentation.
let sampleWebhookResponse = """
    {"webhook":{"attempts":123,"completedAt":"2023-11-07T05:31:56Z","createdAt":"2023-11-07T05:31:56.123456Z",\
    "id":"wi-1","source":{"test":{}},"spec":{"destination":"https://hooks.example.com/c1"},\
    "state":"WEBHOOK_STATE_SUCCESS","updatedAt":"2023-11-07T05:31:56Z","webhookId":"wh-1"}}
    """
