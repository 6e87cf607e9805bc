/// The name and version the runtime reports itself with, unless an SDK's configuration
/// sets its own.
public enum SDKInfo {
    /// The runtime's name.
    public static let name = "sdkruntime-swift"
    /// The version of the runtime and of the SDKs released with it.
    public static let version = "0.1.0"
    /// The default `User-Agent`: `sdkruntime-swift/0.1.0`.
    public static let userAgent = "\(name)/\(version)"
    /// The label of the default logger: `sdkruntime`.
    public static let loggerLabel = "sdkruntime"
}
