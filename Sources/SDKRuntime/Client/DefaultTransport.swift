import Foundation
import OpenAPIURLSession

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The transport clients use unless given another: `URLSessionTransport` over a session
/// that does not follow redirects, so a bearer token never follows one to another host or
/// down to plain http, and that keeps no cache and no cookies.
public enum DefaultTransport {
    /// The shared transport.
    public static let shared = URLSessionTransport(
        // Buffered, as the client reads whole bodies anyway; it also keeps redirects going
        // to the session's delegate on every platform.
        configuration: .init(session: session, httpBodyProcessingMode: .buffered))

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        return URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
    }()
}

/// Answers every redirect by not following it: the client receives the 3xx response.
private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
