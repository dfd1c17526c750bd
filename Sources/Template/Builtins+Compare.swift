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
                    if a.isNull || b.isNull {
                        truth = a.isNull == b.isNull
                    } else {
                        switch b {
                        case .list, .map:
                            throw FunctionError("non-comparable type \(GoFormat.sprintf("%s", [b])): \(b.goTypeName)")
                        default:
                            if case .list = a { throw FunctionError("non-comparable types \(GoFormat.sprintf("%s", [a])): \(a.goTypeName), \(b.goTypeName): \(GoFormat.formatV(b))") }
                            if case .map = a { throw FunctionError("non-comparable types \(GoFormat.sprintf("%s", [a])): \(a.goTypeName), \(b.goTypeName): \(GoFormat.formatV(b))") }
                            truth = a == b
                        }
                    }
                }
            }
            if truth { return true }
        }
        return false
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
