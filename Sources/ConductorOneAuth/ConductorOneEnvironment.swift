import Foundation
import SDKRuntime

/// The environment variables every official ConductorOne client reads.
public enum ConductorOneEnvironment {
    /// `CONDUCTORONE_ACCESS_TOKEN`: a ready bearer token.
    public static let accessToken = "CONDUCTORONE_ACCESS_TOKEN"
    /// `CONDUCTORONE_OIDC_TOKEN`: an OIDC token to exchange, with the client ID.
    public static let oidcToken = "CONDUCTORONE_OIDC_TOKEN"
    /// `CONDUCTORONE_CLIENT_ID`.
    public static let clientID = "CONDUCTORONE_CLIENT_ID"
    /// `CONDUCTORONE_CLIENT_SECRET`.
    public static let clientSecret = "CONDUCTORONE_CLIENT_SECRET"
    /// `CONDUCTORONE_TENANT_DOMAIN`: the tenant, as a name, host or URL.
    public static let tenantDomain = "CONDUCTORONE_TENANT_DOMAIN"
    /// `CONDUCTORONE_SERVER_URL`: the server URL, used as given.
    public static let serverURL = "CONDUCTORONE_SERVER_URL"

    /// The credentials the environment gives, by the official clients' priority: an access
    /// token, then an OIDC token to exchange, then a client ID and secret.
    ///
    /// Throws `SDKError.configuration` naming the variables when none is set.
    public static func credentials(from environment: [String: String]) throws -> ConductorOneCredentials {
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }
        if let token = value(accessToken) {
            return .accessToken(token)
        }
        if let token = value(oidcToken) {
            guard let id = value(clientID) else {
                throw SDKError.configuration("\(oidcToken) is set but \(clientID) is not: the exchange needs both")
            }
            return .oidcToken(token, clientID: id)
        }
        switch (value(clientID), value(clientSecret)) {
        case let (id?, secret?):
            return .clientCredentials(clientID: id, clientSecret: secret)
        case (_?, nil):
            throw SDKError.configuration("\(clientID) is set but \(clientSecret) is not")
        case (nil, _?):
            throw SDKError.configuration("\(clientSecret) is set but \(clientID) is not")
        case (nil, nil):
            throw SDKError.configuration(
                "no ConductorOne credentials in the environment: set \(accessToken), or \(oidcToken) with \(clientID), "
                    + "or \(clientID) and \(clientSecret) (the server comes from \(serverURL), \(tenantDomain) "
                    + "or the client ID)")
        }
    }

    /// The server the environment names: `CONDUCTORONE_SERVER_URL` as given, else the
    /// tenant in `CONDUCTORONE_TENANT_DOMAIN`; `nil` when neither is set.
    public static func serverURL(from environment: [String: String]) throws -> URL? {
        if let text = environment[serverURL], !text.isEmpty {
            return try parseServerURL(text)
        }
        if let tenant = environment[tenantDomain], !tenant.isEmpty {
            return try ConductorOneTenant.serverURL(for: tenant)
        }
        return nil
    }

    private static func parseServerURL(_ text: String) throws -> URL {
        let withScheme = text.contains("://") ? text : "https://\(text)"
        guard let url = URL(string: withScheme) else {
            throw SDKError.configuration("\(serverURL) is not a URL")
        }
        try ServerURL.validate(url, as: serverURL)
        return url
    }
}
