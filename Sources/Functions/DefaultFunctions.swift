import KrelCore
import Template

/// Sprig's emptiness-based helpers. "Empty" is Sprig's `empty`: nil, false, 0, 0.0, "",
/// and empty lists and maps; structs and pointers (krel's objects) are never empty. That
/// is exactly Go template falsiness, so `Value.isTruthy` is reused.
enum DefaultFunctions {
    static func register(into table: inout FunctionTable) {
        table["default"] = TemplateFunction([.any], variadic: .any) { call in
            let given = call.argument(1)
            let chosen = call.arguments.count < 2 || !given.isTruthy ? 0 : 1
            // The chosen argument itself is the result (the same map, in Go).
            call.shareResult(withArgument: chosen)
            return call.argument(chosen)
        }
        table["empty"] = .fixed([.any]) { .bool(!$0.argument(0).isTruthy) }
        table["coalesce"] = TemplateFunction([], variadic: .any) { call in
            guard let chosen = call.arguments.firstIndex(where: \.isTruthy) else { return .null }
            call.shareResult(withArgument: chosen)
            return call.arguments[chosen]
        }
        table["all"] = .variadic([], .any) { .bool($0.arguments.allSatisfy(\.isTruthy)) }
        table["any"] = .variadic([], .any) { .bool($0.arguments.contains(where: \.isTruthy)) }
        table["ternary"] = TemplateFunction([.any, .any, .bool]) { call in
            let chosen = try call.bool(2) ? 0 : 1
            call.shareResult(withArgument: chosen)
            return call.argument(chosen)
        }
    }
}
