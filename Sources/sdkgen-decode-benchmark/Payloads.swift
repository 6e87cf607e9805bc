import Foundation

/// The JSON the benchmark decodes, built in memory with `JSONSerialization` from a fixed
/// seed, so every run (and every build being compared) decodes the same bytes.
enum Payloads {
    /// A ConductorOne `WebhooksServiceListResponse`: `count` webhooks, about 650 bytes each.
    static func webhooks(count: Int) -> Data {
        var random = SeededRandom(seed: 0x5EED_0001)
        let list: [[String: Any]] = (0..<count).map { index in
            let created = random.timestamp()
            var webhook: [String: Any] = [
                "id": random.identifier(),
                "displayName": "\(random.pick(systems)) \(random.pick(events)) hook \(index)",
                "url": "https://\(random.pick(hosts))/hooks/\(random.identifier().lowercased())?source=conductorone",
                "createdAt": created.text,
                "updatedAt": random.timestamp(after: created.seconds).text,
            ]
            // Some webhooks have no description; the others run from a few words to a paragraph.
            if random.next(below: 10) > 0 {
                webhook["description"] = random.sentences(words: 8 + random.next(below: 120))
            }
            if random.next(below: 20) == 0 {
                webhook["deletedAt"] = random.timestamp(after: created.seconds).text
            }
            return webhook
        }
        return serialize(["list": list, "nextPageToken": random.identifier()])
    }

    /// A list of `count` users (see `UserList`) with every required member present, or with
    /// `leavingOut` left out of every user, as proto3 JSON leaves out an empty list.
    static func users(count: Int, leavingOut missing: String? = nil) -> Data {
        var random = SeededRandom(seed: 0x5EED_0002)
        let list: [[String: Any]] = (0..<count).map { index in
            let first = random.pick(firstNames)
            let last = random.pick(lastNames)
            let created = random.timestamp()
            var user: [String: Any] = [
                "id": random.identifier(),
                "email": "\(first.lowercased()).\(last.lowercased())\(index)@\(random.pick(hosts))",
                "displayName": "\(first) \(last)",
                "status": random.pick(["USER_STATUS_ENABLED", "USER_STATUS_ENABLED", "USER_STATUS_DISABLED", "USER_STATUS_DELETED"]),
                "groupIds": (0..<random.next(below: 6)).map { _ in random.identifier() },
                "createdAt": created.text,
                "profile": [
                    "employeeNumber": 10_000 + index,
                    "location": random.pick(locations),
                    "title": "\(random.pick(levels)) \(random.pick(roles))",
                ] as [String: Any],
            ]
            if random.next(below: 4) > 0 { user["department"] = random.pick(departments) }
            if random.next(below: 3) > 0 { user["managerId"] = random.identifier() }
            if random.next(below: 2) > 0 { user["updatedAt"] = random.timestamp(after: created.seconds).text }
            if random.next(below: 2) > 0, var profile = user["profile"] as? [String: Any] {
                profile["phone"] = "+1 415 555 \(1000 + random.next(below: 9000))"
                user["profile"] = profile
            }
            if let missing { user[missing] = nil }
            return user
        }
        return serialize(["list": list, "nextPageToken": random.identifier()])
    }

    private static func serialize(_ object: [String: Any]) -> Data {
        do {
            return try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
        } catch {
            fatalError("could not build a payload: \(error)")
        }
    }

    private static let systems = ["Okta", "Workday", "ServiceNow", "Jira", "Slack", "GitHub", "Salesforce", "AWS"]
    private static let events = ["access review", "grant", "revoke", "provisioning", "task", "request"]
    private static let hosts = [
        "hooks.acme-corp.com", "automation.example.org", "api.internal.initech.net", "events.globex.io",
        "ingest.umbrella-group.co.uk",
    ]
    private static let firstNames = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Barbara", "Dennis", "Frances", "Ken", "Radia"]
    private static let lastNames = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Liskov", "Ritchie", "Allen", "Thompson", "Perlman"]
    private static let locations = ["San Francisco, CA", "New York, NY", "Berlin", "London", "Remote", "Toronto", "Sydney"]
    private static let levels = ["Junior", "", "Senior", "Staff", "Principal"]
    private static let roles = ["Software Engineer", "Account Executive", "IT Administrator", "Security Analyst", "Designer"]
    private static let departments = ["Engineering", "Sales", "IT", "Security", "Design", "Finance", "People"]
}

/// SplitMix64: a small, fast generator whose sequence depends only on its seed.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[next(below: elements.count)]
    }

    /// A 27-character base-62 identifier, the shape of ConductorOne's.
    mutating func identifier() -> String {
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
        return String((0..<27).map { _ in digits[next(below: digits.count)] })
    }

    /// An RFC 3339 timestamp in UTC between 2021 and 2025, at `after` or later when given,
    /// with no fraction or one of 3, 6 or 9 digits, as protobuf's JSON writes them.
    mutating func timestamp(after start: Int? = nil) -> (text: String, seconds: Int) {
        let seconds = (start ?? 1_609_459_200) + next(below: start == nil ? 126_230_400 : 31_536_000)
        let whole = Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(Self.format)
        let digits = pick([0, 3, 6, 9])
        guard digits > 0 else { return (whole, seconds) }
        let fraction = String(String(next() % 1_000_000_000 + 1_000_000_000).dropFirst().prefix(digits))
        return (whole.dropLast() + "." + fraction + "Z", seconds)
    }

    /// Words of lorem ipsum in sentences, `words` of them.
    mutating func sentences(words count: Int) -> String {
        var text = ""
        for index in 0..<count {
            let word = pick(Self.words)
            let startsSentence = index == 0 || text.hasSuffix(".")
            text += index == 0 ? "" : " "
            text += startsSentence ? word.prefix(1).uppercased() + word.dropFirst() : word
            if index == count - 1 || next(below: 12) == 0 { text += "." }
        }
        return text
    }

    private static let format = Date.ISO8601FormatStyle()
    private static let words = """
        access review grant revoke entitlement application owner request approval policy \
        notify ticket sync provision deprovision account group role member manager escalate \
        expire renew audit campaign certify the a of to for when with on and is are be sent
        """.split(separator: " ").map(String.init)
}
