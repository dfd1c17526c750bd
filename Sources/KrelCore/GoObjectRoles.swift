/// Optional roles a `GoObject` can play beyond fields and methods. Consumers (template
/// executor, toJson/toYaml, len/index/range) check for them with `as?`.

/// A Go value of a named slice or map type (`common.VersionSet`, `engine.files`) or a
/// typed nil map: `len`, `index`, `range`, `empty` and `eq` see `collection`.
public protocol GoCollectionObject: GoObject {
    var collection: Value { get }
}

/// How `toJson`/`toYaml` write the object (Go's encoding/json of the struct).
public protocol GoEncodableObject: GoObject {
    /// The value to encode. Structs whose field order matters for toJson also adopt the
    /// YAML module's `GoJSONMarshalable`, which takes precedence.
    var encoded: Value { get }
}

/// A struct whose `String()` method has a pointer receiver. text/template prints an
/// addressable field with it (`{{ .Capabilities.KubeVersion }}` ⇒ `v1.35.0`), while the same
/// value passed to a function is formatted as the plain struct (`formatted`).
public protocol GoPointerStringer: GoObject {
    var pointerString: String { get }
}
