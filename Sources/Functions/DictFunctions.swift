import KrelCore
import Template

/// Sprig's dict functions.
///
/// Mutation: in Go, `set`, `unset`, `merge` and `mergeOverwrite` (and the must forms)
/// change the map passed as their first argument, and templates rely on seeing that
/// through the variable or field they passed (`$_ := set $d "k" v` then `$d.k`). krel's
/// maps are values, so these functions store the changed map back into
/// `call.arguments[0]` (keeping its Go type tag, e.g. `common.Values`) and the executor
/// writes that argument back to where it came from; see `FunctionLibrary.mutatingFunctions`.
enum DictFunctions {
    static func register(into table: inout FunctionTable) {
        table["dict"] = .variadic([], .any) { call in
            var map: [String: Value] = [:]
            var index = 0
            while index < call.arguments.count {
                let key = GoText.string(of: call.arguments[index])
                map[key] = index + 1 < call.arguments.count ? call.arguments[index + 1] : .string("")
                index += 2
            }
            return .map(map)
        }
        table["get"] = .fixed([.map, .string]) { call in
            try call.map(0).entries[try call.string(1)] ?? .string("")
        }
        table["set"] = TemplateFunction([.map, .string, .any]) { call in
            var (entries, type) = try call.map(0)
            entries[try call.string(1)] = call.argument(2)
            return storeMutated(&call, entries, type)
        }.mutatingFirstArgument()
        table["unset"] = TemplateFunction([.map, .string]) { call in
            var (entries, type) = try call.map(0)
            entries.removeValue(forKey: try call.string(1))
            return storeMutated(&call, entries, type)
        }.mutatingFirstArgument()
        table["hasKey"] = .fixed([.map, .string]) { .bool(try $0.map(0).entries[try $0.string(1)] != nil) }
        table["pluck"] = .variadic([.string], .map) { call in
            let key = try call.string(0)
            return .list(call.arguments(from: 1).compactMap { $0[key] })
        }
        table["keys"] = .variadic([], .map) { call in
            // Go's map order is random; sorted output is one of its possible results.
            var keys: [String] = []
            for dict in call.arguments { keys += dict.sortedKeys ?? [] }
            return GoText.stringList(keys)
        }
        table["values"] = .fixed([.map]) { call in
            let dict = call.argument(0)
            return .list((dict.sortedKeys ?? []).compactMap { dict[$0] })
        }
        table["pick"] = .variadic([.map], .string) { call in
            let entries = try call.map(0).entries
            var picked: [String: Value] = [:]
            for case .string(let key) in call.arguments(from: 1) { picked[key] = entries[key] }
            return .map(picked)
        }
        table["omit"] = .variadic([.map], .string) { call in
            var entries = try call.map(0).entries
            for case .string(let key) in call.arguments(from: 1) { entries.removeValue(forKey: key) }
            return .map(entries)
        }
        let merge = mergeFunction(overwrite: false)
        table["merge"] = merge
        table["mustMerge"] = merge
        let mergeOverwrite = mergeFunction(overwrite: true)
        table["mergeOverwrite"] = mergeOverwrite
        table["mustMergeOverwrite"] = mergeOverwrite
        let deepCopy = TemplateFunction.fixed([.any]) { call in
            // Values are already independent copies; only nil fails, as in copystructure.
            if call.argument(0).isNull {
                throw FunctionError("reflect: call of reflect.Value.Type on zero Value")
            }
            return call.argument(0)
        }
        table["deepCopy"] = deepCopy
        table["mustDeepCopy"] = deepCopy
        table["dig"] = .variadic([], .any) { try dig(Array($0.arguments)) }
    }

    /// Stores the changed map into the first argument (for the executor's write-back) and
    /// returns it as the function result, typed `map[string]interface {}` as Go's
    /// parameter conversion makes it.
    static func storeMutated(_ call: inout FunctionCall, _ entries: [String: Value], _ type: MapType) -> Value {
        call.arguments[0] = .map(entries, type)
        return .map(entries)
    }

    private static func mergeFunction(overwrite: Bool) -> TemplateFunction {
        TemplateFunction([.map], variadic: .map) { call in
            var (entries, type) = try call.map(0)
            for source in call.arguments.dropFirst() {
                guard case .map(let sourceEntries, _) = source else { continue }
                try GoMerge.merge(into: &entries, from: sourceEntries, overwrite: overwrite, depth: 0)
            }
            return storeMutated(&call, entries, type)
        }.mutatingFirstArgument()
    }

    /// `dig k1 k2 ... default dict`: walks nested `map[string]interface{}` values; a
    /// missing key gives the default. Go's type assertions fail on anything else.
    static func dig(_ arguments: [Value]) throws -> Value {
        guard arguments.count >= 3 else { throw FunctionError("dig needs at least three arguments") }
        guard case .map(var current, .interfaces) = arguments[arguments.count - 1] else {
            throw conversionError(arguments[arguments.count - 1], expected: "map[string]interface {}")
        }
        let fallback = arguments[arguments.count - 2]
        var keys: [String] = []
        for key in arguments.dropLast(2) {
            guard case .string(let k) = key else { throw conversionError(key, expected: "string") }
            keys.append(k)
        }
        for (index, key) in keys.enumerated() {
            guard let step = current[key] else { return fallback }
            if index == keys.count - 1 { return step }
            guard case .map(let next, .interfaces) = step else {
                throw conversionError(step, expected: "map[string]interface {}")
            }
            current = next
        }
        return fallback
    }

    /// Go's failed type assertion panic text.
    static func conversionError(_ value: Value, expected: String) -> FunctionError {
        let actual = value.isNull ? "nil" : value.goTypeName
        return FunctionError("interface conversion: interface {} is \(actual), not \(expected)")
    }
}
