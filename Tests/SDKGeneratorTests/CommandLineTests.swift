import Foundation
import SDKGenDiagnostics
import SDKGenerator
import SDKRuntime
import XCTest

/// Runs the built `sdkgen` executable as a user would.
final class CommandLineTests: XCTestCase {
    private func sdkgen(_ arguments: [String], in directory: URL? = nil) throws -> SDKGenProcess.Run {
        try SDKGenProcess.run(arguments, in: directory)
    }

    func testMalformedSpecExitsOneWithPosition() throws {
        let spec = try TestPaths.sharedSpec("swift-openapi-generator/sog-malformed-openapi.yaml")
        let output = try TestPaths.temporaryDirectory(self).appendingPathComponent("X")
        let run = try sdkgen(["generate", "--spec", spec, "--output", output.path, "--module", "X"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("sog-malformed-openapi.yaml:2:1: error:"), run.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testDanglingReferenceIsReportedAtItsLineAndWritesNothing() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        let spec = folder.appendingPathComponent("dangling.yaml")
        try """
            openapi: 3.1.0
            info: {title: T, version: "1"}
            components:
              schemas:
                Pet:
                  $ref: '#/components/schemas/Missing'
            """.write(to: spec, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("Out")
        let run = try sdkgen(["generate", "--spec", spec.path, "--output", output.path, "--module", "X"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("dangling.yaml:6:"), run.errors)
        XCTAssertTrue(run.errors.contains("error: $ref '#/components/schemas/Missing'"), run.errors)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testUsageErrorExitsTwo() throws {
        let run = try sdkgen(["generate", "--spec", "x.yaml"])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.errors.contains("--output"), run.errors)
        XCTAssertEqual(try sdkgen(["frobnicate"]).status, 2)
    }

    /// Generates the webhooks spec into a new folder; its output folder and the arguments used.
    private func generateWebhooks() throws -> (output: URL, arguments: [String]) {
        let output = try TestPaths.temporaryDirectory(self).appendingPathComponent("Out")
        let spec = TestPaths.root.appendingPathComponent("specs/conductorone-openapi.yaml").path
        let arguments = ["--spec", spec, "--output", output.path, "--module", "ConductorOne", "--tag", "Webhooks"]
        XCTAssertEqual(try sdkgen(["generate"] + arguments).status, 0)
        return (output, arguments)
    }

    /// `diff` compares generated SDK folders as their API manifests record them: what the
    /// release check runs against the last release's manifest.
    func testDiffComparesGeneratedFoldersByTheirManifests() throws {
        let (output, arguments) = try generateWebhooks()
        let wider = output.deletingLastPathComponent().appendingPathComponent("Wider")
        let widerArguments = arguments.map { $0 == output.path ? wider.path : $0 } + ["--tag", "WebhooksSearch"]
        XCTAssertEqual(try sdkgen(["generate"] + widerArguments).status, 0)
        let added = try sdkgen(["diff", output.path, wider.path])
        XCTAssertEqual(added.status, 0, added.errors)
        XCTAssertTrue(added.output.contains("added operation WebhooksSearch.search(body:)"), added.output)
        let removed = try sdkgen(["diff", wider.appendingPathComponent(".sdkgen-api").path, output.path, "--quiet"])
        XCTAssertEqual(removed.status, 1, "removing an operation breaks apps")
        let empty = try TestPaths.temporaryDirectory(self)
        let none = try sdkgen(["diff", empty.path, output.path])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.errors.contains("error: no API manifest (.sdkgen-api) that this sdkgen can read is in"), none.errors)
    }

    /// `check` passes on fresh output, fails naming an edited file, and `generate` repairs
    /// it while leaving a hand-written file alone.
    func testCheckDetectsEditedFilesAndGenerateKeepsForeignFiles() throws {
        let (output, arguments) = try generateWebhooks()
        XCTAssertEqual(try sdkgen(["check"] + arguments).status, 0)

        let client = output.appendingPathComponent("Client.swift")
        try (String(contentsOf: client, encoding: .utf8) + "// edited\n").write(to: client, atomically: true, encoding: .utf8)
        let handWritten = output.appendingPathComponent("Extensions.swift")
        try "// mine\n".write(to: handWritten, atomically: true, encoding: .utf8)
        let check = try sdkgen(["check"] + arguments)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.errors.contains("Client.swift"), check.errors)
        XCTAssertFalse(check.errors.contains("Extensions.swift"), check.errors)

        XCTAssertEqual(try sdkgen(["generate"] + arguments).status, 0)
        XCTAssertEqual(try sdkgen(["check"] + arguments).status, 0)
        XCTAssertEqual(try String(contentsOf: handWritten, encoding: .utf8), "// mine\n")
    }

    /// A generated file that is no longer produced is reported by `check` and removed by
    /// `generate`; a hand-written file where a generated one belongs is never overwritten.
    func testStaleGeneratedFilesGoAndHandWrittenFilesAreNeverOverwritten() throws {
        let (output, arguments) = try generateWebhooks()

        let stale = output.appendingPathComponent("Models/RetiredModels.swift")
        try (GeneratedFile.header + "\n// from an older spec\n").write(to: stale, atomically: true, encoding: .utf8)
        let check = try sdkgen(["check"] + arguments)
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(check.errors.contains("RetiredModels.swift"), check.errors)
        XCTAssertEqual(try sdkgen(["generate"] + arguments).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale.path))

        let client = output.appendingPathComponent("Client.swift")
        try "// mine\n".write(to: client, atomically: true, encoding: .utf8)
        let generate = try sdkgen(["generate"] + arguments)
        XCTAssertEqual(generate.status, 1)
        XCTAssertTrue(generate.errors.contains("was not written by sdkgen"), generate.errors)
        XCTAssertEqual(try String(contentsOf: client, encoding: .utf8), "// mine\n")
    }

    /// A configuration's `names` rename component types and `access` sets every
    /// declaration's access level; an unknown key is an error at its line.
    func testConfigurationNamesAndAccess() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        try FileManager.default.copyItem(
            at: TestPaths.root.appendingPathComponent("specs/conductorone-openapi.yaml"),
            to: folder.appendingPathComponent("spec.yaml"))
        let config = folder.appendingPathComponent("sdkgen.yaml")
        try """
            generate:
              - spec: spec.yaml
                output: Out
                module: Hooks
                access: internal
                tags: [Webhooks]
                names:
                  c1.api.webhooks.v1.WebhookInstance: Delivery
            """.write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try sdkgen(["generate", "--config", config.path]).status, 0)
        let models = try String(
            contentsOf: folder.appendingPathComponent("Out/Models/WebhooksModels.swift"), encoding: .utf8)
        XCTAssertTrue(models.contains("\nnonisolated struct Delivery: Codable, Hashable, Sendable {"), models)
        XCTAssertFalse(models.contains("public "))

