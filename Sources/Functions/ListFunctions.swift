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
///
/// Lists hold Go maps by reference: a function whose result holds (or is) elements of its
/// arguments reports them (`shareResult`), so a `set` on the element through the result is
/// seen through the argument, and back (see `DataPlace` in Template).
enum ListFunctions {
    static func register(into table: inout FunctionTable) {
        let list = TemplateFunction([], variadic: .any) { call in
            for index in call.arguments.indices { call.shareResult([.index(index)], withArgument: index) }
            return .list(Array(call.arguments))
        }
        table["list"] = list
        table["tuple"] = list
        both(&table, "append", "mustAppend", [.any, .any]) { call in
            let elements = try items(call.argument(0), "Cannot push on type")
            shareElements(&call, elements.indices.map { $0 })
            call.shareResult([.index(elements.count)], withArgument: 1)
            return .list(elements + [call.argument(1)])
        }
        table["push"] = table["append"]
        table["mustPush"] = table["mustAppend"]
        both(&table, "prepend", "mustPrepend", [.any, .any]) { call in
            let elements = try items(call.argument(0), "Cannot prepend on type")
            call.shareResult([.index(0)], withArgument: 1)
            shareElements(&call, elements.indices.map { $0 }, offset: 1)
            return .list([call.argument(1)] + elements)
        }
        both(&table, "first", "mustFirst", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot find first on type")
            guard let first = elements.first else { return .null }
            call.shareResult(withArgument: 0, at: [.index(0)])
            return first
        }
        both(&table, "last", "mustLast", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot find last on type")
            guard let last = elements.last else { return .null }
            call.shareResult(withArgument: 0, at: [.index(elements.count - 1)])
            return last
        }
        both(&table, "rest", "mustRest", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot find rest on type")
            shareElements(&call, Array(elements.indices.dropFirst()))
            return .list(Array(elements.dropFirst()))
        }
        both(&table, "initial", "mustInitial", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot find initial on type")
            shareElements(&call, Array(elements.indices.dropLast()))
            return .list(Array(elements.dropLast()))
        }
        both(&table, "reverse", "mustReverse", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot find reverse on type")
            shareElements(&call, elements.indices.reversed())
            return .list(elements.reversed())
        }
        both(&table, "uniq", "mustUniq", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot find uniq on type")
            var unique: [Value] = []
            var kept: [Int] = []
            for (index, item) in elements.enumerated() where !unique.contains(item) {
                unique.append(item)
                kept.append(index)
            }
            shareElements(&call, kept)
            return .list(unique)
        }
        both(&table, "without", "mustWithout", [.any], variadic: .any) { call in
            let omitted = call.arguments(from: 1)
            let elements = try items(call.argument(0), "Cannot find without on type")
            let kept = elements.indices.filter { !omitted.contains(elements[$0]) }
            shareElements(&call, kept)
            return .list(kept.map { elements[$0] })
        }
        both(&table, "has", "mustHas", [.any, .any]) { call in
            let haystack = call.argument(1)
            if haystack.isNull { return .bool(false) }
            return .bool(try items(haystack, "Cannot find has on type").contains(call.argument(0)))
        }
        both(&table, "compact", "mustCompact", [.any]) { call in
            let elements = try items(call.argument(0), "Cannot compact on type")
            let kept = elements.indices.filter { elements[$0].isTruthy }
            shareElements(&call, kept)
            return .list(kept.map { elements[$0] })
        }
        both(&table, "slice", "mustSlice", [.any], variadic: .any) { call in try slice(&call) }
        both(&table, "chunk", "mustChunk", [.int, .any]) { call in
            let elements = try items(call.argument(1), "Cannot chunk type")
            let size = try call.int(0)
            let chunks = try chunk(elements, size: size)
            if call.tracksSharing(ofArgument: 1), case .list(let pieces, _) = chunks {
                var index = 0
                for (c, piece) in pieces.enumerated() {
                    guard case .list(let members, _) = piece else { continue }
                    for m in members.indices {
                        call.shareResult([.index(c), .index(m)], withArgument: 1, at: [.index(index)])
                        index += 1
                    }
                }
            }
            return chunks
        }
        table["concat"] = TemplateFunction([], variadic: .any) { call in
            var joined: [Value] = []
            for (argument, value) in call.arguments.enumerated() {
                let list = collectionContents(value)
                if list.isNull { throw FunctionError(GoPanic.nilDereference) }
                guard case .list(let elements, _) = list else {
                    throw FunctionError("Cannot concat type \(list.goKindName) as list")
                }
                if call.tracksSharing(ofArgument: argument) {
                    for index in elements.indices {
                        call.shareResult([.index(joined.count + index)], withArgument: argument, at: [.index(index)])
                    }
                }
                joined += elements
            }
            return .list(joined)
        }
    }

    /// Reports that the result's element `offset + i` is the first argument's element
    /// `sources[i]` (a new list holding the same maps).
    private static func shareElements(_ call: inout FunctionCall, _ sources: [Int], offset: Int = 0) {
        guard call.tracksSharing(ofArgument: 0) else { return }
        for (position, source) in sources.enumerated() {
            call.shareResult([.index(offset + position)], withArgument: 0, at: [.index(source)])
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
        variadic: ParameterType? = nil, _ body: @escaping @Sendable (inout FunctionCall) throws -> Value
    ) {
        let function = TemplateFunction(parameters, variadic: variadic, body)
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
    static func slice(_ call: inout FunctionCall) throws -> Value {
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
        shareElements(&call, Array(Int(start)..<Int(end)))
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
