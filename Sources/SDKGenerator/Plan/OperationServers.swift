import Foundation
import OpenAPIReader
import SDKGenDiagnostics

// Servers of single operations: an upload host beside the API's, say.

extension Planner {
    /// The URL `operation` is sent to instead of the client's server: the first of the
    /// operation's (or its path's) own `servers`, with its variables at their defaults;
    /// `nil` when it has none or they are the document's, so a client pointed at another
    /// server (a staging host, a proxy) keeps sending every other operation there.
    /// A server that is not an absolute http or https URL is warned about and not used.
    mutating func ownServerURL(of operation: APIOperation) -> String? {
        guard let servers = operation.servers, let server = servers.first,
            servers.map(\.url) != context.document.servers.map(\.url)
        else { return nil }
        var url = server.url
        for variable in server.variables {
            url = url.replacingOccurrences(of: "{\(variable.name)}", with: variable.defaultValue)
        }
        guard let parsed = URLComponents(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
            parsed.host?.isEmpty == false, parsed.user == nil, parsed.password == nil
        else {
            state.log.warning(
                "operation-server",
                "the server '\(server.url)' of \(operation.method.rawValue.uppercased()) \(operation.path) is not an absolute http or https URL; the operation is sent to the client's server",
                at: operation.mark)
            return nil
        }
        return url
    }
}