        // The DocC landing page carries the `documentation` file's Markdown; a missing one is an error at its line.
        try "### Signing in\n\nAsk for a key.\n".write(to: folder.appendingPathComponent("guide.md"), atomically: true, encoding: .utf8)
        try "generate:\n  - spec: spec.yaml\n    output: Out\n    module: Hooks\n    tags: [Webhooks]\n    documentation: guide.md\n"
            .write(to: config, atomically: true, encoding: .utf8)
        XCTAssertEqual(try sdkgen(["generate", "--config", config.path]).status, 0)
        let page = try String(contentsOf: folder.appendingPathComponent("Out/Hooks.docc/Hooks.md"), encoding: .utf8)
        XCTAssertTrue(page.contains("\n### Signing in\n\nAsk for a key.\n"), page)
        try "generate:\n  - spec: spec.yaml\n    output: Out\n    module: Hooks\n    documentation: missing.md\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let missing = try sdkgen(["generate", "--config", config.path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("sdkgen.yaml:5:20: error: cannot read the documentation file 'missing.md': the file does not exist"), missing.errors)

        try "generate:\n  - spec: spec.yaml\n    output: Out\n    module: Hooks\n    acess: public\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let run = try sdkgen(["generate", "--config", config.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("sdkgen.yaml:5:5: error: unknown key 'acess'"), run.errors)
    }

    /// Absolute `spec` and `output` paths in a configuration are used as they are, not
    /// joined to the configuration's folder.
    func testConfigurationAbsolutePathsAreUsedAsTheyAre() throws {
        let spec = try TestPaths.temporaryDirectory(self).appendingPathComponent("api.yaml")
        try FileManager.default.copyItem(at: TestPaths.root.appendingPathComponent("specs/conductorone-openapi.yaml"), to: spec)
        let output = try TestPaths.temporaryDirectory(self).appendingPathComponent("Out")
        let folder = try TestPaths.temporaryDirectory(self)
        let config = folder.appendingPathComponent("sdkgen.yaml")
        try "generate:\n  - spec: \(spec.path)\n    output: \(output.path)\n    module: Hooks\n    tags: [Webhooks]\n"
            .write(to: config, atomically: true, encoding: .utf8)
        let run = try sdkgen(["generate", "--config", config.path], in: folder)
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("Client.swift").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["sdkgen.yaml"])
    }

    /// A spec or configuration that cannot be read says why: it does not exist, it is a
    /// directory, or the system's reason (here a symbolic link to itself).
    func testUnreadableFilesSayWhy() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        let loop = folder.appendingPathComponent("loop.yaml").path
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let output = folder.appendingPathComponent("Out").path
        let reasons = [
            (folder.appendingPathComponent("missing.yaml").path, "the file does not exist"),
            (folder.path, "it is a directory"),
            (loop, "Too many levels of symbolic links"),
        ]
        for (path, reason) in reasons {
            let spec = try sdkgen(["generate", "--spec", path, "--output", output, "--module", "X"])
            XCTAssertEqual(spec.status, 1)
            XCTAssertEqual(spec.errors, "\(path): error: cannot read the spec: \(reason)\n")
            let config = try sdkgen(["check", "--config", path])
            XCTAssertEqual(config.status, 1)
            XCTAssertEqual(config.errors, "\(path): error: cannot read the configuration file: \(reason)\n")
        }
    }

    /// Without --config or --spec, a missing specs/sdkgen.yaml says where it was looked
    /// for and how to point elsewhere.
    func testMissingDefaultConfigurationSaysWhereItLookedAndWhatToPass() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        let run = try sdkgen(["generate"], in: folder)
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(
            run.errors,
            "specs/sdkgen.yaml: error: cannot read the configuration file: the file does not exist; "
                + "looked for \(folder.resolvingSymlinksInPath().path)/specs/sdkgen.yaml; "
                + "run at the repository root, or pass --config FILE or --spec FILE --output DIR --module NAME\n")
    }

    /// --module, --client and --harness must be Swift identifiers, a usage error (exit 2)
    /// saying what is allowed; so must a configuration's module, client and names values,
    /// an error at their line (exit 1).
    func testNamesMustBeSwiftIdentifiers() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        try FileManager.default.copyItem(
            at: TestPaths.root.appendingPathComponent("specs/conductorone-openapi.yaml"),
            to: folder.appendingPathComponent("spec.yaml"))
        let output = folder.appendingPathComponent("Out").path
        let rule = "must be a Swift identifier (a letter or '_', then letters, digits or '_'; not a keyword)"
        let invalid = [
            ["--module", "1bad name"], ["--module", "class"], ["--module", "_"], ["--module", "Hooks", "--client", "My-Client"],
        ]
        for names in invalid {
            let run = try sdkgen(["generate", "--spec", "spec.yaml", "--output", output] + names, in: folder)
            XCTAssertEqual(run.status, 2, "\(names)")
            XCTAssertTrue(run.errors.contains("\(names[names.count - 2]) \(rule), not '\(names.last!)'"), run.errors)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output))
        }
        let valid = try sdkgen(["generate", "--spec", "spec.yaml", "--output", output, "--module", "Café", "--client", "_Hooks2", "--tag", "Webhooks"], in: folder)
        XCTAssertEqual(valid.status, 0, valid.errors)
        for names in [["--module", "Hooks", "--harness", "Hooks Examples"], ["--harness", "HooksExamples", "--module", "1Hooks"]] {
            let run = try sdkgen(["examples", "--spec", "spec.yaml", "--output", "Examples"] + names, in: folder)
            XCTAssertEqual(run.status, 2, "\(names)")
            XCTAssertTrue(run.errors.contains("\(names[names.count - 2]) \(rule), not '\(names.last!)'"), run.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Examples").path))

        let config = folder.appendingPathComponent("sdkgen.yaml")
        try """
            generate:
              - spec: spec.yaml
                output: Config
                module: 1bad name
                client: Bad-Client
                names:
                  c1.api.webhooks.v1.WebhookInstance: Delivery record
                  c1.api.webhooks.v1.Webhook: Task
                  c1.api.webhooks.v1.WebhookFilter: Hook
                  c1.api.webhooks.v1.WebhookSource: Hook
            """.write(to: config, atomically: true, encoding: .utf8)
        let run = try sdkgen(["generate", "--config", config.path])
        XCTAssertEqual(run.status, 1)
        let errors = run.errors.split(separator: "\n").map { String($0.drop { $0 != ":" }) }
        XCTAssertEqual(
            errors,
            [
                ":4:13: error: 'module' \(rule), not '1bad name'",
                ":5:13: error: 'client' \(rule), not 'Bad-Client'",
                ":7:43: error: the name for 'c1.api.webhooks.v1.WebhookInstance' \(rule), not 'Delivery record'",
                ":8:35: error: the name for 'c1.api.webhooks.v1.Webhook' must not be 'Task', which Swift or Foundation declares",
                ":10:41: error: the name 'Hook' is already given to 'c1.api.webhooks.v1.WebhookFilter'",
            ])
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Config").path))
    }

    /// `sdkgen --version` prints `SDKInfo.version`, the version the User-Agent carries.
    func testVersionIsTheRuntimes() throws {
        let run = try sdkgen(["--version"])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertEqual(run.output, SDKInfo.version + "\n")
    }

    /// Each subcommand's help shows two or three examples, and each still parses: in an
    /// empty folder they fail for want of files (exit 1), never as usage errors (exit 2).
    func testHelpShowsExamplesThatParse() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        for command in ["generate", "check", "diff", "examples"] {
            let help = try sdkgen([command, "--help"])
            XCTAssertEqual(help.status, 0, help.errors)
            // The lines after "Examples:" up to a blank line: `# what it does`, then the
            // command, continued on the next line after a trailing backslash.
            let block = help.output.components(separatedBy: "\nExamples:\n").dropFirst().first?
                .components(separatedBy: "\n\n").first ?? ""
            let examples = block.replacingOccurrences(of: "\\\n", with: " ").split(separator: "\n")
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.hasPrefix("#") }
            XCTAssertTrue((2...3).contains(examples.count), help.output)
            for example in examples {
                let words = example.split(separator: " ").map(String.init)
                XCTAssertEqual(Array(words.prefix(2)), ["sdkgen", command])
                let run = try sdkgen(Array(words.dropFirst()), in: folder)
                XCTAssertEqual(run.status, 1, "\(example): \(run.errors)")
            }
        }
    }

    /// A spec using callbacks twice: one warning of kind `callbacks`, with a count.
    private func writeCallbacksSpec(in folder: URL) throws {
        let operation = "    post:\n      callbacks: {onEvent: {}}\n      responses: {'200': {description: OK}}\n"
        try ("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n  /pets:\n" + operation + "  /dogs:\n" + operation)
            .write(to: folder.appendingPathComponent("callbacks.yaml"), atomically: true, encoding: .utf8)
    }

    /// --diagnostics-format json prints one JSON object per diagnostic per line on
    /// standard error, warnings with their kind; the default stays compiler-style text.
    func testJSONDiagnostics() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        try writeCallbacksSpec(in: folder)
        let arguments = ["--spec", "callbacks.yaml", "--output", "Out", "--module", "X"]
        let warning = "callbacks are not supported; they are not generated (and 1 more like this)"

        let text = try sdkgen(["generate"] + arguments, in: folder)
        XCTAssertEqual(text.status, 0, text.errors)
        XCTAssertEqual(text.errors, "callbacks.yaml:6:18: warning: \(warning)\n")

        let json = try sdkgen(["generate", "--diagnostics-format", "json"] + arguments, in: folder)
        XCTAssertEqual(json.status, 0, json.errors)
        let warningObject = #"{"column":18,"file":"callbacks.yaml","kind":"callbacks","line":6,"message":"\#(warning)","severity":"warning"}"#
        XCTAssertEqual(json.errors, warningObject + "\n")
        let examples = try sdkgen(
            ["examples", "--spec", "callbacks.yaml", "--module", "X", "--harness", "XExamples", "--output", "E", "--diagnostics-format", "json"],
            in: folder)
        XCTAssertEqual(examples.status, 0, examples.errors)
        XCTAssertEqual(examples.errors, warningObject + "\n")

        let client = folder.appendingPathComponent("Out/Client.swift")
        try (String(contentsOf: client, encoding: .utf8) + "// edited\n").write(to: client, atomically: true, encoding: .utf8)
        try "openapi: 3.1.0\ninfo: {title: T, version: '1'}\ncomponents: {schemas: {Pet: {$ref: '#/x/\\\"'}}}\n"
            .write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let errors = try sdkgen(["check", "--diagnostics-format", "json"] + arguments, in: folder)
        XCTAssertEqual(errors.status, 1)
        XCTAssertEqual(
            errors.errors.split(separator: "\n"),
            [
                Substring(warningObject),
                #"{"column":null,"file":"Out/Client.swift","kind":null,"line":null,"message":"not current; run 'sdkgen generate'","severity":"error"}"#,
            ])
        let broken = try sdkgen(["check", "--diagnostics-format", "json", "--spec", "broken.yaml", "--output", "B", "--module", "X"], in: folder)
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(
            broken.errors,
            #"{"column":36,"file":"broken.yaml","kind":null,"line":3,"message":"$ref '#/x/\\\"' points at nothing in this document","severity":"error"}"#
                + "\n")
    }

    /// --quiet prints errors only: no warnings and no summary lines.
    func testQuietPrintsErrorsOnly() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        try writeCallbacksSpec(in: folder)
        let arguments = ["--spec", "callbacks.yaml", "--output", "Out", "--module", "X", "--quiet"]
        let generate = try sdkgen(["generate"] + arguments, in: folder)
        XCTAssertEqual(generate.status, 0, generate.errors)
        XCTAssertEqual(generate.output + generate.errors, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/Client.swift").path))
        let current = try sdkgen(["check"] + arguments, in: folder)
        XCTAssertEqual(current.status, 0, current.errors)
        XCTAssertEqual(current.output + current.errors, "")
        let examples = try sdkgen(
            ["examples", "--spec", "callbacks.yaml", "--module", "X", "--harness", "XExamples", "--output", "E", "--quiet"], in: folder)
        XCTAssertEqual(examples.status, 0, examples.errors)
        XCTAssertEqual(examples.output + examples.errors, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("E/XExamples.swift").path))

        let client = folder.appendingPathComponent("Out/Client.swift")
        try (String(contentsOf: client, encoding: .utf8) + "// edited\n").write(to: client, atomically: true, encoding: .utf8)
        let stale = try sdkgen(["check"] + arguments, in: folder)
        XCTAssertEqual(stale.status, 1)
        XCTAssertEqual(stale.output, "")
        XCTAssertEqual(stale.errors, "Out/Client.swift: error: not current; run 'sdkgen generate'\n")
    }

    /// The repository's own configuration: `sdkgen check` at the root passes.
    func testCheckAtRepositoryRootPasses() throws {
        let run = try sdkgen(["check"])
        XCTAssertEqual(run.status, 0, run.errors)
    }

    /// `sdkgen diff`: the report on standard output, exit 1 when something breaks and 0
    /// when nothing does, JSON that parses, and configurations in place of specs.
    func testDiffReportsAndGatesOnBreakingChanges() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        func spec(_ paths: String) -> String {
            "openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n" + paths
        }
        let pets = "  /pets:\n    get:\n      operationId: listPets\n      tags: [Pets]\n      responses: {'200': {description: OK}}\n"
        let dogs = "  /dogs:\n    get:\n      operationId: listDogs\n      tags: [Dogs]\n      responses: {'200': {description: OK}}\n"
        try spec(pets).write(to: folder.appendingPathComponent("old.yaml"), atomically: true, encoding: .utf8)
        try spec(pets + dogs).write(to: folder.appendingPathComponent("new.yaml"), atomically: true, encoding: .utf8)

        let additive = try sdkgen(["diff", "old.yaml", "new.yaml", "--module", "X"], in: folder)
        XCTAssertEqual(additive.status, 0, additive.errors)
        XCTAssertTrue(additive.output.contains("minor: 0 changes breaking for apps"), additive.output)
        XCTAssertTrue(additive.output.contains("  added operation Dogs.listDogs(): GET /dogs\n"), additive.output)

        let breaking = try sdkgen(["diff", "new.yaml", "old.yaml", "--format", "json"], in: folder)
        XCTAssertEqual(breaking.status, 1, breaking.errors)
        let json = try JSONSerialization.jsonObject(with: Data(breaking.output.utf8)) as? [String: Any]
        XCTAssertEqual(json?["bump"] as? String, "major")
        XCTAssertEqual((json?["changes"] as? [[String: Any]])?.first?["name"] as? String, "Dogs.listDogs()")

        let quiet = try sdkgen(["diff", "new.yaml", "old.yaml", "--quiet"], in: folder)
        XCTAssertEqual(quiet.status, 1)
        XCTAssertEqual(quiet.output + quiet.errors, "")

        let same = try sdkgen(["diff", "old.yaml", "old.yaml"], in: folder)
        XCTAssertEqual(same.status, 0, same.errors)
        XCTAssertEqual(same.output, "API changes from old.yaml to old.yaml\nno API change (patch)\n")

        for (name, specName) in [("old-sdkgen.yaml", "old.yaml"), ("new-sdkgen.yaml", "new.yaml")] {
            try "generate:\n  - {spec: \(specName), output: Out, module: X}\n"
                .write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let configurations = try sdkgen(["diff", "new-sdkgen.yaml", "old-sdkgen.yaml"], in: folder)
        XCTAssertEqual(configurations.status, 1, configurations.errors)
        XCTAssertTrue(configurations.output.contains("removed operation Dogs.listDogs()"), configurations.output)

        XCTAssertEqual(try sdkgen(["diff", "old.yaml"], in: folder).status, 2)
        XCTAssertEqual(try sdkgen(["diff", "old.yaml", "new.yaml", "--format", "xml"], in: folder).status, 2)
        let missing = try sdkgen(["diff", "old.yaml", "gone.yaml"], in: folder)
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.errors.contains("gone.yaml: error: cannot read the spec"), missing.errors)
    }

    /// Regenerating over a previous generation prints one line saying what changed in the
    /// API, from the manifest the previous one wrote: nothing when no file changed, and
    /// nothing at all with --quiet.
    func testGenerateSaysWhatChangedInTheAPI() throws {
        let folder = try TestPaths.temporaryDirectory(self)
        let spec = folder.appendingPathComponent("api.yaml")
        func write(_ paths: String) throws {
            try ("openapi: 3.1.0\ninfo: {title: T, version: '1'}\npaths:\n" + paths).write(to: spec, atomically: true, encoding: .utf8)
        }
        let pets = "  /pets:\n    get:\n      operationId: listPets\n      tags: [Pets]\n      responses: {'200': {description: OK}}\n"
        let dogs = "  /dogs:\n    get:\n      operationId: listDogs\n      tags: [Dogs]\n      responses: {'200': {description: OK}}\n"
        let arguments = ["generate", "--spec", "api.yaml", "--output", "Out", "--module", "X"]
        try write(pets)
        let first = try sdkgen(arguments, in: folder)
        // The client, the group, the manifest and the DocC page.
        XCTAssertEqual(first.output, "Out: wrote 4 file(s), removed 0\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Out/\(APIManifest.path)").path))

        try write(pets + dogs)
        XCTAssertEqual(
            try sdkgen(arguments, in: folder).output,
            "Out: wrote 4 file(s), removed 0\nOut: +1 operation (minor)\n")
        XCTAssertEqual(try sdkgen(arguments, in: folder).output, "Out: up to date\n")

        try write(dogs)
        XCTAssertEqual(
            try sdkgen(arguments, in: folder).output,
            "Out: wrote 3 file(s), removed 1\n"
                + "Out: -1 operation; 1 breaking change (major): removed operation Pets.listPets(): GET /pets\n")

        try write(pets + dogs)
        let quiet = try sdkgen(arguments + ["--quiet"], in: folder)
        XCTAssertEqual(quiet.status, 0, quiet.errors)
        XCTAssertEqual(quiet.output + quiet.errors, "")
    }
}
