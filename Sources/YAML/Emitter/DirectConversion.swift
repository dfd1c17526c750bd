import KrelCore

/// The values as go-yaml v3's encoder sees them for toYamlPretty: no JSON step, so
/// floats keep Go's `%v` form (`1e+06`), NaN and infinities are `.nan`/`.inf`, and
/// every string is written as it is.
enum DirectConversion {
    static func convert(_ value: Value, depth: Int = 0) throws -> EmitterNode {
        // go-yaml v3's encoder has no depth limit; krel goes as deep as the stack allows.
        guard StackGuard.allows(depth: depth) else {
            throw YAMLEmitError("yaml: nesting too deep (\(depth) levels)")
        }
        switch value {
        case .null:
            return .literal("null")
        case .bool(let b):
            return .literal(b ? "true" : "false")
        case .int(let i, let type):
            return .literal(type.isUnsigned ? String(UInt64(bitPattern: i)) : String(i))
        case .float(let d):
            if d.isNaN { return .literal(".nan") }
            if d.isInfinite { return .literal(d < 0 ? "-.inf" : ".inf") }
            return .literal(GoFloatFormat.formatG(d))
        case .string(let s):
            return .string(RawBytes.replacingMarkers(s))
        case .list(let items, _):
            return .list(try items.map { try convert($0, depth: depth + 1) })
        case .map(let entries, _):
            return .map(try NaturalKeyOrder.sorted(Array(entries.keys)).map {
                ($0, try convert(entries[$0] ?? .null, depth: depth + 1))
            })
        case .object(let object):
            // Approximation: v3 would walk the struct's fields; use the JSON form's data.
            switch try object.jsonForm() {
            case .value(let v):
                return try convert(v, depth: depth + 1)
            case .fields(let fields):
                var map: [String: Value] = [:]
                for (name, v) in fields { map[name] = v }
                return try convert(.map(map), depth: depth + 1)
            }
        }
    }
}
