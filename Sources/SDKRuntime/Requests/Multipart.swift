import Foundation

/// `multipart/form-data` bodies (RFC 7578).
enum Multipart {
    static func encode(_ fields: [ParameterTree.Pair]) -> (data: Data, contentType: String) {
        var parts: [Data] = []
        for field in fields {
            var part = Data()
            let quoted = field.name.replacingOccurrences(of: "\"", with: "%22")
            switch field.value {
            case .text(let text):
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"\r\n\r\n".utf8))
                part.append(Data(text.utf8))
            case .file(let data):
                part.append(Data("Content-Disposition: form-data; name=\"\(quoted)\"; filename=\"\(quoted)\"\r\n".utf8))
                part.append(Data("Content-Type: application/octet-stream\r\n\r\n".utf8))
                part.append(data)
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
}
