import Foundation
import Payloads
@_spi(Generated) import SDKRuntime
import Testing

/// Generated models decoding what real servers send: a required member left out or `null`
/// gets its type's empty value and is reported; strict mode refuses it, as before.
@Suite struct LenientDecodingTests {
    /// A completed answer shaped as OpenAI documents `POST /responses`: its `output_text`
    /// part has no `logprobs`, which the spec requires.
    static let documentedAnswer = #"""
        {"id": "resp_67cb", "status": "completed",
         "output": [{"type": "message", "id": "msg_67cb", "role": "assistant",
                     "content": [{"type": "output_text", "text": "Silent circuits hum.", "annotations": []}]}],
         "usage": {"input_tokens": 32, "output_tokens": 18, "total_tokens": 50}}
        """#

    func decode<T: Decodable>(_ type: T.Type, _ json: String, strict: Bool = false) throws -> (T, [DecodingIssue]) {
        let issues = DecodingIssues()
        let decoder = JSONCoding.makeDecoder()
        decoder.userInfo[DecodingFallbacks.key] = issues
        if strict { decoder.userInfo[.strictDecoding] = true }
        return (try decoder.decode(T.self, from: Data(json.utf8)), issues.all)
    }

    @Test func aPlainDecoderFillsInTheMissingMemberAndSaysWhere() throws {
        let (response, issues) = try decode(ModelResponse.self, Self.documentedAnswer)
        let text = try #require(response.output.first?.content.first)
        #expect(text.text == "Silent circuits hum.")
        #expect(text.logprobs.isEmpty)
        #expect(issues == [DecodingIssue(path: "$.output[0].content[0].logprobs", kind: .missingMember, typeName: "Array<LogProb>")])
        #expect("\(issues[0])" == "$.output[0].content[0].logprobs: required member is missing; decoded as an empty Array<LogProb>")
        // Without a collector nothing is reported, and the value is the same.
        #expect(try JSONDecoder().decode(ModelResponse.self, from: Data(Self.documentedAnswer.utf8)) == response)
    }

    @Test func strictModeRefusesItWithThePath() throws {
        let error = try #require(throws: DecodingError.self) { try decode(ModelResponse.self, Self.documentedAnswer, strict: true) }
        let failure = DecodingFailure(error, decoding: ModelResponse.self, operationID: "createResponse", status: 200, requestID: "req_1")
        #expect(failure.path == "$.output[0].content[0].logprobs")
        #expect(
            "\(failure)"
                == "cannot decode ModelResponse at $.output[0].content[0].logprobs: required member is missing "
                + "(operation createResponse, status 200, request ID req_1)")
    }

    @Test func nullMembersAndMissingModelsGetEmptyValues() throws {
        let json = #"{"id": null, "output": [], "usage": null}"#
        let (response, issues) = try decode(ModelResponse.self, json)
        #expect(response.id == "")
        #expect(response.status == .undocumented(""))
        #expect(response.usage == ResponseUsage(inputTokens: 0, outputTokens: 0, totalTokens: 0))
        #expect(issues.map(\.path) == ["$.id", "$.status", "$.usage"])
        #expect(issues.map(\.kind) == [.nullMember, .missingMember, .nullMember])
    }

    @Test func membersWithoutASafeEmptyValueStillFail() throws {
        let tool = #"{"type": "function", "name": "lookup"}"#
        #expect(throws: DecodingError.self) { try decode(ScheduledRun.self, #"{"tool": \#(tool)}"#) }
        #expect(throws: DecodingError.self) { try decode(ScheduledRun.self, #"{"at": "2025-01-02T03:04:05Z"}"#) }
        let (run, issues) = try decode(ScheduledRun.self, #"{"at": "2025-01-02T03:04:05Z", "tool": \#(tool)}"#)
        #expect(run.at == Date(timeIntervalSince1970: 1_735_787_045))
        #expect(issues.isEmpty)
    }

    @Test func aWrongValueIsNotAMiss() throws {
        let wrong = Self.documentedAnswer.replacingOccurrences(of: #""text": "Silent circuits hum.""#, with: #""text": 42"#)
        let error = try #require(throws: DecodingError.self) { try decode(ModelResponse.self, wrong) }
        let failure = DecodingFailure(error, decoding: ModelResponse.self, operationID: "createResponse")
        #expect(failure.path == "$.output[0].content[0].text")
        #expect(failure.message == "expected a string, found a number")
    }

    /// Filled-in values are encoded like any other: the model does not remember them.
    @Test func aFilledInMemberIsEncodedWithItsEmptyValue() throws {
        let (response, _) = try decode(ModelResponse.self, Self.documentedAnswer)
        let encoded = String(decoding: try JSONCoding.makeEncoder().encode(response), as: UTF8.self)
        #expect(encoded.contains(#""logprobs":[]"#))
    }
}
