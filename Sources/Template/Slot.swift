import KrelCore

/// A value during execution, plus whether Go would see it through an `interface{}`-typed
/// slot (a map element or `[]interface{}` element). Go's messages depend on that:
/// `nil pointer evaluating interface {}.x` versus a quiet nil, and `wrong type for value;
/// … got interface {}`. A nil value that is not boxed is Go's "invalid" (no value).
struct Slot {
    private var stored: Value
    var boxed: Bool
    /// Where the value lives, for containers reached from the data or a variable (see
    /// `Place`): reads go through it once the cell has changed, and mutating functions
    /// write back to it.
    private(set) var place: Place?
    /// The place's clock tick when `stored` was read.
    private var version: Int
    /// A struct field reached through a pointer (Go's addressable value): printed with a
    /// pointer-receiver `String()` method (`GoPointerStringer`).
    var addressable = false

    static var invalid: Slot { Slot(value: .null, boxed: false) }

    init(value: Value, boxed: Bool = false) {
        self.stored = value
        self.boxed = boxed
        self.place = nil
        self.version = 0
    }

    init(value: Value, addressable: Bool) {
        self.init(value: value)
        self.addressable = addressable
    }

    /// A slot for a container that lives at `place` (nil: a plain value).
    init(value: Value, boxed: Bool = false, place: Place?) {
        self.stored = value
        self.boxed = boxed
        self.place = place.flatMap { Place.isContainer(value) ? $0 : nil }
        self.version = place?.cell.clock.tick ?? 0
    }

    /// The value, as of now: a container whose place may have changed since this slot was
    /// made (any write of the render) is read again through its place (Go's map identity).
    var value: Value {
        // Optional chaining reads the tick without copying the place (a retain pair per read).
        guard let tick = place?.cell.clock.tick, tick != version, let live = place?.resolve(), Place.isContainer(live) else {
            return stored
        }
        return live
    }

    var isInvalid: Bool { !boxed && stored.isNull }

    /// The static Go type name: `interface {}` when boxed.
    var staticTypeName: String { boxed ? "interface {}" : value.goTypeName }

    /// What `evalPipeline` does after each command: look inside the interface.
    var unwrapped: Slot {
        var copy = self
        copy.boxed = false
        return copy
    }

    /// A slot for the element reached from this one by `step` (a field, key or index).
    func element(_ element: Value, boxed: Bool, step: PathStep) -> Slot {
        // Scalars never get a place: skip building the longer path for them.
        guard Place.isContainer(element), let place else { return Slot(value: element, boxed: boxed) }
        return Slot(value: element, boxed: boxed, place: place.appending(step))
    }

    /// The same value with a place of its own, so a variable holding a fresh map (`$d :=
    /// dict`) can be mutated and read back.
    func ownedPlace(_ clock: PlaceClock) -> Slot {
        if place != nil || !Place.isContainer(stored) { return self }
        return Slot(value: stored, boxed: boxed, place: Place(cell: DataCell(stored, clock: clock)))
    }

    /// `ownedPlace`, and a container reached by a path gets a cell of its own (its
    /// identity), so the variable keeps naming this map even if its position later holds
    /// another one (`$v := $a.x` then `set $a "x" (dict)`: `$v` is still the old map).
    func identifiedPlace(_ clock: PlaceClock) -> Slot {
        guard let place, !place.path.isEmpty else { return ownedPlace(clock) }
        guard let identity = place.identity() else { return self }
        return Slot(value: value, boxed: boxed, place: identity)
    }
}

/// A Go complex128 constant (`{{ 1i }}`); only printing and truthiness are needed.
struct GoComplex: GoObject {
    var real: Double
    var imaginary: Double

    var goTypeName: String { "complex128" }
    var goKindName: String { "complex128" }
    var formatted: String {
        var im = GoFloatFormat.formatG(imaginary)
        if !im.hasPrefix("-") && !im.hasPrefix("+") { im = "+" + im }
        return "(" + GoFloatFormat.formatG(real) + im + "i)"
    }
    func member(_ name: String) -> Value? { nil }
    var identity: Value { .list([.float(real), .float(imaginary)]) }
}

/// Thrown by a `GoObject` method to report an argument problem the way Go's executor
/// does for methods (`wrong number of args for Table: want 1 got 0`), without the
/// `error calling NAME:` prefix that ordinary method errors get.
public struct MethodArgumentError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension ParameterType {
    /// The Go type name used in argument errors.
    var goName: String {
        switch self {
        case .any: "interface {}"
        case .string: "string"
        case .bool: "bool"
        case .int: "int"
        case .int64: "int64"
        case .uint32: "uint32"
        case .float64: "float64"
        case .list: "[]interface {}"
        case .map: "map[string]interface {}"
        case .stringList: "[]string"
        case .time: "time.Time"
        }
    }

    /// Types whose zero value is nil (a nil argument is accepted).
    var canBeNil: Bool {
        switch self {
        case .any, .list, .map, .stringList: true
        default: false
        }
    }

    /// Whether a concrete value can be passed as this type.
    func accepts(_ value: Value) -> Bool {
        switch (self, value) {
        case (.any, _): true
        case (.string, .string), (.bool, .bool), (.float64, .float): true
        case (.int, .int(_, .int)), (.int64, .int(_, .int64)), (.uint32, .int(_, .uint32)): true
        case (.list, .list), (.map, .map): true
        case (.stringList, .list(_, .strings)): true
        case (.time, .object(let o)): o.goTypeName == "time.Time"
        default: false
        }
    }

    /// The value a nil argument becomes for this type.
    var nilValue: Value {
        switch self {
        case .list: .list([])
        case .stringList: .list([], .strings)
        case .map: .map([:])
        default: .null
        }
    }
}
