// swift-tools-version: 6.1
// A downstream package that keeps only a spec and a configuration in its target and lets
// sdkgen's build tool plugin generate the SDK during the build. `.ci/plugin-check` builds
// and runs it against a clone of the repository checked out as `sdkgen`.
import Foundation
import PackageDescription

// A path dependency is identified by its folder's name: "sdkgen" in a clone named after the
// repository, something else in a worktree or CI checkout.
let sdkgen = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("../..").standardized.lastPathComponent.lowercased()

let package = Package(
    name: "PluginDownstream",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: "../.."),
        // Already in the graph through sdkgen; named here for the canned transport in main.swift.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
    ],
    targets: [
        .executableTarget(
            name: "PetstoreDemo",
            dependencies: [
                .product(name: "SDKRuntime", package: sdkgen),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
            ],
            plugins: [.plugin(name: "SDKGenPlugin", package: sdkgen)]
        ),
    ],
    swiftLanguageModes: [.v6]
)
