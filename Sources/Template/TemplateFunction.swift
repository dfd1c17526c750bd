import KrelCore

/// The Go parameter type a function declares. text/template checks each argument against
/// it before the call, with Go's messages (`wrong type for value; expected int; got
/// float64`), and untyped number literals written in the call take the parameter's type.
public enum ParameterType: Sendable, Hashable {
    /// `interface{}`: anything, nil included.
    case any
    case string
    case bool
    case int
    case int64
    case uint32
    case float64
    /// `[]interface{}` (any list value is accepted).
    case list
    /// `map[string]interface{}` (any map value is accepted, `.Values` included).
    case map
    /// `[]string`.
    case stringList
    /// Go's `time.Time` (a struct: nil and literals are refused; only objects whose Go
    /// type is `time.Time` are accepted).
    case time
}

/// One function of the template function table (a builtin, Sprig or Helm function).
public struct TemplateFunction: Sendable {
    /// Declared parameter types, in template order (the piped value is the last argument).
    public var parameters: [ParameterType]
    /// Element type of a trailing `...` parameter, if the function is variadic.
    public var variadic: ParameterType?
    /// The implementation. Arguments have been checked against `parameters` already.
    /// Throwing `FunctionError` makes the executor report `error calling NAME: MESSAGE`.
    public var body: @Sendable (inout FunctionCall) throws -> Value
    /// Go's function changes the map passed as its first argument in place (Sprig's
    /// `set`, `unset`, `merge`, ...). The body stores the changed map in
    /// `call.arguments[0]`; the executor writes it back to where the argument came from
    /// (a variable, a field chain, an `index` result), so later reads see the change.
    /// Such a function must also report what it changed with
    /// `FunctionCall.recordAssignment` (see `FunctionCall+Sharing.swift`).
    public var mutatesFirstArgument = false
    /// The function parses and runs template text it receives at run time (Helm's `tpl`),
    /// which may call mutating functions on maps built before the text is seen: the
    /// executor then tracks map identity as if a mutating function were called.
    public var runsTemplateText = false

    public init(
        _ parameters: [ParameterType], variadic: ParameterType? = nil,
        _ body: @escaping @Sendable (inout FunctionCall) throws -> Value
    ) {
        self.parameters = parameters
        self.variadic = variadic
        self.body = body
    }
}

extension TemplateFunction {
    /// This function, marked as changing its first argument in place.
    public func mutatingFirstArgument() -> TemplateFunction {
        var copy = self
        copy.mutatesFirstArgument = true
        return copy
    }

    /// This function, marked as running template text given at run time (`tpl`).
    public func runningTemplateText() -> TemplateFunction {
        var copy = self
        copy.runsTemplateText = true
        return copy
    }
}

/// What a function sees when it is called.
public struct FunctionCall {
    /// The function's name as written in the template.
    public let name: String
    /// The evaluated arguments, after Go's argument checks.
    public var arguments: [Value]
    /// The running engine, for functions that execute templates (`include`, `tpl`).
    public let engine: (any TemplateEngine)?
    /// Which parts of the result (and of a mutated first argument) are the arguments' own
    /// maps and lists; nil when the executor tracks no identity for this call. See
    /// `FunctionCall+Sharing.swift`.
    var sharing: SharingRecord?

    public init(name: String, arguments: [Value], engine: (any TemplateEngine)?) {
        self.name = name
        self.arguments = arguments
        self.engine = engine
    }
}

/// An error a function returns; the executor wraps it as `error calling NAME: MESSAGE`.
public struct FunctionError: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The services the executor offers to functions that run templates.
public protocol TemplateEngine: AnyObject {
    /// Runs the named template with `data` as dot and `$` (Helm's `include`).
    func executeTemplate(named name: String, data: Value) throws -> String
    /// Parses `text` as a new template that sees every define of the set, runs it with
    /// `data` (Helm's `tpl`). `name` is the name shown in errors (`gotpl`).
    func executeText(_ text: String, name: String, data: Value) throws -> String
    /// A counter that lives as long as the current render, keyed by name: adds `delta`
    /// and returns the value before the change (Helm's per-name `include` recursion guard).
    func adjustCounter(_ key: String, by delta: Int) -> Int
    /// `executeTemplate(named:data:)` with the call's argument `index` as data, keeping the
    /// identity of its maps: changes the template makes to them (`set .Values ...`) are seen
    /// by the caller afterwards, as with Go's reference maps.
    func executeTemplate(named name: String, argumentAt index: Int, of call: FunctionCall) throws -> String
    /// `executeText(_:name:data:)` with the call's argument `index` as data, keeping its identity.
    func executeText(_ text: String, name: String, argumentAt index: Int, of call: FunctionCall) throws -> String
}

extension TemplateEngine {
    public func adjustCounter(_ key: String, by delta: Int) -> Int { 0 }

    public func executeTemplate(named name: String, argumentAt index: Int, of call: FunctionCall) throws -> String {
        try executeTemplate(named: name, data: index < call.arguments.count ? call.arguments[index] : .null)
    }

    public func executeText(_ text: String, name: String, argumentAt index: Int, of call: FunctionCall) throws -> String {
        try executeText(text, name: name, data: index < call.arguments.count ? call.arguments[index] : .null)
    }
}

/// A function table: name to function. Parsing needs it (an unknown function is a parse
/// error in Go), execution uses it.
public typealias FunctionTable = [String: TemplateFunction]

/// A `GoObject` whose methods declare their Go parameter types. The executor then checks
/// method calls as Go does before the call: `wrong number of args for Get: want 1 got 0`,
/// `expected string; found 1`, `wrong type for value; expected string; got int`.
public protocol GoMethodSignatures: GoObject {
    /// The parameter types of method `name`; nil when it is not a method.
    func methodParameters(_ name: String) -> [ParameterType]?
}
