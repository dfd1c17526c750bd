import KrelCore

/// eq/ne/lt/le/gt/ge with Go's basic-kind rules and error texts.
enum Comparison {
    enum Kind { case invalid, bool, int, uint, float, complex, string }

    static func kind(_ v: Value) -> Kind {
        switch v {
        case .bool: .bool
        case .int(_, let t): t.isUnsigned ? .uint : .int
        case .float: .float
        case .string: .string
        case .object(let o) where o is GoComplex: .complex
        default: .invalid
        }
    }

    static let badType = FunctionError("invalid type for comparison")

    static func incompatible(_ a: Value, _ b: Value) -> FunctionError {
        FunctionError("incompatible types for comparison: \(a.goTypeName) and \(b.goTypeName)")
    }

    private static func int(_ v: Value) -> Int64 { if case .int(let i, _) = v { return i }; return 0 }
    private static func uint(_ v: Value) -> UInt64 { if case .int(let i, _) = v { return UInt64(bitPattern: i) }; return 0 }
    private static func float(_ v: Value) -> Double { if case .float(let d) = v { return d }; return 0 }
    private static func string(_ v: Value) -> String { if case .string(let s) = v { return s }; return "" }

    static func eq(_ a: Value, _ others: [Value]) throws -> Bool {
        if others.isEmpty { throw FunctionError("missing argument for comparison") }
        let k1 = kind(a)
        for b in others {
            let k2 = kind(b)
            var truth = false
            if k1 != k2 {
                switch (k1, k2) {
                case (.int, .uint): truth = int(a) >= 0 && UInt64(int(a)) == uint(b)
                case (.uint, .int): truth = int(b) >= 0 && uint(a) == UInt64(int(b))
                default:
                    if !a.isNull && !b.isNull { throw incompatible(a, b) }
                }
            } else {
                switch k1 {
                case .bool: truth = a == b
                case .int: truth = int(a) == int(b)
                case .uint: truth = uint(a) == uint(b)
                case .float: truth = float(a) == float(b)
                case .string: truth = string(a) == string(b)
                case .complex: truth = a == b
                case .invalid:
                    truth = try compareNonBasic(a, b)
                }
            }
            if truth { return true }
        }
        return false
    }

    /// Go's eq for values of no basic kind (slices, maps, structs, pointers, nil): kinds
    /// must match unless one is nil; nil-able values compare by nil-ness; otherwise the
    /// second must be of a comparable type and both are compared as interfaces.
    private static func compareNonBasic(_ a: Value, _ b: Value) throws -> Bool {
        if !a.isNull && !b.isNull && a.goKindName != b.goKindName {
            throw FunctionError(
                "non-comparable types \(GoFormat.sprintf("%s", [a])): \(a.goTypeName), \(b.goTypeName): \(GoFormat.formatV(b))")
        }
        if isNil(a) || isNil(b) { return isNil(a) == isNil(b) }
        if !isComparable(b) {
            throw FunctionError("non-comparable type \(GoFormat.sprintf("%s", [b])): \(b.goTypeName)")
        }
        return a.goTypeName == b.goTypeName && a == b
    }

    /// Go's `isNil` for eq: nil itself, or a nil map/slice (an object without identity).
    private static func isNil(_ v: Value) -> Bool {
        switch v {
        case .null: true
        case .object(let o): (o.goKindName == "map" || o.goKindName == "slice") && o.identity.isNull
        default: false
        }
    }

    /// Slices and maps are not comparable in Go; structs and pointers are.
    private static func isComparable(_ v: Value) -> Bool {
        switch v {
        case .list, .map: false
        case .object(let o): o.goKindName != "map" && o.goKindName != "slice"
        default: true
        }
    }

    static func lt(_ a: Value, _ b: Value) throws -> Bool {
        let k1 = kind(a)
        if k1 == .invalid { throw badType }
        let k2 = kind(b)
        if k2 == .invalid { throw badType }
        if k1 != k2 {
            switch (k1, k2) {
            case (.int, .uint): return int(a) < 0 || UInt64(int(a)) < uint(b)
            case (.uint, .int): return int(b) >= 0 && uint(a) < UInt64(int(b))
            default: throw incompatible(a, b)
            }
        }
        switch k1 {
        case .bool, .complex, .invalid: throw badType
        case .float: return float(a) < float(b)
        case .int: return int(a) < int(b)
        case .uint: return uint(a) < uint(b)
        case .string: return Value.goStringLess(string(a), string(b))
        }
    }

    static func le(_ a: Value, _ b: Value) throws -> Bool {
        if try lt(a, b) { return true }
        return try eq(a, [b])
    }
}
