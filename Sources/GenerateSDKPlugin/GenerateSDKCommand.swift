import PackagePlugin

/// `swift package --allow-writing-to-package-directory generate-sdk [--check] [sdkgen options]`:
/// runs `sdkgen generate` (or, with `--check`, `sdkgen check`) at the package root, so the
/// SDKs listed in `specs/sdkgen.yaml` are regenerated (or verified) with the package's own
/// build of sdkgen. Other arguments, such as `--timings` or `--config FILE`, go to sdkgen.
/// sdkgen's output is passed on as it is, with the line saying what changed in the API.
@main
struct GenerateSDKCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        var extractor = ArgumentExtractor(arguments)
        let subcommand = extractor.extractFlag(named: "check") > 0 ? "check" : "generate"
        try runSDKGen([subcommand] + extractor.remainingArguments, context: context)
    }
}
