#if canImport(Glibc)
import Glibc  // floor and fmod (libm)
#elseif canImport(Darwin)
import Darwin
#endif
import KrelCore
import Template

/// Sprig's list functions. They accept any Go slice; a non-slice is an error naming its
/// reflect kind (`Cannot find first on type string`), and nil panics as a nil
/// dereference because Sprig calls `reflect.TypeOf(nil).Kind()`. The must* variants
/// return the same texts (the plain ones panic with them, which templates report the
/// same way).
enum ListFunctions {
    static func register(into table: inout FunctionTable) {
        let list = TemplateFunction.variadic([], .any) { .list(Array($0.arguments)) }
        table["list"] = list
        table["tuple"] = list
        both(&table, "append", "mustAppend", [.any, .any]) { call in
            .list(try items(call.argument(0), "Cannot push on type") + [call.argument(1)])
        }
        table["push"] = table["append"]
        table["mustPush"] = table["mustAppend"]
        both(&table, "prepend", "mustPrepend", [.any, .any]) { call in
            .list([call.argument(1)] + (try items(call.argument(0), "Cannot prepend on type")))
        }
        both(&table, "first", "mustFirst", [.any]) { call in
            try items(call.argument(0), "Cannot find first on type").first ?? .null
        }
        both(&table, "last", "mustLast", [.any]) { call in
            try items(call.argument(0), "Cannot find last on type").last ?? .null
        }
        both(&table, "rest", "mustRest", [.any]) { call in
            .list(Array(try items(call.argument(0), "Cannot find rest on type").dropFirst()))
        }
        both(&table, "initial", "mustInitial", [.any]) { call in
            .list(Array(try items(call.argument(0), "Cannot find initial on type").dropLast()))
        }
        both(&table, "reverse", "mustReverse", [.any]) { call in
            .list(try items(call.argument(0), "Cannot find reverse on type").reversed())
        }
        both(&table, "uniq", "mustUniq", [.any]) { call in
            var unique: [Value] = []
            for item in try items(call.argument(0), "Cannot find uniq on type") where !unique.contains(item) {
                unique.append(item)
            }
            return .list(unique)
        }
        both(&table, "without", "mustWithout", [.any], variadic: .any) { call in
            let omitted = call.arguments(from: 1)
            return .list(try items(call.argument(0), "Cannot find without on type").filter { !omitted.contains($0) })
        }
        both(&table, "has", "mustHas", [.any, .any]) { call in
            let haystack = call.argument(1)
            if haystack.isNull { return .bool(false) }
            return .bool(try items(haystack, "Cannot find has on type").contains(call.argument(0)))
        }
        both(&table, "compact", "mustCompact", [.any]) { call in
            .list(try items(call.argument(0), "Cannot compact on type").filter(\.isTruthy))
        }
        both(&table, "slice", "mustSlice", [.any], variadic: .any) { call in try slice(call) }
        both(&table, "chunk", "mustChunk", [.int, .any]) { call in
            try chunk(try items(call.argument(1), "Cannot chunk type"), size: try call.int(0))
        }
        table["concat"] = .variadic([], .any) { call in
            var joined: [Value] = []
            for list in call.arguments.map(collectionContents) {
                if list.isNull { throw FunctionError(GoPanic.nilDereference) }
                guard case .list(let elements, _) = list else {
                    throw FunctionError("Cannot concat type \(list.goKindName) as list")
                }
                joined += elements
            }
            return .list(joined)
        }
    }

    /// A named slice or map type (`.Capabilities.APIVersions`) is used through its contents.
    static func collectionContents(_ value: Value) -> Value {
        if case .object(let o as any GoCollectionObject) = value { return o.collection }
        return value
    }

    /// Registers a function under its plain and must names.
    private static func both(
        _ table: inout FunctionTable, _ name: String, _ mustName: String, _ parameters: [ParameterType],
        variadic: ParameterType? = nil, _ body: @escaping @Sendable (FunctionCall) throws -> Value
    ) {
        let function = TemplateFunction(parameters, variadic: variadic) { call in try body(call) }
        table[name] = function
        table[mustName] = function
    }

    /// The elements of a slice argument, or Sprig's error for anything else.
    static func items(_ value: Value, _ errorPrefix: String) throws -> [Value] {
        switch collectionContents(value) {
        case .list(let elements, _): return elements
        case .null: throw FunctionError(GoPanic.nilDereference)
        default: throw FunctionError("\(errorPrefix) \(value.goKindName)")
        }
    }

    /// `slice l [start [end]]`: indices go through cast.ToInt; the result keeps the slice
    /// type; an empty list gives nil.
    static func slice(_ call: FunctionCall) throws -> Value {
        let list = collectionContents(call.argument(0))
        guard case .list(let elements, let type) = list else {
            if list.isNull { throw FunctionError(GoPanic.nilDereference) }
            throw FunctionError("list should be type of slice or array but \(list.goKindName)")
        }
        if elements.isEmpty { return .null }
        let indices = call.arguments(from: 1)
        let start = indices.isEmpty ? 0 : GoCast.toInt(indices[indices.startIndex])
        let end = indices.count < 2 ? Int64(elements.count) : GoCast.toInt(indices[indices.startIndex + 1])
        guard start >= 0, end >= start, end <= Int64(elements.count) else {
            throw FunctionError("reflect.Value.Slice: slice index out of bounds")
        }
        return .list(Array(elements[Int(start)..<Int(end)]), type)
    }

    /// `chunk size l`: Sprig computes the chunk count with float arithmetic, so a zero
    /// or negative size gives Go's makeslice panic or an empty result exactly as Go does.
    static func chunk(_ elements: [Value], size: Int64) throws -> Value {
        let count = elements.count
        let chunkCount = GoCast.truncatingInt64((Double(count - 1) / Double(size)).rounded(.down) + 1)
        guard chunkCount >= 0, chunkCount <= Int64(maximumGeneratedElements) else {
            throw FunctionError(GoPanic.makesliceLength)
        }
        var chunks: [Value] = []
        chunks.reserveCapacity(Int(chunkCount))
        for index in 0..<Int(chunkCount) {
            var length = size
            if index == Int(chunkCount) - 1 {
                let remainder = Double(count).truncatingRemainder(dividingBy: Double(size))
                length = GoCast.truncatingInt64(remainder.rounded(.down))
                if length == 0 { length = size }
            }
            guard length >= 0, length <= Int64(maximumGeneratedElements) else {
                throw FunctionError(GoPanic.makesliceLength)
            }
            var piece: [Value] = []
            for offset in 0..<Int(length) {
                let position = Int64(index) * size + Int64(offset)
                guard position >= 0, position < Int64(count) else {
                    throw FunctionError("reflect: slice index out of range")
                }
                piece.append(elements[Int(position)])
            }
            chunks.append(.list(piece))
        }
        return .list(chunks, .interfaceLists)
    }
}
