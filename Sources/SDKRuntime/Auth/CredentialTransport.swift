import Foundation

/// Where credentials may be sent: over https anywhere, over plain http only to this machine.
enum CredentialTransport {
    /// Throws unless credentials may be sent to `url`; checked before anything is sent.
    static func requireSecure(_ url: URL) throws {
        let scheme = url.scheme?.lowercased()
        if scheme == "https" { return }
        if scheme == "http", let host = url.host, isLoopback(host) { return }
        throw SDKError.authentication(
            .insecureTransport,
            "refusing to send credentials to \(ServerURL.redacted(url)): use https (plain http is allowed only to 127.0.0.0/8, ::1 or localhost)"
        )
    }

    /// Whether `host` names this machine: `localhost`, an address in 127.0.0.0/8 or `::1`.
    /// `localhost.` is not: as a fully qualified name it is looked up in DNS.
    static func isLoopback(_ host: String) -> Bool {
        var host = host.lowercased()
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" { return true }
        if host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        let values = octets.compactMap { $0.count <= 3 && $0.allSatisfy(\.isNumber) ? UInt8($0) : nil }
        return values.count == 4 && values[0] == 127
    }
}
