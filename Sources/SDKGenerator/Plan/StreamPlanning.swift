// The methods of operations answering with a stream of events: `createStream` beside
// `create` when the response also offers a plain body, else `create` itself.
//
// Runs after pagination, so a stream method's name never takes a name the operations or
// their sequences have; and after the models, as the request body's `stream` property is
// found through its planned type.

extension Planner {
    /// Names the stream methods of `groups` and documents them.
    static func planStreams(of groups: inout [PlannedGroup], types: PlannedTypes) {
        for groupIndex in groups.indices {
            let operations = groups[groupIndex].operations
            var taken = Set(operations.map(\.swiftName)).union([GeneratedLocals.client, "init"])
            for operation in operations {
                if let pagination = operation.pagination {
                    taken.insert(pagination.pagesName)
                    if let items = pagination.items { taken.insert(items.name) }
                }
            }
            var scope = Naming.Scope(reserved: taken)
            for index in operations.indices {
                guard var streaming = operations[index].streaming else { continue }
                let operation = operations[index]
                streaming.name = streaming.replacesSender ? operation.swiftName : scope.claim(operation.swiftName + "Stream")
                streaming.streamFlag = streamFlag(of: operation, types: types)
                streaming.documentation = documentation(of: operation, streaming: streaming)
                groups[groupIndex].operations[index].streaming = streaming
            }
        }
    }

    /// The JSON body's Boolean property named `stream`, which APIs answering both ways
    /// read to choose the stream.
    private static func streamFlag(of operation: PlannedOperation, types: PlannedTypes) -> PlannedPagination.PropertyStep? {
        guard operation.body?.format == .json,
            let argument = operation.arguments.first(where: { $0.label == GeneratedLocals.body }),
            let body = types.structure(argument.type),
            let property = body.properties.first(where: { $0.jsonName == "stream" && !$0.deprecated }),
            property.type == .builtin(.bool)
        else { return nil }
        return property.step
    }

    private static func documentation(of operation: PlannedOperation, streaming: PlannedStreaming) -> String {
        let framing: String
        switch streaming.format {
        case .serverSentEvents: framing = "server-sent events (`text/event-stream`)"
        case .jsonLines: framing = "JSON Lines values"
        case .jsonSequence: framing = "JSON text sequences (`application/json-seq`)"
        }
        let what = streaming.event == nil ? "each event is returned as the server framed it" : "each event is decoded and returned"
        var paragraphs = [
            streaming.replacesSender
                ? "Sends the request and returns the \(framing) of its response as they arrive."
                : "Sends the request of `\(operation.swiftName)` and returns the \(framing) of its response as they arrive.",
            "Nothing is sent until the sequence is read; \(what) as soon as it is complete. "
                + "Stopping early or cancelling the task stops the transfer.",
        ]
        if let flag = streaming.streamFlag {
            paragraphs.append("The body's `\(flag.swiftName)` is set to `true`, which asks the server for the stream.")
        }
        paragraphs.append("- Returns: The events, none requested yet.")
        return paragraphs.joined(separator: "\n\n")
    }
}
