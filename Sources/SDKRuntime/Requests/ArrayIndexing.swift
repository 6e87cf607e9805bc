/// How arrays are named when they are flattened into `name=value` pairs: in form bodies,
/// in `deepObject` queries, and in exploded `form` queries of objects.
///
/// An array of plain values directly under a form body or an exploded query repeats its
/// name either way (`tag=a&tag=b`, OpenAPI's `form` style). What differs are arrays of
/// objects or arrays, arrays inside objects, and `deepObject` arrays, which OpenAPI leaves
/// undefined:
///
/// | | `items: [{price: A}, {price: B}]` | `meta: {tags: [a, b]}` | `deepObject` `expand: [a, b]` |
/// |---|---|---|---|
/// | ``indexed`` | `items[0][price]=A&items[1][price]=B` | `meta[tags][0]=a&meta[tags][1]=b` | `expand[0]=a&expand[1]=b` |
/// | ``repeated`` | `items[price]=A&items[price]=B` | `meta[tags]=a&meta[tags]=b` | `expand=a&expand=b` |
///
/// Generated code uses ``indexed``, which keeps the elements of an array of objects apart
/// (Rails, PHP, Stripe and most form parsers read it); an API that expects the names
/// repeated is generated with `formArrays: repeated` in its configuration.
@_spi(Generated) public enum ArrayIndexing: Sendable, Hashable {
    /// Each element's name carries its index in brackets.
    case indexed
    /// Each element takes the array's name.
    case repeated
}
