import KrelCore
import Template

/// Sprig's reflection helpers over the Go type tags krel values carry.
enum ReflectionFunctions {
    static func register(into table: inout FunctionTable) {
        table["typeOf"] = .fixed([.any]) { .string($0.argument(0).goTypeName) }
        table["typeIs"] = .fixed([.string, .any]) { .bool(try $0.string(0) == $0.argument(1).goTypeName) }
        table["typeIsLike"] = .fixed([.string, .any]) { call in
            let target = try call.string(0), actual = call.argument(1).goTypeName
            return .bool(target == actual || "*" + target == actual)
        }
        table["kindOf"] = .fixed([.any]) { .string($0.argument(0).goKindName) }
        table["kindIs"] = .fixed([.string, .any]) { .bool(try $0.string(0) == $0.argument(1).goKindName) }
        table["deepEqual"] = .fixed([.any, .any]) { .bool($0.argument(0) == $0.argument(1)) }
    }
}
