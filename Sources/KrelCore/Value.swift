/// The one value model shared by YAML, templates, JSON and the release store.
///
/// Go code in Helm sees these as `interface{}` values of concrete Go types. Templates can
/// observe those types (`typeOf`, `printf "%T"`, `eq` type errors, `int` vs `int64`), so
/// each case carries a small tag naming the Go type it stands for. The tags default to
/// what YAML and JSON produce, so ordinary code can ignore them.
public enum Value: Sendable {
    /// Go `nil`.
    case null
    case bool(Bool)
    /// A Go integer. The bit pattern of unsigned types is stored as `Int64`.
    case int(Int64, IntType = .int)
    /// A Go `float64`.
    case float(Double)
    case string(String)
    /// A Go slice; elements are already `Value`s whatever the element type.
    case list([Value], ListType = .interfaces)
    /// A Go map with string keys. Iteration order is Go's: sorted keys (see `sortedKeys`).
    case map([String: Value], MapType = .interfaces)
    /// Typed objects templates can observe: capabilities, files, semver versions, times...
    /// Boxed (`indirect`) so the rare existential does not make every value 48 bytes wide.
    indirect case object(any GoObject)
}

/// The Go integer type a `.int` value stands for.
public enum IntType: UInt8, Sendable, Hashable {
    case int, int64, int32, int16, int8, uint, uint64, uint32, uint16, uint8

    public var goName: String {
        switch self {
        case .int: "int"
        case .int64: "int64"
        case .int32: "int32"
        case .int16: "int16"
        case .int8: "int8"
        case .uint: "uint"
        case .uint64: "uint64"
        case .uint32: "uint32"
        case .uint16: "uint16"
        case .uint8: "uint8"
        }
    }

    public var isUnsigned: Bool {
        switch self {
        case .uint, .uint64, .uint32, .uint16, .uint8: true
        default: false
        }
    }
}

/// The Go slice type a `.list` value stands for.
public enum ListType: UInt8, Sendable, Hashable {
    /// `[]interface {}`: YAML, JSON, `list`.
    case interfaces
    /// `[]string`: `splitList`, `keys`, `regexFindAll`, ...
    case strings
    /// `[]int`: `until`, `untilStep`.
    case ints
    /// `[]uint8`: `.Files.GetBytes`.
    case bytes
    /// `[][]interface {}`: `chunk`.
    case interfaceLists

    public var goName: String {
        switch self {
        case .interfaces: "[]interface {}"
        case .strings: "[]string"
        case .ints: "[]int"
        case .bytes: "[]uint8"
        case .interfaceLists: "[][]interface {}"
        }
    }
}

/// The Go map type a `.map` value stands for.
public enum MapType: UInt8, Sendable, Hashable {
    /// `map[string]interface {}`.
    case interfaces
    /// `map[string]string`: `split`, `splitn`.
    case strings
    /// Helm's `common.Values`: `.Values`, the root context, `.Template`.
    case helmValues

    public var goName: String {
        switch self {
        case .interfaces: "map[string]interface {}"
        case .strings: "map[string]string"
        case .helmValues: "common.Values"
        }
    }
}

/// A Go value that is neither a scalar, slice nor map: a struct or pointer with fields
/// and methods (`.Capabilities`, `.Files`, `*semver.Version`, `time.Time`, ...).
public protocol GoObject: Sendable {
    /// Go's `%T` name, e.g. `*semver.Version`.
    var goTypeName: String { get }
    /// Go's reflect kind name, e.g. `ptr`, `struct`.
    var goKindName: String { get }
    /// The text Go's `%v` prints (a `String()` method, or the struct form).
    var formatted: String { get }
    /// A field or method called with no arguments; nil when there is no such member.
    func member(_ name: String) -> Value?
    /// A method called with arguments; nil when there is no such method.
    func callMethod(_ name: String, arguments: [Value]) throws -> Value?
    /// Whether `name` is a method (as opposed to a field), so `.X 1` can be reported.
    func hasMethod(_ name: String) -> Bool
    /// Identity for equality: objects are equal when their keys are equal.
    var identity: Value { get }
}

extension GoObject {
    public var goKindName: String { "ptr" }
    public func callMethod(_ name: String, arguments: [Value]) throws -> Value? { nil }
    public func hasMethod(_ name: String) -> Bool { false }
}
