import ConductorOne
import Foundation
import SDKRuntime

// sdkgen-decode-benchmark: how long generated models take to decode a large list
// response, beside Foundation's JSONSerialization reading the same bytes.
//
//     swift run -c release sdkgen-decode-benchmark [--rounds N]
//
// It builds three payloads in memory: a ConductorOne webhooks list (20,000 webhooks, about
// 13 MB), and a list of 20,000 users whose models have required members, once with every
// required member present and once with one left out of every user (which the decoder
// fills in with an empty value). Each round (9 by default, after one warm-up round) times
// JSONSerialization and `JSONCoding.makeDecoder()` on each payload, and strict decoding on
// the complete users, one after another, so a slower moment of the machine touches them
// all alike. It prints each one's median milliseconds, its fastest and slowest round, and
// the median over rounds of its time divided by JSONSerialization's on the same payload in
// the same round. Figures depend on the machine: compare builds by running them in turn.

var rounds = 9
let arguments = Array(CommandLine.arguments.dropFirst())
var index = 0
while index < arguments.count {
    switch arguments[index] {
    case "--rounds":
        index += 1
        guard index < arguments.count, let value = Int(arguments[index]), value > 0 else {
            fail("--rounds needs a positive number")
        }
        rounds = value
    case "-h", "--help":
        print("usage: sdkgen-decode-benchmark [--rounds N]")
        exit(0)
    case let other:
        fail("unknown argument \(other)")
    }
    index += 1
}

let count = 20_000
let missingMember = "groupIds"
let webhooks = Payloads.webhooks(count: count)
let users = Payloads.users(count: count)
let usersMissing = Payloads.users(count: count, leavingOut: missingMember)
print("webhooks list: \(count) webhooks, \(megabytes(webhooks))")
print("users list: \(count) users, \(megabytes(users)); without \"\(missingMember)\": \(megabytes(usersMissing))")

let benchmark = Benchmark(
    count: count,
    payloads: [
        Payload(
            name: "webhooks", data: webhooks,
            decodes: [
                Decode(name: "JSONCoding decoder") {
                    try JSONCoding.makeDecoder().decode(WebhooksServiceListResponse.self, from: $0).list?.count
                }
            ]),
        Payload(
            name: "users, all required", data: users,
            decodes: [
                Decode(name: "JSONCoding decoder") { try JSONCoding.makeDecoder().decode(UserList.self, from: $0).list.count },
                Decode(name: "strict decoding") {
                    let decoder = JSONCoding.makeDecoder()
                    decoder.userInfo[.strictDecoding] = true
                    return try decoder.decode(UserList.self, from: $0).list.count
                },
            ]),
        Payload(
            name: "users, 1 missing each", data: usersMissing,
            decodes: [
                Decode(name: "JSONCoding decoder") { try JSONCoding.makeDecoder().decode(UserList.self, from: $0).list.count }
            ]),
    ])
print("rounds: \(rounds), after a warm-up round\n")
benchmark.run(rounds: rounds)

func megabytes(_ data: Data) -> String {
    String(format: "%.1f MB", Double(data.count) / 1_000_000)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("sdkgen-decode-benchmark: \(message)\n".utf8))
    exit(2)
}
