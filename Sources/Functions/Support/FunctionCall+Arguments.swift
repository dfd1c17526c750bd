import KrelCore
import Template

/// Typed readers for arguments the executor has already checked against the declared
/// parameter types. A mismatch here means a registration bug, so it is reported as an
/// error rather than trusted blindly.
extension FunctionCall {
    /// The argument at `index`, or Go nil when the call has fewer arguments.
    func argument(_ index: Int) -> Value {
        index < arguments.count ? arguments[index] : .null
    }

    /// Arguments from `index` on (a variadic tail).
    func arguments(from index: Int) -> ArraySlice<Value> {
        index < arguments.count ? arguments[index...] : []
    }

    func string(_ index: Int) throws -> String {
        if case .string(let s) = argument(index) { return s }
        throw FunctionError("internal: argument \(index + 1) of \(name) is not a string")
    }

    func int(_ index: Int) throws -> Int64 {
        if case .int(let i, _) = argument(index) { return i }
        throw FunctionError("internal: argument \(index + 1) of \(name) is not an int")
    }

    func bool(_ index: Int) throws -> Bool {
        if case .bool(let b) = argument(index) { return b }
        throw FunctionError("internal: argument \(index + 1) of \(name) is not a bool")
    }

    func float(_ index: Int) throws -> Double {
        switch argument(index) {
        case .float(let d): return d
        case .int(let i, _): return Double(i)
        default: throw FunctionError("internal: argument \(index + 1) of \(name) is not a float64")
        }
    }

    /// A `map[string]interface{}` parameter: the entries and the original Go type tag.
    func map(_ index: Int) throws -> (entries: [String: Value], type: MapType) {
        if case .map(let m, let t) = argument(index) { return (m, t) }
        throw FunctionError("internal: argument \(index + 1) of \(name) is not a map")
    }
}

extension TemplateFunction {
    /// A function with a fixed parameter list whose body only needs the call's arguments.
    static func fixed(_ parameters: [ParameterType], _ body: @escaping @Sendable (FunctionCall) throws -> Value) -> TemplateFunction {
        TemplateFunction(parameters) { call in try body(call) }
    }

    static func variadic(
        _ parameters: [ParameterType], _ element: ParameterType,
        _ body: @escaping @Sendable (FunctionCall) throws -> Value
    ) -> TemplateFunction {
        TemplateFunction(parameters, variadic: element) { call in try body(call) }
    }
}

/// Go runtime panic texts that templates surface as `error calling NAME: TEXT`.
enum GoPanic {
    static let nilDereference = "runtime error: invalid memory address or nil pointer dereference"
    static let integerDivideByZero = "runtime error: integer divide by zero"
    static let makesliceLength = "runtime error: makeslice: len out of range"
    static let negativeRepeat = "strings: negative Repeat count"
    static let repeatOverflow = "strings: Repeat output length overflow"
}

/// Results larger than this are refused instead of exhausting memory (Go would try and
/// crash the process; a template tool should fail cleanly).
let maximumGeneratedElements = 50_000_000
