import KrelCore

/// JSON-level typing and equality (numbers compare by value, whatever their Go type).
enum SchemaEquality {
    static func jsonType(_ v: Value) -> String {
        switch v {
        case .null: "null"
        case .bool: "boolean"
        case .int, .float: "number"
        case .string, .object: "string"
        case .list: "array"
        case .map: "object"
        }
    }

    static func number(_ v: Value) -> Double? {
        switch v {
        case .int(let i, let t): t.isUnsigned ? Double(UInt64(bitPattern: i)) : Double(i)
        case .float(let d): d
        default: nil
        }
    }

    static func isInteger(_ v: Value) -> Bool {
        switch v {
        case .int: true
        case .float(let d): d.isFinite && d.rounded(.towardZero) == d
        default: false
        }
    }

    static func equal(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.list(let x, _), .list(let y, _)):
            return x.count == y.count && zip(x, y).allSatisfy { equal($0, $1) }
        case (.map(let x, _), .map(let y, _)):
            return x.count == y.count && x.allSatisfy { key, value in y[key].map { equal(value, $0) } ?? false }
        default:
            if let x = number(a), let y = number(b) {
                if case .int(let i, _) = a, case .int(let j, _) = b { return i == j }
                return x == y
            }
            return false
        }
    }
}
