import KrelCore
import Template

/// Sprig's emptiness-based helpers. "Empty" is Sprig's `empty`: nil, false, 0, 0.0, "",
/// and empty lists and maps; structs and pointers (krel's objects) are never empty. That
/// is exactly Go template falsiness, so `Value.isTruthy` is reused.
enum DefaultFunctions {
    static func register(into table: inout FunctionTable) {
        table["default"] = .variadic([.any], .any) { call in
            let given = call.argument(1)
            return call.arguments.count < 2 || !given.isTruthy ? call.argument(0) : given
        }
        table["empty"] = .fixed([.any]) { .bool(!$0.argument(0).isTruthy) }
        table["coalesce"] = .variadic([], .any) { call in
            call.arguments.first(where: \.isTruthy) ?? .null
        }
        table["all"] = .variadic([], .any) { .bool($0.arguments.allSatisfy(\.isTruthy)) }
        table["any"] = .variadic([], .any) { .bool($0.arguments.contains(where: \.isTruthy)) }
        table["ternary"] = .fixed([.any, .any, .bool]) { try $0.bool(2) ? $0.argument(0) : $0.argument(1) }
    }
}
