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
/// They also report what they changed (`recordAssignment`), and every function here whose
/// result holds or is an argument's map reports it (`shareResult`): in Go those are the
/// same maps, so a later `set` through one is seen through the other.
enum DictFunctions {
    static func register(into table: inout FunctionTable) {
        table["dict"] = TemplateFunction([], variadic: .any) { call in
            var map: [String: Value] = [:]
            var index = 0
            while index < call.arguments.count {
                let key = GoText.string(of: call.arguments[index])
                map[key] = index + 1 < call.arguments.count ? call.arguments[index + 1] : .string("")
                call.shareResult([.key(key)], withArgument: index + 1)
                index += 2
            }
            return .map(map)
        }
        table["get"] = TemplateFunction([.map, .string]) { call in
            let key = try call.string(1)
            guard let value = try call.map(0).entries[key] else { return .string("") }
            call.shareResult(withArgument: 0, at: [.key(key)])
            return value
        }
        table["set"] = TemplateFunction([.map, .string, .any]) { call in
            var (entries, type) = try call.map(0)
            let key = try call.string(1)
            entries[key] = call.argument(2)
            call.recordAssignment(at: [.key(key)], fromArgument: 2)
            return storeMutated(&call, entries, type)
        }.mutatingFirstArgument()
        table["unset"] = TemplateFunction([.map, .string]) { call in
            var (entries, type) = try call.map(0)
            let key = try call.string(1)
            entries.removeValue(forKey: key)
            call.recordAssignment(at: [.key(key)])
            return storeMutated(&call, entries, type)
        }.mutatingFirstArgument()
        table["hasKey"] = .fixed([.map, .string]) { .bool(try $0.map(0).entries[try $0.string(1)] != nil) }
        table["pluck"] = TemplateFunction([.string], variadic: .map) { call in
            let key = try call.string(0)
            var found: [Value] = []
            for index in 1..<max(1, call.arguments.count) {
                guard let value = call.arguments[index][key] else { continue }
                call.shareResult([.index(found.count)], withArgument: index, at: [.key(key)])
                found.append(value)
            }
            return .list(found)
        }
        table["keys"] = .variadic([], .map) { call in
            // Go's map order is random; sorted output is one of its possible results.
            var keys: [String] = []
            for dict in call.arguments { keys += dict.sortedKeys ?? [] }
            return GoText.stringList(keys)
        }
        table["values"] = TemplateFunction([.map]) { call in
            let dict = call.argument(0)
            var values: [Value] = []
            for key in dict.sortedKeys ?? [] {
                guard let value = dict[key] else { continue }
                call.shareResult([.index(values.count)], withArgument: 0, at: [.key(key)])
                values.append(value)
            }
            return .list(values)
        }
        table["pick"] = TemplateFunction([.map], variadic: .string) { call in
            let entries = try call.map(0).entries
            var picked: [String: Value] = [:]
            for case .string(let key) in call.arguments(from: 1) { picked[key] = entries[key] }
            shareEntries(&call, of: picked)
            return .map(picked)
        }
        table["omit"] = TemplateFunction([.map], variadic: .string) { call in
            var entries = try call.map(0).entries
            for case .string(let key) in call.arguments(from: 1) { entries.removeValue(forKey: key) }
            shareEntries(&call, of: entries)
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
        table["dig"] = TemplateFunction([], variadic: .any) { call in
            let result = try dig(Array(call.arguments))
            if call.tracksSharing, result.found {
                let keys = call.arguments.dropLast(2).map { PathStep.key($0.stringValue ?? "") }
                call.shareResult(withArgument: call.arguments.count - 1, at: keys)
            }
            return result.value
        }
    }

    /// Reports each entry of a map built from the first argument's entries as shared.
    private static func shareEntries(_ call: inout FunctionCall, of entries: [String: Value]) {
        guard call.tracksSharing(ofArgument: 0) else { return }
        for key in entries.keys { call.shareResult([.key(key)], withArgument: 0, at: [.key(key)]) }
    }

    /// Stores the changed map into the first argument (for the executor's write-back) and
    /// returns it as the function result, typed `map[string]interface {}` as Go's
    /// parameter conversion makes it: the same map as the first argument.
    static func storeMutated(_ call: inout FunctionCall, _ entries: [String: Value], _ type: MapType) -> Value {
        call.arguments[0] = .map(entries, type)
        call.shareResult(withArgument: 0)
        return .map(entries)
    }

    private static func mergeFunction(overwrite: Bool) -> TemplateFunction {
        TemplateFunction([.map], variadic: .map) { call in
            var (entries, type) = try call.map(0)
            for index in 1..<max(1, call.arguments.count) {
                guard case .map(let sourceEntries, _) = call.arguments[index] else { continue }
                // Paths of the assigned elements, only when the executor tracks them.
                var assigned: [[PathStep]]? = call.tracksSharing ? [] : nil
                try GoMerge.merge(into: &entries, from: sourceEntries, overwrite: overwrite, depth: 0, assigned: &assigned)
                for path in assigned ?? [] { call.recordAssignment(at: path, fromArgument: index, at: path) }
            }
            return storeMutated(&call, entries, type)
        }.mutatingFirstArgument()
    }

    /// `dig k1 k2 ... default dict`: walks nested `map[string]interface{}` values; a
    /// missing key gives the default. Go's type assertions fail on anything else.
    static func dig(_ arguments: [Value]) throws -> (value: Value, found: Bool) {
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
            guard let step = current[key] else { return (fallback, false) }
            if index == keys.count - 1 { return (step, true) }
            guard case .map(let next, .interfaces) = step else {
                throw conversionError(step, expected: "map[string]interface {}")
            }
            current = next
        }
        return (fallback, false)
    }

    /// Go's failed type assertion panic text.
    static func conversionError(_ value: Value, expected: String) -> FunctionError {
        let actual = value.isNull ? "nil" : value.goTypeName
        return FunctionError("interface conversion: interface {} is \(actual), not \(expected)")
    }
}
