/// sdkgen's version, `sdkgen --version`: the version of the runtime released with it,
/// `SDKInfo.version`, which generated SDKs send in their `User-Agent`. sdkgen does not
/// link SDKRuntime, so the number is repeated here, and a command-line test fails when
/// the two differ.
enum Version {
    static let current = "0.1.0"
}
