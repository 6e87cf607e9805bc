import Foundation
import SDKRuntime
import Testing
import Wire

/// PATCH bodies as a server receives them: members left out, sent as `null`, or set, and
/// field masks as one comma-separated string.
@Suite(.timeLimit(.minutes(1)))
struct PatchBodyTests {
    /// The body the server received for `changes`, as text.
    func sent(_ changes: ProfileUpdate) async throws -> String {
        try await withTestServer({ _ in .json(200, #"{"id":"42","nickname":null}"#) }) { server in
            let profile = try await WireClient(client: APIClient(serverURL: server.url)).profiles.updateProfile(id: "42", body: changes)
            #expect(profile.id == "42" && profile.nickname == nil)
            let request = try #require(server.requests.first)
            #expect(request.method == "PATCH" && request.rawPath == "/profiles/42")
            return String(decoding: request.body, as: UTF8.self)
        }
    }

    @Test func nullIsSentAndNilIsLeftOut() async throws {
        var changes = ProfileUpdate(displayName: "Ann")
        changes.nickname = .null
        #expect(try await sent(changes) == #"{"displayName":"Ann","nickname":null}"#)
    }

    @Test func everyMemberLeftOut() async throws {
        #expect(try await sent(ProfileUpdate()) == "{}")
    }

    @Test func valuesAndNullsOfEveryKind() async throws {
        let changes = ProfileUpdate(
            birthday: .null, home: .value(Address(city: "Oslo")), nickname: "Ace", score: 7, tags: .null,
            updateMask: ["nickname", "home.city", "birthday"])
        #expect(
            try await sent(changes)
                == #"{"birthday":null,"home":{"city":"Oslo"},"nickname":"Ace","score":7,"tags":null,"updateMask":"nickname,home.city,birthday"}"#)
        let date = Date(timeIntervalSince1970: 0)
        #expect(try await sent(ProfileUpdate(birthday: .value(date), tags: ["a"])) == #"{"birthday":"1970-01-01T00:00:00Z","tags":["a"]}"#)
    }
}

/// A required nullable member is always sent: `nil` as `null`, which removes the hook,
/// never left out, which the server refuses as a missing field.
@Suite(.timeLimit(.minutes(1)))
struct RequiredNullableBodyTests {
    /// The body the server received when `send` ran against it, as text.
    func sent(_ send: @Sendable (Profiles) async throws -> Void) async throws -> String {
        try await withTestServer({ _ in CannedResponse(status: 204) }) { server in
            try await send(WireClient(client: APIClient(serverURL: server.url)).profiles)
            let request = try #require(server.requests.first)
            #expect(request.method == "PUT" && request.rawPath == "/profiles/42/hook")
            return String(decoding: request.body, as: UTF8.self)
        }
    }

    @Test func nilIsSentAsNull() async throws {
        #expect(try await sent { try await $0.setProfileHook(id: "42", body: HookUpdate(url: nil)) } == #"{"url":null}"#)
        #expect(try await sent { try await $0.setProfileHook(id: "42", url: nil) } == #"{"url":null}"#)
        #expect(try await sent { try await $0.setProfileHook(id: "42", url: nil, label: "old") } == #"{"label":"old","url":null}"#)
    }

    @Test func aValueIsSent() async throws {
        #expect(try await sent { try await $0.setProfileHook(id: "42", url: "hook") } == #"{"url":"hook"}"#)
    }

    @Test func nullDecodesAsNil() throws {
        let hook = try JSONCoding.makeDecoder().decode(HookUpdate.self, from: Data(#"{"url":null}"#.utf8))
        #expect(hook.url == nil && hook.label == nil)
    }
}

/// `Nullable` and `FieldMask` through JSON on their own.
struct NullableCodingTests {
    @Test func decodingTellsNullFromAbsent() throws {
        let decoder = JSONCoding.makeDecoder()
        let cleared = try decoder.decode(ProfileUpdate.self, from: Data(#"{"nickname":null,"score":3}"#.utf8))
        #expect(cleared.nickname == .null && cleared.score == .value(3) && cleared.birthday == nil)
        let encoded = try JSONCoding.makeEncoder().encode(cleared)
        #expect(String(decoding: encoded, as: UTF8.self) == #"{"nickname":null,"score":3}"#)
    }

    @Test func nullableHelpers() {
        #expect(Nullable<String>("a") == .value("a") && Nullable<String>(nil) == .null)
        #expect(Nullable.value(2).value == 2 && Nullable<Int>.null.value == nil && Nullable<Int>.null.isNull)
    }

    @Test func fieldMaskPaths() throws {
        let mask: FieldMask = ["display_name", "owner.user_id", "url"]
        #expect(mask.text == "displayName,owner.userId,url")
        let decoded = try JSONCoding.makeDecoder().decode(FieldMask.self, from: Data(#""displayName,url""#.utf8))
        #expect(decoded.paths == ["displayName", "url"])
        #expect(FieldMask(text: "").paths.isEmpty && FieldMask(text: "a").paths == ["a"])
        #expect(mask.parameterText == mask.text)
    }
}
