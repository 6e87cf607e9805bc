import PackagePlugin

/// `swift package check-sdk [sdkgen options]`: runs `sdkgen check` at the package root and
/// fails naming each generated file that is not what `specs/sdkgen.yaml` produces. Needs no
/// permission: it writes nothing. (`generate-sdk --check` does the same, but that verb
/// asks for write permission whatever its arguments.)
@main
struct CheckSDKCommand: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        try runSDKGen(["check"] + arguments, context: context)
    }
}
