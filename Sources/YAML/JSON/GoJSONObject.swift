import KrelCore

/// How a Go object (a struct, a pointer, a type with `MarshalJSON`) appears to encoding/json.
///
/// `Value.object` hides a Go value whose JSON form only its owner knows: `.Capabilities`
/// marshals its exported fields in declaration order, a semver version marshals as its
/// string, a `time.Time` as RFC 3339 text. Owners describe that form with this enum.
public enum GoJSONForm: Sendable {
    /// The object marshals like this value (a string for `MarshalJSON` text types, ...).
    case value(Value)
    /// A struct: exported fields in declaration order, with their JSON names.
    case fields([(name: String, value: Value)])
}

/// Implemented by `GoObject`s that know their encoding/json form. Objects that don't
/// conform are marshalled through their `identity` value.
public protocol GoJSONMarshalable {
    func goJSONForm() throws -> GoJSONForm
}

/// An error with the exact text Go's encoding/json (or a library built on it) reports.
public struct GoJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    /// Byte offset in the input, for decoding errors (0 when not applicable).
    public let offset: Int

    public init(_ message: String, offset: Int = 0) {
        self.message = message
        self.offset = offset
    }

    public var description: String { message }
}

extension GoObject {
    /// The JSON form of this object: its `GoJSONMarshalable` form, else its identity.
    func jsonForm() throws -> GoJSONForm {
        if let m = self as? GoJSONMarshalable { return try m.goJSONForm() }
        if let e = self as? GoEncodableObject { return .value(e.encoded) }
        return .value(identity)
    }
}
