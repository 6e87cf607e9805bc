import Foundation
import Logging
import SDKRuntime

extension APIClient.Configuration {
    /// A configuration for the ConductorOne API.
    ///
    /// The server is `serverURL` when given, else the `tenant` (a name, host or URL, see
    /// ``ConductorOneTenant/serverURL(for:)``), else the tenant named in the client ID.
    /// The `User-Agent` is ``ConductorOneInfo/userAgent`` and the logger's label
    /// ``ConductorOneInfo/loggerLabel``; everything else has its default. Any setting can be
    /// changed before creating the client.
    public static func conductorOne(
        credentials: ConductorOneCredentials, tenant: String? = nil, serverURL: URL? = nil
    ) throws -> Self {
        let provider = try credentials.tokenProvider()
        let server = try serverURL ?? tenant.map(ConductorOneTenant.serverURL(for:))
            ?? credentials.serverURLFromClientID()
        guard let server else {
            throw SDKError.configuration(
                "no ConductorOne server: pass a tenant or server URL (\(ConductorOneEnvironment.tenantDomain) "
                    + "or \(ConductorOneEnvironment.serverURL) in the environment)")
        }
        try ServerURL.validate(server, as: "the server URL")
        return Self(
            serverURL: server, tokenProvider: provider, userAgent: ConductorOneInfo.userAgent,
            logger: Logger(label: ConductorOneInfo.loggerLabel))
    }

    /// A configuration for the ConductorOne API from the environment variables every
    /// official client reads (see ``ConductorOneEnvironment``).
    public static func conductorOne(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Self {
        try conductorOne(
            credentials: ConductorOneEnvironment.credentials(from: environment),
            serverURL: ConductorOneEnvironment.serverURL(from: environment))
    }
}
