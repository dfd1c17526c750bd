import KrelCore

/// The templates an execution can see: a set's templates, or a `tpl` text's own templates
/// layered over the set that runs it.
final class Namespace {
    let templates: [String: ParsedTemplate]
    let parent: Namespace?

    init(templates: [String: ParsedTemplate], parent: Namespace?) {
        self.templates = templates
        self.parent = parent
    }

    func lookup(_ name: String) -> ParsedTemplate? {
        if let t = templates[name] { return t }
        return parent?.lookup(name)
    }
}

/// Nesting depth shared by `{{template}}`, `include` and `tpl`, so recursion fails with
/// Go's message long before the thread's stack runs out.
final class DepthBudget {
    private(set) var depth = 0
    let limit: Int

    /// Per-render named counters (see `TemplateEngine.adjustCounter`).
    var counters: [String: Int] = [:]

    init(limit: Int) { self.limit = limit }

    func enter() -> Bool {
        if depth >= limit { return false }
        depth += 1
        return true
    }

    func leave() { depth -= 1 }
}

/// A running execution; also the engine functions use to run templates (`include`, `tpl`).
final class Execution: TemplateEngine {
    /// Go's limit, printed in the error text.
    static let goMaxDepth = 100_000

    let core: TemplateSetCore
    let namespace: Namespace
    let budget: DepthBudget
    /// The clock of this render's data cells (shared with the `tpl` executions it starts).
    let clock: PlaceClock

    init(core: TemplateSetCore, namespace: Namespace, budget: DepthBudget, clock: PlaceClock = PlaceClock()) {
        self.core = core
        self.namespace = namespace
        self.budget = budget
        self.clock = clock
    }

    /// Places of the arguments of the function call in progress (innermost), so `include`
    /// and `tpl` can hand their context to the template with its identity.
    var activeArgumentPlaces: [Place?] = []

    /// Runs `template` with `dot` as dot and `$`, into a fresh buffer.
    func run(_ template: ParsedTemplate, dot: Slot) throws -> [UInt8] {
        guard budget.enter() else {
            throw TemplateExecutionError(
                templateName: template.name, location: nil, nodeText: "",
                message: "exceeded maximum template depth (\(Execution.goMaxDepth))")
        }
        defer { budget.leave() }
        let frame = Frame(engine: self, template: template, dot: dot)
        var out: [UInt8] = []
        out.reserveCapacity(256)
        _ = try frame.walkList(dot, template.root, &out)
        return out
    }

    func adjustCounter(_ key: String, by delta: Int) -> Int {
        if delta == 0 { return budget.counters[key] ?? 0 }
        // One hash: the default subscript is modified in place.
        return Self.add(delta, to: &budget.counters[key, default: 0])
    }

    @inline(__always)
    private static func add(_ delta: Int, to counter: inout Int) -> Int {
        let old = counter
        counter = old + delta
        return old
    }

    func executeTemplate(named name: String, data: Value) throws -> String {
        try executeTemplate(named: name, dot: Slot(value: data).ownedPlace(clock))
    }

    func executeTemplate(named name: String, dot: Slot) throws -> String {
        guard let template = namespace.lookup(name) else {
            throw TemplateNotFoundError(name: name, rootName: core.rootName)
        }
        return String(decoding: try run(template, dot: dot), as: UTF8.self)
    }

    /// The slot for argument `index` of the call in progress: its place when it has one.
    private func argumentSlot(_ index: Int, of call: FunctionCall) -> Slot {
        let value = index < call.arguments.count ? call.arguments[index] : .null
        if index < activeArgumentPlaces.count, let place = activeArgumentPlaces[index] {
            return Slot(value: value, place: place)
        }
        return Slot(value: value).ownedPlace(clock)
    }

    func executeTemplate(named name: String, argumentAt index: Int, of call: FunctionCall) throws -> String {
        try executeTemplate(named: name, dot: argumentSlot(index, of: call))
    }

    func executeText(_ text: String, name: String, argumentAt index: Int, of call: FunctionCall) throws -> String {
        try executeText(text, name: name, dot: argumentSlot(index, of: call))
    }

    func executeText(_ text: String, name: String, data: Value) throws -> String {
        try executeText(text, name: name, dot: Slot(value: data).ownedPlace(clock))
    }

    func executeText(_ text: String, name: String, dot: Slot) throws -> String {
        let parsed = try core.parseText(text, name: name)
        var overlay: [String: ParsedTemplate] = [:]
        for define in parsed.defines where !define.isEmpty || namespace.lookup(define.name) == nil {
            overlay[define.name] = define
        }
        overlay[name] = parsed.main
        let execution = Execution(
            core: core, namespace: Namespace(templates: overlay, parent: namespace), budget: budget, clock: clock)
        return String(decoding: try execution.run(parsed.main, dot: dot), as: UTF8.self)
    }
}
