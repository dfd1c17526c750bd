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

    init(core: TemplateSetCore, namespace: Namespace, budget: DepthBudget) {
        self.core = core
        self.namespace = namespace
        self.budget = budget
    }

    /// Runs `template` with `data` as dot and `$`, into a fresh buffer.
    func run(_ template: ParsedTemplate, data: Value) throws -> [UInt8] {
        guard budget.enter() else {
            throw TemplateExecutionError(
                templateName: template.name, location: nil, nodeText: "",
                message: "exceeded maximum template depth (\(Execution.goMaxDepth))")
        }
        defer { budget.leave() }
        let dot = Slot(value: data)
        let frame = Frame(engine: self, template: template, dot: dot)
        var out: [UInt8] = []
        out.reserveCapacity(256)
        _ = try frame.walkList(dot, template.root, &out)
        return out
    }

    func adjustCounter(_ key: String, by delta: Int) -> Int {
        let old = budget.counters[key] ?? 0
        budget.counters[key] = old + delta
        return old
    }

    func executeTemplate(named name: String, data: Value) throws -> String {
        guard let template = namespace.lookup(name) else {
            throw TemplateNotFoundError(name: name, rootName: core.rootName)
        }
        return String(decoding: try run(template, data: data), as: UTF8.self)
    }

    func executeText(_ text: String, name: String, data: Value) throws -> String {
        let parsed = try core.parseText(text, name: name)
        var overlay: [String: ParsedTemplate] = [:]
        for define in parsed.defines where !define.isEmpty || namespace.lookup(define.name) == nil {
            overlay[define.name] = define
        }
        overlay[name] = parsed.main
        let execution = Execution(core: core, namespace: Namespace(templates: overlay, parent: namespace), budget: budget)
        return String(decoding: try execution.run(parsed.main, data: data), as: UTF8.self)
    }
}
