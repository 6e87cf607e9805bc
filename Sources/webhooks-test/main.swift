// webhooks-test <webhook-id>
//
// Sends a test event to a ConductorOne webhook and prints the answer as JSON. The client
// is configured from the environment, like every official ConductorOne client:
// CONDUCTORONE_ACCESS_TOKEN, or CONDUCTORONE_OIDC_TOKEN with CONDUCTORONE_CLIENT_ID, or
// CONDUCTORONE_CLIENT_ID and CONDUCTORONE_CLIENT_SECRET; the server from
// CONDUCTORONE_SERVER_URL, CONDUCTORONE_TENANT_DOMAIN or the client ID.
//
// Exit status: 0 on success, 1 when the call fails, 2 on a usage error.

import ConductorOne
import ConductorOneAuth
import Foundation
import SDKRuntime

let usage = """
    usage: webhooks-test <webhook-id>

    Sends a test event to the webhook and prints the response as JSON.
    Credentials come from CONDUCTORONE_ACCESS_TOKEN, or CONDUCTORONE_OIDC_TOKEN with
    CONDUCTORONE_CLIENT_ID, or CONDUCTORONE_CLIENT_ID and CONDUCTORONE_CLIENT_SECRET;
    the server from CONDUCTORONE_SERVER_URL, CONDUCTORONE_TENANT_DOMAIN or the client ID.

    """

func printError(_ message: String) {
    FileHandle.standardError.write(Data(message.utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["-h"] || arguments == ["--help"] {
    print(usage, terminator: "")
    exit(0)
}
guard arguments.count == 1, let webhookID = arguments.first, !webhookID.isEmpty else {
    printError(usage)
    exit(2)
}

do {
    let client = ConductorOneClient(client: APIClient(configuration: try .conductorOne()))
    let response = try await client.webhooks.test(id: webhookID)
    let encoder = JSONCoding.makeEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(response), as: UTF8.self))
} catch {
    printError("webhooks-test: \(error)\n")
    exit(1)
}
