import Foundation

/// The record of the API an output folder holds, so the next generation can say what it
/// changes: `.sdkgen-api` beside the Swift files, the generated header line and then the
/// `APISnapshot` as JSON with one type or operation per line, keys sorted. A hidden file,
/// so SwiftPM does not ask what it is; owned and checked like every generated file.
package enum APIManifest {
    /// The manifest's path in the output folder.
    package static let path = ".sdkgen-api"

    /// The manifest recording `api`.
    package static func file(for api: APISnapshot) -> GeneratedFile {
        var json = ManifestJSON()
        json.write(api)
        return GeneratedFile(path: path, bytes: Array((GeneratedFile.header + "\n").utf8) + json.utf8)
    }

    /// The API recorded in `directory`; `nil` when there is no manifest or it cannot be
    /// read (written by another version of sdkgen, or edited).
    package static func read(in directory: URL) -> APISnapshot? {
        guard let bytes = POSIXFile.read(directory.appendingPathComponent(path).path) else { return nil }
        let header = Array((GeneratedFile.header + "\n").utf8)
        guard bytes.starts(with: header) else { return nil }
        return try? JSONDecoder().decode(APISnapshot.self, from: Data(bytes[header.count...]))
    }
}
