// swift-tools-version: 6.1
import PackageDescription

/// Each file imports the modules it uses, so the one-way flow between stages shows in
/// the imports (the emit layer, for one, never imports the reader).
let strictImports: [SwiftSetting] = [.enableUpcomingFeature("MemberImportVisibility")]

let package = Package(
    name: "sdkgen",
    // The runtime's floor: `Duration` and `Clock` (for timeouts and retries) came with
    // these releases. Apps on them can use the SDK; sdkgen itself runs on the same macOS.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .executable(name: "sdkgen", targets: ["sdkgen"]),
        .library(name: "SDKRuntime", targets: ["SDKRuntime"]),
        .library(name: "ConductorOne", targets: ["ConductorOne", "ConductorOneAuth"]),
        .library(name: "ExamplesCheck", targets: ["ExamplesCheck"]),
        .executable(name: "webhooks-test", targets: ["webhooks-test"]),
        .plugin(name: "SDKGenPlugin", targets: ["SDKGenPlugin"]),
        .plugin(name: "GenerateSDKPlugin", targets: ["GenerateSDKPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.1.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.20.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
    ],
    targets: [
        // Reading: bytes -> node tree -> OpenAPI model.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "OpenAPIReader", dependencies: ["CYAML", "SDKGenDiagnostics"], swiftSettings: strictImports),

        // What every stage shares: positions, diagnostics, the concurrency helpers.
        .target(name: "SDKGenDiagnostics", swiftSettings: strictImports),

        // Generating: OpenAPI model -> SDK plan -> Swift files -> disk.
        .target(name: "SDKGenerator", dependencies: ["OpenAPIReader", "SDKGenDiagnostics"], swiftSettings: strictImports),
        .executableTarget(
            name: "sdkgen",
            dependencies: [
                "SDKGenerator", "SDKGenDiagnostics",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictImports
        ),

        // What generated code calls.
        .target(
            name: "SDKRuntime",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // ConductorOne's credentials, tenants and environment, for the ConductorOne product.
        .target(
            name: "ConductorOneAuth",
            dependencies: [
                "SDKRuntime",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "ConductorOne", dependencies: ["SDKRuntime"], path: "Generated/ConductorOne"),
        // What `sdkgen examples` output runs on: a spec's examples decoded and encoded again.
        .target(name: "ExamplesCheck", dependencies: ["SDKRuntime"]),

        // SwiftPM plugins: `swift package generate-sdk [--check]` for this repository, and a
        // build tool plugin that generates an SDK from a target's own spec and sdkgen.yaml.
        .plugin(
            name: "GenerateSDKPlugin",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Regenerate Generated/ from specs/sdkgen.yaml (--check: verify only)"),
                permissions: [.writeToPackageDirectory(reason: "sdkgen rewrites the generated SDK folders named in specs/sdkgen.yaml")]
            ),
            dependencies: ["sdkgen"],
            path: "Sources/GenerateSDKPlugin"
        ),
        .plugin(
            name: "CheckSDKPlugin",
            capability: .command(
                intent: .custom(verb: "check-sdk", description: "Check that Generated/ is what specs/sdkgen.yaml produces; writes nothing")
            ),
            dependencies: ["sdkgen"],
            path: "Sources/CheckSDKPlugin"
        ),
        .plugin(
            name: "SDKGenPlugin",
            capability: .buildTool(),
            dependencies: ["sdkgen"],
            path: "Sources/SDKGenBuildPlugin"
        ),
        .executableTarget(
            name: "webhooks-test",
            dependencies: ["ConductorOne", "ConductorOneAuth", "SDKRuntime", .product(name: "HTTPTypes", package: "swift-http-types")]),

        // Measurement: generation time and memory beside libyaml's and Foundation's parsers.
        .executableTarget(name: "sdkgen-benchmark", dependencies: ["OpenAPIReader", "SDKGenerator", "SDKGenDiagnostics", "CYAML"]),
        // Measurement: decoding a large list response beside Foundation's JSONSerialization.
        .executableTarget(name: "sdkgen-decode-benchmark", dependencies: ["ConductorOne", "SDKRuntime"]),

        // Fuzzing: libFuzzer's target over the reader and the whole pipeline, built with the
        // sanitizers by `.ci/fuzz-check`; a normal build makes a tool that replays inputs.
        .executableTarget(
            name: "sdkgen-fuzz", dependencies: ["OpenAPIReader", "SDKGenerator", "SDKGenDiagnostics"], swiftSettings: strictImports),

        .testTarget(name: "OpenAPIReaderTests", dependencies: ["OpenAPIReader", "SDKGenDiagnostics"]),
        .testTarget(
            name: "SDKGeneratorTests",
            dependencies: [
                "SDKGenerator", "OpenAPIReader", "SDKGenDiagnostics", "ConductorOne", "SDKRuntime", "Constructs", "Payloads", "Scheduler",
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
        // The golden output of fixtures, compiled so tests can use it.
        .target(name: "Constructs", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/constructs/expected"),
        .target(name: "Payloads", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/payloads/expected"),
        .target(name: "Scheduler", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/onetag/expected"),
        .target(name: "Wire", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/wire/expected"),
        .target(name: "Paging", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/pagination/expected"),
        .target(name: "Outcomes", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/outcomes/expected"),
        .target(name: "Streams", dependencies: ["SDKRuntime"], path: "Tests/Fixtures/streams/expected"),
        .testTarget(
            name: "SDKRuntimeTests",
            dependencies: [
                "SDKRuntime", "ConductorOne", "ConductorOneAuth", "Wire", "Paging", "Outcomes", "Streams",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
