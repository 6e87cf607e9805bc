/// The limits every document read is held to, so that a hostile or broken document is an
/// error naming the limit, never a crash, a hang or the machine's memory used up. Each is
/// far above what real specs need (the largest in the test corpus are 3 MB, 638
/// operations, 120,000 nodes, nested 21 deep); the sdkgen catalog's SpecLimits article lists them.
package enum ReaderLimits {
    /// The largest document read, in bytes.
    package static let maxDocumentBytes = 32 << 20
    /// The deepest nesting of sequences and mappings (YAML, aliases expanded) or arrays and
    /// objects (JSON); also how deep schemas may nest inside one another, `$ref`s followed
    /// included.
    package static let maxDepth = 256
    /// The most nodes a document may hold, YAML aliases counted as many nodes as they
    /// stand for.
    package static let maxNodes = 2_000_000
    /// The most nodes YAML aliases may stand for, all aliases together: a few lines of
    /// aliases to aliases (a "billion laughs") would otherwise make millions of nodes,
    /// and as many generated declarations.
    package static let maxAliasNodes = 500_000
    /// The most bytes of scalar text YAML aliases may stand for, all aliases together: an
    /// alias of a large scalar is one node, but a description anchored once and aliased
    /// hundreds of times would be hundreds of MB of generated code. As much as the largest
    /// document.
    package static let maxAliasBytes = maxDocumentBytes
    /// The longest scalar (a string, a number, a key), in bytes.
    package static let maxScalarBytes = 1 << 20
    /// The most operations a document may define.
    package static let maxOperations = 10_000

    // The messages for each limit passed, the same from every reader; each names the limit.

    static func documentTooLarge(_ bytes: Int) -> String {
        "the document is \(bytes) bytes, larger than the limit of \(describeBytes(maxDocumentBytes))"
    }

    static let nestingTooDeep = "nesting is deeper than the limit of \(maxDepth) levels"
    static let schemasTooDeep = "schemas nest, through $ref, deeper than the limit of \(maxDepth) levels"
    static let tooManyNodes = "the document has more nodes, aliases expanded, than the limit of \(maxNodes)"
    static let aliasesTooLarge = "aliases stand for more nodes than the limit of \(maxAliasNodes)"
    static let aliasesTooLong = "aliases stand for more bytes of text than the limit of \(describeBytes(maxAliasBytes))"
    static let aliasTooDeep = "an alias here would nest deeper than the limit of \(maxDepth) levels"
    static let tooManyOperations = "the document has more operations than the limit of \(maxOperations)"

    static func scalarTooLong(_ bytes: Int) -> String {
        "a scalar of \(bytes) bytes is longer than the limit of \(describeBytes(maxScalarBytes))"
    }

    /// A size in bytes as people say it: `32 MiB`, `1 MiB`, `512 KiB`, or bytes.
    static func describeBytes(_ bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
