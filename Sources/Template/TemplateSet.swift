import KrelCore

/// What every execution of a set shares: the bound function table, the `tpl` parse cache
/// and configuration. Not thread-safe: one render at a time.
final class TemplateSetCore {
    let functions: [String: FunctionBinding]
    let rootName: String
    var valuesMethods: FunctionTable = [:] {
        didSet { valuesMethodInitials = ByteSet(valuesMethods.keys.compactMap { $0.utf8.first }) }
    }
    /// The first bytes of the `valuesMethods` names: a field whose name starts otherwise
    /// (every ordinary values key, in practice) skips the method table's hashing.
    private(set) var valuesMethodInitials = ByteSet([])
    /// Whether some parsed text calls a mutating function (or `tpl`): only then do executions track
    /// which maps are shared (`DataPlace`), so templates that never change a map pay nothing.
    private(set) var tracksIdentity = false
    private var textCache: [String: Result<ParsedFile, TemplateParseError>] = [:]

    init(functions: [String: FunctionBinding], rootName: String) {
        self.functions = functions
        self.rootName = rootName
    }

    /// Parses a `tpl` text once; later calls with the same text reuse the trees.
    func parseText(_ text: String, name: String) throws -> ParsedFile {
        let key = name + "\u{0}" + text
        if let cached = textCache[key] { return try cached.get() }
        let result: Result<ParsedFile, TemplateParseError>
        do {
            let parsed = try Parser.parse(name: name, text: Array(text.utf8), functions: functions)
            noteParsed(parsed)
            result = .success(parsed)
        } catch let error as TemplateParseError {
            result = .failure(error)
        }
        textCache[key] = result
        return try result.get()
    }

    func noteParsed(_ file: ParsedFile) {
        if file.callsMutatingFunction { tracksIdentity = true }
    }
}

/// A set of named templates parsed once and executed many times (Go's `template.Template`
/// with its associated templates, as Helm builds it: one per chart file, `define`s global).
///
/// Usage:
/// ```
/// let set = TemplateSet(functions: FunctionLibrary.helm)
/// try set.addFile(named: "app/templates/a.yaml", text: source)   // parse errors thrown here
/// let text = try set.execute(named: "app/templates/a.yaml", data: root)
/// ```
/// Add files in Helm's parse order (deepest paths first, reverse lexicographic within a
/// depth): a later `define` replaces an earlier one unless its body is empty.
public final class TemplateSet {
    let core: TemplateSetCore
    private var templates: [String: ParsedTemplate] = [:]

    /// The nesting limit actually enforced for `template`/`include`/`tpl` recursion (Go's
    /// own limit, 100000, would overflow any thread stack; the message still names it).
    public var maxNestingDepth = 10_000

    /// - Parameters:
    ///   - functions: the function table; it overrides the builtins of the same name.
    ///   - rootName: the set's name, shown in `no template "x" associated with template "gotpl"`.
    public init(functions: FunctionTable, rootName: String = "gotpl") {
        var bindings: [String: FunctionBinding] = [:]
        for (name, function) in Builtins.table {
            let special: SpecialBuiltin? = switch name {
            case "and": .and
            case "or": .or
            case "call": .call
            case "index": .index
            default: nil
            }
            bindings[name] = FunctionBinding(function: function, special: special)
        }
        for (name, function) in functions { bindings[name] = FunctionBinding(function: function, special: nil) }
        core = TemplateSetCore(functions: bindings, rootName: rootName)
    }

    /// Methods of `common.Values` maps (`.Values.YAML`, `.Values.Table "a.b"` …): each
    /// function receives the map as its first argument, then the call's arguments.
    public var valuesMethods: FunctionTable {
        get { core.valuesMethods }
        set { core.valuesMethods = newValue }
    }

    /// Parses `text` as the template `name` and registers it and its `define`s.
    /// Throws `TemplateParseError` (Go's text: `template: NAME:LINE: MESSAGE`).
    public func addFile(named name: String, text: String) throws {
        let parsed = try Parser.parse(name: name, text: Array(text.utf8), functions: core.functions)
        core.noteParsed(parsed)
        register(parsed.main)
        for define in parsed.defines { register(define) }
    }

    private func register(_ template: ParsedTemplate) {
        // Go's `associate`: an empty body never replaces an existing template.
        if templates[template.name] != nil && template.isEmpty { return }
        templates[template.name] = template
    }

    /// Whether a template (file or define) of that name exists.
    public func contains(_ name: String) -> Bool { templates[name] != nil }

    /// Names of all templates in the set.
    public var templateNames: [String] { Array(templates.keys) }

    /// Executes the named template with `data` as dot and `$`; returns its output.
    /// Throws `TemplateExecutionError`, `TemplateNotFoundError` or an error of a function.
    /// Runs on a thread with a large stack unless already on one (see `LargeStack`).
    public func execute(named name: String, data: Value) throws -> String {
        try LargeStack.run {
            let execution = Execution(
                core: core, namespace: Namespace(templates: templates, parent: nil),
                budget: DepthBudget(limit: maxNestingDepth))
            return try execution.executeTemplate(named: name, data: data)
        }
    }

    /// Executes the named template like `execute(named:data:)`, then leaves in `data` the
    /// root data as the template left it: Go maps are references, so changes made with
    /// `set`/`unset`/`merge`/`mergeOverwrite` to maps reachable from the root (`.Values`)
    /// persist, and Helm's next file sees them (helm-compat 8.3). `data` is updated even
    /// when execution fails part way.
    public func execute(named name: String, data: inout Value) throws -> String {
        let clock = PlaceClock()
        let cell = DataCell(data, clock: clock)
        defer { data = cell.value }
        return try LargeStack.run {
            let execution = Execution(
                core: core, namespace: Namespace(templates: templates, parent: nil),
                budget: DepthBudget(limit: maxNestingDepth), clock: clock)
            return try execution.executeTemplate(named: name, dot: Slot(value: cell.value, place: Place(cell: cell)))
        }
    }

    /// Parses and runs a standalone text with access to the set's templates (Helm's `tpl`
    /// from outside a template; defines made in `text` stay local to this call).
    public func execute(text: String, name: String, data: Value) throws -> String {
        try LargeStack.run {
            let execution = Execution(
                core: core, namespace: Namespace(templates: templates, parent: nil),
                budget: DepthBudget(limit: maxNestingDepth))
            return try execution.executeText(text, name: name, data: data)
        }
    }
}

/// A set of bytes as a 256-bit mask (a cheap membership test on hot paths).
struct ByteSet {
    private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    init(_ bytes: some Sequence<UInt8>) {
        for b in bytes {
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: words.0 |= bit
            case 1: words.1 |= bit
            case 2: words.2 |= bit
            default: words.3 |= bit
            }
        }
    }

    @inline(__always)
    func contains(_ b: UInt8) -> Bool {
        let bit = UInt64(1) << UInt64(b & 63)
        switch b >> 6 {
        case 0: return words.0 & bit != 0
        case 1: return words.1 & bit != 0
        case 2: return words.2 & bit != 0
        default: return words.3 & bit != 0
        }
    }
}
