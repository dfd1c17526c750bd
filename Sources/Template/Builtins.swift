import KrelCore

/// Go text/template's builtin functions. They are merged under the user's function table
/// (a user function of the same name wins, as with Go's `Funcs`).
public enum Builtins {
    public static let table: FunctionTable = [
        // and/or/call are evaluated specially by the executor; these bodies are fallbacks.
        "and": TemplateFunction([.any], variadic: .any) { call in
            for v in call.arguments where !isTrue(v) { return v }
            return call.arguments.last ?? .null
        },
        "or": TemplateFunction([.any], variadic: .any) { call in
            for v in call.arguments where isTrue(v) { return v }
            return call.arguments.last ?? .null
        },
        "call": TemplateFunction([.any], variadic: .any) { call in
            throw FunctionError(call.arguments.first?.isNull ?? true ? "call of nil" : "non-function of type \(call.arguments[0].goTypeName)")
        },
        "not": TemplateFunction([.any]) { call in .bool(!isTrue(call.arguments[0])) },
        "len": TemplateFunction([.any]) { call in try length(call.arguments[0]) },
        "index": TemplateFunction([.any], variadic: .any) { call in
            try index(call.arguments[0], Array(call.arguments.dropFirst()))
        },
        "slice": TemplateFunction([.any], variadic: .any) { call in
            try slice(call.arguments[0], Array(call.arguments.dropFirst()))
        },
        "print": TemplateFunction([], variadic: .any) { call in .string(GoFormat.sprint(call.arguments)) },
        "println": TemplateFunction([], variadic: .any) { call in .string(GoFormat.sprintln(call.arguments)) },
        "printf": TemplateFunction([.string], variadic: .any) { call in
            guard case .string(let format) = call.arguments[0] else { return .string("") }
            return .string(GoFormat.sprintf(format, Array(call.arguments.dropFirst())))
        },
        "html": TemplateFunction([], variadic: .any) { call in .string(Escaping.html(evalArgs(call.arguments))) },
        "js": TemplateFunction([], variadic: .any) { call in .string(Escaping.js(evalArgs(call.arguments))) },
        "urlquery": TemplateFunction([], variadic: .any) { call in .string(Escaping.queryEscape(evalArgs(call.arguments))) },
        "eq": TemplateFunction([.any], variadic: .any) { call in
            .bool(try Comparison.eq(call.arguments[0], Array(call.arguments.dropFirst())))
        },
        "ne": TemplateFunction([.any, .any]) { call in
            .bool(!(try Comparison.eq(call.arguments[0], [call.arguments[1]])))
        },
        "lt": TemplateFunction([.any, .any]) { call in .bool(try Comparison.lt(call.arguments[0], call.arguments[1])) },
        "le": TemplateFunction([.any, .any]) { call in .bool(try Comparison.le(call.arguments[0], call.arguments[1])) },
        "gt": TemplateFunction([.any, .any]) { call in .bool(!(try Comparison.le(call.arguments[0], call.arguments[1]))) },
        "ge": TemplateFunction([.any, .any]) { call in .bool(!(try Comparison.lt(call.arguments[0], call.arguments[1]))) },
    ]

    /// Go's `isTrue` for if/with/and/or/not.
    public static func isTrue(_ value: Value) -> Bool {
        if case .object(let o) = value, let c = o as? GoComplex { return c.real != 0 || c.imaginary != 0 }
        return value.isTruthy
    }

    /// Arguments of html/js/urlquery: one string as-is, otherwise Go's Sprint with nil
    /// printed as `<no value>`.
    static func evalArgs(_ args: [Value]) -> String {
        if args.count == 1, case .string(let s) = args[0] { return s }
        return GoFormat.sprint(args.map { $0.isNull ? .string("<no value>") : $0 })
    }

    /// A named slice or map type (`GoCollectionObject`) seen as its contents.
    static func contents(_ value: Value) -> Value {
        if case .object(let o as any GoCollectionObject) = value { return o.collection }
        return value
    }

    static func length(_ value: Value) throws -> Value {
        switch contents(value) {
        case .null: throw FunctionError("len of nil pointer")
        case .string(let s): return .int(Int64(RawBytes.containsMarkers(s) ? RawBytes.bytes(of: s).count : s.utf8.count))
        case .list(let l, _): return .int(Int64(l.count))
        case .map(let m, _): return .int(Int64(m.count))
        default: throw FunctionError("len of type \(value.goTypeName)")
        }
    }

    private static func indexArgument(_ index: Value, count: Int) throws -> Int {
        let x: Int64
        switch index {
        case .int(let i, let type): x = type.isUnsigned && i < 0 ? Int64.max : i
        case .null: throw FunctionError("cannot index slice/array with nil")
        default: throw FunctionError("cannot index slice/array with type \(index.goTypeName)")
        }
        if x < 0 || x > Int64(count) { throw FunctionError("index out of range: \(x)") }
        return Int(x)
    }

    static func index(_ item: Value, _ indexes: [Value]) throws -> Value {
        if item.isNull { throw FunctionError("index of untyped nil") }
        var current = item
        for index in indexes {
            switch contents(current) {
            case .null:
                throw FunctionError("index of nil pointer")
            case .list(let items, _):
                let x = try indexArgument(index, count: items.count)
                guard x < items.count else { throw FunctionError("reflect: slice index out of range") }
                current = items[x]
            case .string(let s):
                let bytes = Array(s.utf8)
                let x = try indexArgument(index, count: bytes.count)
                guard x < bytes.count else { throw FunctionError("reflect: string index out of range") }
                current = .int(Int64(bytes[x]), .uint8)
            case .map(let entries, let type):
                guard case .string(let key) = index else {
                    if index.isNull { throw FunctionError("value is nil; should be of type string") }
                    throw FunctionError("value has type \(index.goTypeName); should be string")
                }
                if let found = entries[key] {
                    current = found
                } else if case .object(let o) = current, let zero = o.member(key) {
                    current = zero  // a typed map's zero element (`.Files`: a nil []byte)
                } else {
                    current = type == .strings ? .string("") : .null
                }
            default:
                throw FunctionError("can't index item of type \(current.goTypeName)")
            }
        }
        return current
    }

    /// Go's builtin `slice` (Sprig replaces it in Helm's table).
    static func slice(_ item: Value, _ indexes: [Value]) throws -> Value {
        if item.isNull { throw FunctionError("slice of untyped nil") }
        if indexes.count > 3 { throw FunctionError("too many slice indexes: \(indexes.count)") }
        let count: Int
        let item = contents(item)
        switch item {
        case .list(let l, _): count = l.count
        case .string(let s):
            count = s.utf8.count
            if indexes.count == 3 { throw FunctionError("cannot 3-index slice a string") }
        default: throw FunctionError("can't slice item of type \(item.goTypeName)")
        }
        var bounds = [0, count]
        for (i, index) in indexes.prefix(2).enumerated() { bounds[i] = try indexArgument(index, count: count) }
        if bounds[0] > bounds[1] { throw FunctionError("invalid slice index: \(bounds[0]) > \(bounds[1])") }
        switch item {
        case .list(let l, let type): return .list(Array(l[bounds[0]..<bounds[1]]), type)
        case .string(let s): return .string(String(decoding: Array(s.utf8)[bounds[0]..<bounds[1]], as: UTF8.self))
        default: return .null
        }
    }
}
