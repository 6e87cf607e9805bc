import Foundation
import HTTPTypes

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A request that cannot be made a `URLRequest`, or a response that cannot be read as an
/// HTTP response.
struct URLSessionConversionError: Error, CustomStringConvertible {
    var description: String
}

extension URLRequest {
    /// `request` sent to `baseURL`: its path and query appended to the base URL's, its
    /// header fields with repeated names joined (`; ` for cookies, `, ` otherwise).
    init(_ request: HTTPRequest, baseURL: URL) throws {
        guard var url = URLComponents(url: baseURL, resolvingAgainstBaseURL: true),
            let target = URLComponents(string: request.path ?? "/")
        else {
            throw URLSessionConversionError(description: "the request path is not a URL path")
        }
        url.percentEncodedPath += target.percentEncodedPath
        url.percentEncodedQuery = target.percentEncodedQuery
        guard let resolved = url.url else {
            throw URLSessionConversionError(description: "the request path does not make a URL with the server URL")
        }
        self.init(url: resolved)
        httpMethod = request.method.rawValue
        var fields: [HTTPField.Name: String] = [:]
        for field in request.headerFields {
            let separator = field.name == .cookie ? "; " : ", "
            fields[field.name] = fields[field.name].map { "\($0)\(separator)\(field.value)" } ?? field.value
        }
        allHTTPHeaderFields = Dictionary(fields.map { ($0.key.rawName, $0.value) }) { first, _ in first }
    }
}

extension HTTPResponse {
    /// The head of `response`, which must be an HTTP response with a status from 100 to 999.
    init(_ response: URLResponse) throws {
        guard let http = response as? HTTPURLResponse else {
            throw URLSessionConversionError(description: "the answer is not an HTTP response")
        }
        guard (100...999).contains(http.statusCode) else {
            throw URLSessionConversionError(description: "the answer has the invalid status \(http.statusCode)")
        }
        self.init(status: .init(code: http.statusCode))
        for (name, value) in http.allHeaderFields {
            guard let name = (name as? String).flatMap({ HTTPField.Name($0) }), let value = value as? String else { continue }
            headerFields.append(HTTPField(name: name, value: value))
        }
    }
}
