/// Which file each declaration is written in, relative to the output folder.
enum FileLayout {
    /// The client and its servers.
    static let clientFile = "Client.swift"

    /// The file of an operation group's type.
    static func operationsFile(ofGroup typeName: String) -> String {
        "Operations/\(typeName).swift"
    }

    /// The file of the models only one group uses.
    static func modelFile(ofGroup typeName: String) -> String {
        "Models/\(typeName)Models.swift"
    }

    /// The file for a model used by several groups or none: one per initial letter, so a
    /// large SDK's shared models compile in parallel and a model's file never changes.
    static func sharedModelFile(for typeName: String) -> String {
        let initial = typeName.first { $0.isLetter }.map { String($0).uppercased() } ?? "Other"
        return "Models/SharedModels" + (initial.first!.isASCII ? initial : "Other") + ".swift"
    }
}
