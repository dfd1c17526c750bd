/// Structural equality (Go's `reflect.DeepEqual` on the values krel models): the Go type
/// tags take part, so `int 1` and `int64 1` differ, as they do in Go.
extension Value: Equatable {
    public static func == (lhs: Value, rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a, let ta), .int(let b, let tb)): a == b && ta == tb
        case (.float(let a), .float(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.list(let a, let ta), .list(let b, let tb)): ta == tb && a == b
        case (.map(let a, let ta), .map(let b, let tb)): ta == tb && a == b
        case (.object(let a), .object(let b)): a.goTypeName == b.goTypeName && a.identity == b.identity
        default: false
        }
    }
}

extension Value: Hashable {
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .bool(let b): hasher.combine(1); hasher.combine(b)
        case .int(let i, let t): hasher.combine(2); hasher.combine(i); hasher.combine(t)
        case .float(let d): hasher.combine(3); hasher.combine(d)
        case .string(let s): hasher.combine(4); hasher.combine(s)
        case .list(let l, let t): hasher.combine(5); hasher.combine(t); hasher.combine(l)
        case .map(let m, let t):
            hasher.combine(6); hasher.combine(t); hasher.combine(m.count)
            // Order-independent: combine each entry's hash commutatively.
            var sum = 0
            for (k, v) in m { sum &+= Hasher.hash(k, v) }
            hasher.combine(sum)
        case .object(let o): hasher.combine(7); hasher.combine(o.goTypeName); hasher.combine(o.identity)
        }
    }
}

extension Hasher {
    fileprivate static func hash(_ k: String, _ v: Value) -> Int {
        var h = Hasher()
        h.combine(k)
        h.combine(v)
        return h.finalize()
    }
}
