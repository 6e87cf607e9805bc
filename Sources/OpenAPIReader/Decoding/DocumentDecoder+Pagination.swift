import SDKGenDiagnostics

// `x-speakeasy-pagination`, read leniently: an extension the reader cannot make sense of
// is a warning, and the operation is generated without page sequences.

extension DocumentDecoder {
    mutating func paginationExtension(_ node: Node) -> PaginationExtension? {
        guard node.entries != nil, let type = node["type"]?.scalar?.text else {
            log.warning("pagination", "'x-speakeasy-pagination' needs a 'type'; the operation is not paged", at: node.mark)
            return nil
        }
        var inputs: [PaginationExtension.Input] = []
        for input in node["inputs"]?.items ?? [] {
            guard let name = input["name"]?.scalar?.text, let location = input["in"]?.scalar?.text,
                let kind = input["type"]?.scalar?.text
            else {
                log.warning("pagination", "a pagination input needs 'name', 'in' and 'type'; it is ignored", at: input.mark)
                continue
            }
            inputs.append(PaginationExtension.Input(name: name, location: location, type: kind))
        }
        return PaginationExtension(
            type: type, inputs: inputs,
            nextCursor: node["outputs"]?["nextCursor"]?.scalar?.text,
            results: node["outputs"]?["results"]?.scalar?.text,
            mark: node.mark)
    }
}
