import KrelCore
import Template
import XCTest
@testable import Functions

/// Calls a registered function directly, as the executor would after its argument checks.
func invoke(_ name: String, _ arguments: Value...) throws -> Value {
    try invokeWith(name, arguments)
}

func invokeWith(_ name: String, _ arguments: [Value]) throws -> Value {
    guard let function = FunctionLibrary.helm[name] else {
        throw FunctionError("no function \(name)")
    }
    var call = FunctionCall(name: name, arguments: arguments, engine: nil)
    return try function.body(&call)
}

/// The message of the FunctionError a call throws, or nil when it succeeds.
func failure(_ name: String, _ arguments: Value...) -> String? {
    failure(name, arguments)
}

func failure(_ name: String, _ arguments: [Value]) -> String? {
    do {
        _ = try invokeWith(name, arguments)
        return nil
    } catch let error as FunctionError {
        return error.message
    } catch {
        return "\(error)"
    }
}

/// `%v` text of a call's result, the way a template prints it.
func printed(_ name: String, _ arguments: Value...) throws -> String {
    try invokeWith(name, arguments).goFormatted
}

// Shorthands for building arguments.
func s(_ v: String) -> Value { .string(v) }
func i(_ v: Int64) -> Value { .int(v, .int) }
func f(_ v: Double) -> Value { .float(v) }
func l(_ items: Value...) -> Value { .list(items) }
func d(_ pairs: KeyValuePairs<String, Value>) -> Value {
    var m: [String: Value] = [:]
    for (k, v) in pairs { m[k] = v }
    return .map(m)
}
