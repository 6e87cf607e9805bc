/// The name and version this SDK reports itself with.
public enum SDKInfo {
    /// The SDK's name.
    public static let name = "conductorone-swift"
    /// The SDK's version.
    public static let version = "0.1.0"
    /// The default `User-Agent`: `conductorone-swift/0.1.0`.
    public static let userAgent = "\(name)/\(version)"
}
