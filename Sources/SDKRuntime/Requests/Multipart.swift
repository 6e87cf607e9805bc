import Foundation

/// `multipart/form-data` bodies (RFC 7578).
enum Multipart {
    static func encode(_ fields: [ParameterTree.Pair]) -> (data: Data, contentType: String) {
        var parts: [Data] = []
        for field in fields {
            var part = Data()
            let quoted = Self.quoted(field.name)
            switch field.value {
            case .text(let text):
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"\r\n\r\n".utf8))
                part.append(Data(text.utf8))
            case .typed(let text, let contentType):
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"\r\n".utf8))
                part.append(Data("Content-Type: \(Self.headerSafe(contentType) ?? "text/plain")\r\n\r\n".utf8))
                part.append(Data(text.utf8))
            case .file(let file):
                let filename = file.filename.map(Self.quoted) ?? quoted
                let contentType = file.contentType.flatMap(Self.headerSafe) ?? "application/octet-stream"
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"; filename=\"\(filename)\"\r\n".utf8))
                part.append(Data("Content-Type: \(contentType)\r\n".utf8))
                for header in file.headers where header.name != .contentType && header.name != .contentDisposition {
                    part.append(Data("\(header.name.rawName): \(header.value)\r\n".utf8))
                }
                part.append(Data("\r\n".utf8))
                part.append(file.data)
            }
            parts.append(part)
        }
        // A fixed boundary keeps bodies reproducible; it changes only if a part contains it.
        var boundary = "sdkgen-boundary-7d1c5e0a"
        while parts.contains(where: { $0.range(of: Data(boundary.utf8)) != nil }) { boundary += "x" }
        var body = Data()
        for part in parts {
            body.append(Data("--\(boundary)\r\n".utf8))
            body.append(part)
            body.append(Data("\r\n".utf8))
        }
        body.append(Data("--\(boundary)--\r\n".utf8))
        return (body, "multipart/form-data; boundary=\(boundary)")
    }

    /// A field or file name as a quoted `name` or `filename` parameter holds it: quotes,
    /// backslashes, line breaks and NUL percent-encoded (as browsers do), so a name (an
    /// `additionalProperties` key, a file name) cannot end the header early.
    static func quoted(_ name: String) -> String {
        var result = ""
        for scalar in name.unicodeScalars {
            switch scalar {
            case "\"": result += "%22"
            case "\\": result += "%5C"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case "\0": result += "%00"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `value` when it can be a header value on its own line; `nil` otherwise.
    static func headerSafe(_ value: String) -> String? {
        value.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\0" } ? nil : value
    }
}
