/// How a query parameter that is not a single value is laid out: OpenAPI's `style` and
/// `explode`, for arrays, objects and unions holding either.
///
/// | style | array `[a, b]` | object `{x: 1, y: 2}` |
/// |---|---|---|
/// | `form(explode: true)` | `id=a&id=b` | `x=1&y=2` |
/// | `form(explode: false)` | `id=a,b` | `id=x,1,y,2` |
/// | `spaceDelimited` | `id=a b` | `id=x 1 y 2` |
/// | `pipeDelimited` | `id=a\|b` | `id=x\|1\|y\|2` |
/// | `deepObject` | `id[0]=a&id[1]=b` | `id[x]=1&id[y]=2` |
///
/// Names and values are percent-encoded when sent, delimiters and brackets too (`,` as
/// `%2C`, a space as `%20`, `|` as `%7C`, `[` as `%5B`). A single value is `id=value` in
/// every style; `nil`, `null` and empty arrays add nothing. Objects and arrays nested
/// deeper go into brackets as in form bodies (`id[x][0]=a`, see ``ArrayIndexing``); in
/// the delimited styles they are written as JSON text.
@_spi(Generated) public enum QueryStyle: Sendable, Hashable {
    /// `form`, the default style of query parameters; exploded by default.
    case form(explode: Bool)
    /// `spaceDelimited`, not exploded; exploded, it is `form(explode: true)`.
    case spaceDelimited
    /// `pipeDelimited`, not exploded; exploded, it is `form(explode: true)`.
    case pipeDelimited
    /// `deepObject`: each member as `name[key]=value`, each element as `name[index]=value`.
    case deepObject
}
