import Foundation
import HTTPTypes

/// A file in a `multipart/form-data` body: its bytes, and the file name, media type and
/// other headers its part announces (`Content-Disposition: form-data; name="file";
/// filename="report.pdf"`, `Content-Type: application/pdf`, `Content-Language: de`).
///
/// Generated models use it for binary members of bodies sent as multipart. Without a file
/// name the part is named after its field; without a media type it is the one the spec's
/// `encoding` gives, else `application/octet-stream`. In JSON it is the bytes in base64,
/// like `Data`.
public struct FilePart: Codable, Hashable, Sendable {
    public var data: Data
    public var filename: String?
    public var contentType: String?
    /// More headers for the part, in order (an encoding's `headers` in the spec, such as
    /// `X-Rate-Limit-Limit` or `Content-Language`). `Content-Disposition` and `Content-Type`
    /// come from the field's name, `filename` and `contentType`, never from here.
    public var headers: HTTPFields

    /// A file of `data`, announced as `filename` and `contentType` when given, with
    /// `headers` in its part.
    public init(_ data: Data, filename: String? = nil, contentType: String? = nil, headers: HTTPFields = [:]) {
        self.data = data
        self.filename = filename
        self.contentType = contentType
        self.headers = headers
    }

    /// The bytes as `Data` decodes them (base64 in JSON).
    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(Data.self))
    }

    /// The bytes as `Data` encodes them; in a multipart body, the file with its name and
    /// media type.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        guard let marker = encoder.userInfo[Self.markingKey] as? String else {
            try container.encode(data)
            return
        }
        // Field values hold no line breaks (`HTTPFields` replaces them), so lines part them.
        let lines = headers.map { "\($0.name.rawName): \($0.value)" }.joined(separator: "\n")
        let fields = [filename ?? "", contentType ?? "", lines, data.base64EncodedString()]
        try container.encode(marker + Self.partTag + fields.map { Data($0.utf8).base64EncodedString() }.joined(separator: ":"))
    }

    /// The `userInfo` key of an encoder writing a multipart body: its value is the marker
    /// files' text starts with, made anew for each body, so that no string the caller
    /// sends can pass for a file.
    static let markingKey = CodingUserInfoKey(rawValue: "sdkgen.fileMarker")!
    /// A marker for one body's files.
    static func makeMarker() -> String { "\u{0}sdkgen-file-\(UUID().uuidString):" }
    /// After the marker: a file part with its name, media type and headers.
    private static let partTag = "part:"
    /// After the marker: plain `Data`.
    static let dataTag = "data:"

    /// The file a marked text holds, from what follows its marker.
    init(marked text: Substring) {
        guard text.hasPrefix(Self.partTag) else {
            self.init(Data(base64Encoded: String(text.dropFirst(Self.dataTag.count))) ?? Data())
            return
        }
        let fields = text.dropFirst(Self.partTag.count).split(separator: ":", omittingEmptySubsequences: false)
            .map { Data(base64Encoded: String($0)).map { String(decoding: $0, as: UTF8.self) } ?? "" }
        guard fields.count == 4 else {
            self.init(Data())
            return
        }
        var headers = HTTPFields()
        for line in fields[2].split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":"), let name = HTTPField.Name(String(line[..<colon])) else { continue }
            headers.append(HTTPField(name: name, value: String(line[line.index(after: colon)...].dropFirst())))
        }
        self.init(
            Data(base64Encoded: fields[3]) ?? Data(), filename: fields[0].isEmpty ? nil : fields[0],
            contentType: fields[1].isEmpty ? nil : fields[1], headers: headers)
    }
}
