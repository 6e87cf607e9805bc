import Foundation
import HTTPTypes

/// Which redirects a client follows, whatever its transport (``DefaultTransport`` follows
/// none itself, so every 3xx answer comes here):
///
/// - only answers to GET and HEAD, with a `Location` (301, 302, 303, 307, 308), to an
///   http or https URL, never from https down to plain http;
/// - to the request's own origin (scheme, host and port), with every header field kept;
/// - to another origin only for downloads (a binary response, ``APIClient/bytes(_:options:)``
///   and ``APIClient/download(_:to:options:)``), without any header field that logs
///   redact: `Authorization`, `Proxy-Authorization`, `Cookie`, the fields credentials went
///   in and those set by the call's ``RequestOptions/headerFields``;
/// - at most ``limit`` in a row, within the attempt's time limit.
///
/// Any other 3xx answer is returned as it is: an ``HTTPFailure`` for the call.
enum Redirects {
    /// The most redirects followed in a row.
    static let limit = 5

    /// Where the redirect `response` to `head`, sent to `serverURL`, leads: the request to
    /// send and its server's origin; `nil` when it is not followed. `origin` is the first
    /// request's server; `redactedFields` the header fields logs redact beside
    /// ``Redaction/sensitiveFieldNames`` (those credentials and the call's options set).
    static func next(
        after response: HTTPResponse, to head: HTTPRequest, at serverURL: URL, origin: URL, acrossOrigins: Bool,
        redactedFields: Set<HTTPField.Name>
    ) -> (head: HTTPRequest, serverURL: URL)? {
        guard [301, 302, 303, 307, 308].contains(response.status.code), head.method == .get || head.method == .head,
            let location = response.headerFields[.location],
            let base = URL(string: serverURL.absoluteString + (head.path ?? "/")),
            let target = URL(string: location, relativeTo: base)?.absoluteURL,
            let scheme = target.scheme?.lowercased(), scheme == "https" || scheme == "http", target.host != nil,
            !(serverURL.scheme?.lowercased() == "https" && scheme == "http"),
            let targetOrigin = HTTPExchange.origin(of: target)
        else { return nil }
        let sameOrigin = Self.origin(of: target) == Self.origin(of: origin)
        guard sameOrigin || acrossOrigins else { return nil }
        var next = head
        next.path = HTTPExchange.pathAndQuery(of: target)
        if !sameOrigin {
            for name in redactedFields.union(Redaction.sensitiveFieldNames) { next.headerFields[name] = nil }
        }
        return (next, targetOrigin)
    }

    /// Scheme, host and port, with the scheme's default port spelled out.
    private static func origin(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? ""
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        return "\(scheme)://\(url.host?.lowercased() ?? ""):\(port)"
    }
}
