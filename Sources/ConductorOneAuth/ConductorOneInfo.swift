import SDKRuntime

/// How ConductorOne clients identify themselves.
public enum ConductorOneInfo {
    /// The SDK's name.
    public static let name = "conductorone-swift"
    /// The `User-Agent` ConductorOne configurations send: `conductorone-swift/0.1.0`, with
    /// the runtime's version (`SDKInfo.version`).
    public static let userAgent = "\(name)/\(SDKInfo.version)"
    /// The label of ConductorOne configurations' logger: `conductorone.sdk`.
    public static let loggerLabel = "conductorone.sdk"
}
