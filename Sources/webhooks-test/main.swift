// webhooks-test [--show-headers] <webhook-id>
//
// Sends a test event to a ConductorOne webhook and prints the answer as JSON; with
// --show-headers, also the status and response header fields on stderr. The client
// is configured from the environment, like every official ConductorOne client:
// CONDUCTORONE_ACCESS_TOKEN, or CONDUCTORONE_OIDC_TOKEN with CONDUCTORONE_CLIENT_ID, or
// CONDUCTORONE_CLIENT_ID and CONDUCTORONE_CLIENT_SECRET; the server from
// CONDUCTORONE_SERVER_URL, CONDUCTORONE_TENANT_DOMAIN or the client ID.
//
// Exit status: 0 on success, 1 when the call fails, 2 on a usage error.

import ConductorOne
import ConductorOneAuth
import Foundation
import HTTPTypes
import SDKRuntime

let usage = """
    usage: webhooks-test [--show-headers] <webhook-id>

    Sends a test event to the webhook and prints the response as JSON.
    --show-headers  also print the status and response header fields on stderr
                    (cookies and credentials redacted).
    Credentials come from CONDUCTORONE_ACCESS_TOKEN, or CONDUCTORONE_OIDC_TOKEN with
    CONDUCTORONE_CLIENT_ID, or CONDUCTORONE_CLIENT_ID and CONDUCTORONE_CLIENT_SECRET;
    the server from CONDUCTORONE_SERVER_URL, CONDUCTORONE_TENANT_DOMAIN or the client ID.

    """

func printError(_ message: String) {
    FileHandle.standardError.write(Data(message.utf8))
}

/// Header fields whose values are credentials or session state, never printed.
let redactedFields: Set<HTTPField.Name> = [.authorization, .proxyAuthorization, .cookie, .setCookie]

/// `value` with anything but printable ASCII escaped, so a server cannot move the cursor
/// or reorder the text of a terminal.
func printable(_ value: String) -> String {
    value.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F ? String($0) : "\\u{\(String($0.value, radix: 16))}" }
        .joined()
}

var arguments = Array(CommandLine.arguments.dropFirst())
if arguments == ["-h"] || arguments == ["--help"] {
    print(usage, terminator: "")
    exit(0)
}
let showHeaders = arguments.first == "--show-headers"
if showHeaders { arguments.removeFirst() }
guard arguments.count == 1, let webhookID = arguments.first, !webhookID.isEmpty, !webhookID.hasPrefix("-") else {
    printError(usage)
    exit(2)
}

do {
    let client = ConductorOneClient(client: APIClient(configuration: try .conductorOne()))
    // The same call as `client.webhooks.test(id:)`, with the status and header fields.
    let response = try await client.client.sendWithResponse(Webhooks.test(id: webhookID))
    if showHeaders {
        var lines = ["\(response.status.code) \(printable(response.status.reasonPhrase))"]
        for field in response.headerFields {
            lines.append("\(field.name): \(redactedFields.contains(field.name) ? "<redacted>" : printable(field.value))")
        }
        printError(lines.joined(separator: "\n") + "\n\n")
    }
    let encoder = JSONCoding.makeEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(response.body), as: UTF8.self))
} catch {
    printError("webhooks-test: \(error)\n")
    exit(1)
}
