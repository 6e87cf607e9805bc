// The methods of operations answering with a stream of events: `createStream` beside
// `create` when the response also offers a plain body, else `create` itself.
//
// Decided as the operation is planned, after its sequences of pages, so a stream method's
// name never takes a name they have; the request body's `stream` property is found
// through its planned type.

extension Planner {
    /// The method returning `operation`'s `events`, named in `names` and documented.
    static func streaming(
        _ events: Events, of operation: PlannedOperation, types: PlannedTypes, names: inout Naming.Scope
    ) -> PlannedStreaming {
        let flag = streamFlag(of: operation, types: types)
        return PlannedStreaming(
            name: events.replacesSender ? operation.swiftName : names.claim(operation.swiftName + "Stream"),
            format: events.format, event: events.event, replacesSender: events.replacesSender, streamFlag: flag,
            documentation: documentation(of: events, operation: operation.swiftName, flag: flag))
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

    private static func documentation(of events: Events, operation: String, flag: PlannedPagination.PropertyStep?) -> String {
        let framing: String
        switch events.format {
        case .serverSentEvents: framing = "server-sent events (`text/event-stream`)"
        case .jsonLines: framing = "JSON Lines values"
        case .jsonSequence: framing = "JSON text sequences (`application/json-seq`)"
        }
        let what = events.event == nil ? "each event is returned as the server framed it" : "each event is decoded and returned"
        var paragraphs = [
            events.replacesSender
                ? "Sends the request and returns the \(framing) of its response as they arrive."
                : "Sends the request of `\(operation)` and returns the \(framing) of its response as they arrive.",
            "Nothing is sent until the sequence is read; \(what) as soon as it is complete. "
                + "Stopping early or cancelling the task stops the transfer.",
        ]
        if let flag {
            paragraphs.append("The body's `\(flag.swiftName)` is set to `true`, which asks the server for the stream.")
        }
        paragraphs.append("- Returns: The events, none requested yet.")
        return paragraphs.joined(separator: "\n\n")
    }
}
