import KrelCore

/// One running template invocation (Go's `state`): its template, variables, and the node
/// errors point at. `{{template}}` calls get a fresh frame; `include` runs a fresh one too.
final class Frame {
    let engine: Execution
    let template: ParsedTemplate
    var vars: [(name: String, value: Slot)]
    /// The node Go's `state.at` last recorded; errors point here.
    var at: NodeReference = .none

    init(engine: Execution, template: ParsedTemplate, dot: Slot) {
        self.engine = engine
        self.template = template
        self.vars = [("$", dot)]
    }

    enum Flow { case normal, breakLoop, continueLoop }

    // MARK: - Errors

    func fail(_ message: String, cause: (any Error)? = nil) -> TemplateExecutionError {
        guard let position = at.position else {
            return TemplateExecutionError(templateName: template.name, location: nil, nodeText: "", message: message, cause: cause)
        }
        return TemplateExecutionError(
            templateName: template.name, location: template.source.location(of: position),
            nodeText: at.text, message: message, cause: cause)
    }

    // MARK: - Variables

    func push(_ name: String, _ value: Slot) { vars.append((name, value)) }

    func pop(to mark: Int) {
        if vars.count > mark { vars.removeLast(vars.count - mark) }
    }

    func setVar(_ name: String, _ value: Slot) throws {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name {
                vars[i].value = value
                return
            }
            i -= 1
        }
        throw fail("undefined variable: \(name)")
    }

    func setTopVar(_ n: Int, _ value: Slot) { vars[vars.count - n].value = value }

    func varValue(_ name: String) throws -> Slot {
        var i = vars.count - 1
        while i >= 0 {
            if vars[i].name == name { return vars[i].value }
            i -= 1
        }
        throw fail("undefined variable: \(name)")
    }

    // MARK: - Walking the tree

    func walkList(_ dot: Slot, _ nodes: [Node], _ out: inout [UInt8]) throws -> Flow {
        for node in nodes {
            let flow = try walk(dot, node, &out)
            if flow != .normal { return flow }
        }
        return .normal
    }

    func walk(_ dot: Slot, _ node: Node, _ out: inout [UInt8]) throws -> Flow {
        switch node {
        case .text(let bytes):
            out.append(contentsOf: bytes)
        case .action(let pipe):
            let value = try evalPipeline(dot, pipe)
            if pipe.declarations.isEmpty { printValue(value, &out) }
        case .ifNode(let branch):
            return try walkIfOrWith(isWith: false, dot, branch, &out)
        case .withNode(let branch):
            return try walkIfOrWith(isWith: true, dot, branch, &out)
        case .rangeNode(let branch):
            try walkRange(dot, branch, &out)
        case .templateCall(let call):
            try walkTemplate(dot, call, &out)
        case .breakLoop:
            return .breakLoop
        case .continueLoop:
            return .continueLoop
        }
        return .normal
    }

    func printValue(_ slot: Slot, _ out: inout [UInt8]) {
        switch slot.value {
        case .null: out.append(contentsOf: Frame.noValue)
        case .string(let s): out.append(contentsOf: s.utf8)
        case .object(let o as any GoPointerStringer) where slot.addressable:
            out.append(contentsOf: o.pointerString.utf8)
        case .object(let o) where o.goKindName == "ptr" && o.formatted.hasPrefix("&{"):
            // text/template prints through pointers: `{{ .Capabilities }}` shows the struct
            // itself, without the `&` that print/printf show.
            out.append(contentsOf: o.formatted.utf8.dropFirst())
        default: out.append(contentsOf: slot.value.goFormatted.utf8)
        }
    }

    static let noValue: [UInt8] = Array("<no value>".utf8)

    private func walkIfOrWith(isWith: Bool, _ dot: Slot, _ branch: Branch, _ out: inout [UInt8]) throws -> Flow {
        let mark = vars.count
        defer { pop(to: mark) }
        let value = try evalPipeline(dot, branch.pipeline)
        if Builtins.isTrue(value.value) {
            return try walkList(isWith ? value.ownedPlace(engine.clock) : dot, branch.list, &out)
        } else if let elseList = branch.elseList {
            return try walkList(dot, elseList, &out)
        }
        return .normal
    }

    private func walkRange(_ dot: Slot, _ branch: Branch, _ out: inout [UInt8]) throws {
        let mark = vars.count
        defer { pop(to: mark) }
        let pipe = branch.pipeline
        // A fresh collection gets a place so its elements can be changed and read back.
        let value = try evalPipeline(dot, pipe).ownedPlace(engine.clock)
        let bodyMark = vars.count
        let declarations = pipe.declarations

        // Returns false when the loop must stop ({{break}}).
        func iterate(index: Slot, element: Slot) throws -> Bool {
            if !declarations.isEmpty {
                if pipe.isAssign {
                    try setVar(declarations[0].name, declarations.count > 1 ? index : element)
                } else {
                    setTopVar(1, element)
                }
            }
            if declarations.count > 1 {
                if pipe.isAssign { try setVar(declarations[1].name, element) } else { setTopVar(2, index) }
            }
            defer { pop(to: bodyMark) }
            return try walkList(element, branch.list, &out) != .breakLoop
        }

        var collection = value.value
        if case .object(let o as any GoCollectionObject) = collection { collection = o.collection }
        switch collection {
        case .list(let items, let type) where !items.isEmpty:
            for (i, item) in items.enumerated() {
                let element = value.element(item, boxed: type == .interfaces, step: .index(i))
                if try !iterate(index: Slot(value: .int(Int64(i))), element: element) { break }
            }
            return
        case .map(let entries, let type) where !entries.isEmpty:
            // Sort the pairs, not the keys: no second hash lookup per element.
            let boxed = type != .strings
            for (key, item) in entries.sorted(by: { Value.goStringLess($0.key, $1.key) }) {
                let element = value.element(item, boxed: boxed, step: .key(key))
                if try !iterate(index: Slot(value: .string(key)), element: element) { break }
            }
            return
        case .int(let n, let type):
            if declarations.count > 1 {
                throw fail("can't use \(value.value.goFormatted) to iterate over more than one variable")
            }
            let count: Int64 = type.isUnsigned && n < 0 ? Int64.max : n
            if count > 0 {
                var i: Int64 = 0
                while i < count {
                    if try !iterate(index: .invalid, element: Slot(value: .int(i, type))) { break }
                    i += 1
                }
                return
            }
        case .list, .map, .null:
            break
        default:
            throw fail("range can't iterate over \(value.value.goFormatted)")
        }
        if let elseList = branch.elseList {
            _ = try walkList(dot, elseList, &out)
        }
    }

    private func walkTemplate(_ dot: Slot, _ call: TemplateCall, _ out: inout [UInt8]) throws {
        at = .template(call)
        guard let target = engine.namespace.lookup(call.name) else {
            throw fail("template \(GoQuote.quote(call.name)) not defined")
        }
        if !engine.budget.enter() {
            throw fail("exceeded maximum template depth (\(Execution.goMaxDepth))")
        }
        defer { engine.budget.leave() }
        let newDot = try evalPipeline(dot, call.pipeline).ownedPlace(engine.clock)
        let frame = Frame(engine: engine, template: target, dot: newDot)
        _ = try frame.walkList(newDot, target.root, &out)
    }
}
