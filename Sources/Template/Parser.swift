import KrelCore
/// The result of parsing one text: its top-level template and the templates it defines.
struct ParsedFile: Sendable {
    var main: ParsedTemplate
    /// Defines (and blocks) in first-definition order; names are unique.
    var defines: [ParsedTemplate]
    /// Whether the text calls a function that changes its first argument (`set`, `merge`,
    /// ...) or runs text that may (`tpl`): only then must the executor track which maps
    /// are shared (see `DataPlace`).
    var callsMutatingFunction = false
}

/// Go text/template's recursive-descent parser, building the node tree.
struct Parser {
    private let items: [Item]
    var index = 0
    private var lastLine = 1
    let source: SourceText
    let functions: [String: FunctionBinding]
    var vars: [String] = ["$"]
    var rangeDepth = 0
    var callsMutatingFunction = false
    var actionLine = 0
    private var treeSet: [String: ParsedTemplate] = [:]
    private var treeOrder: [String] = []

    /// The parser's own markers for `{{end}}` and `{{else}}`, which are not tree nodes.
    enum Parsed {
        case node(Node)
        case end(position: Int)
        case elseMarker(position: Int)
    }

    static func parse(name: String, text: [UInt8], functions: [String: FunctionBinding]) throws -> ParsedFile {
        var parser = Parser(items: Lexer.lex(text), source: SourceText(parseName: name, bytes: text), functions: functions)
        return try parser.parseFile(name: name)
    }

    private init(items: [Item], source: SourceText, functions: [String: FunctionBinding]) {
        self.items = items
        self.source = source
        self.functions = functions
    }

    // MARK: - Token access

    mutating func next() -> Item {
        let item = items[min(index, items.count - 1)]
        if index < items.count { index += 1 }
        lastLine = item.line
        return item
    }

    mutating func backup() { index -= 1 }

    func peek() -> Item { items[min(index, items.count - 1)] }

    mutating func nextNonSpace() -> Item {
        var item = next()
        while item.kind == .space { item = next() }
        return item
    }

    mutating func peekNonSpace() -> Item {
        let item = nextNonSpace()
        backup()
        return item
    }

    mutating func expect(_ kind: ItemKind, _ context: String) throws -> Item {
        let token = nextNonSpace()
        if token.kind != kind { try unexpected(token, context) }
        return token
    }

    func error(_ message: String) -> TemplateParseError {
        TemplateParseError(templateName: source.parseName, line: lastLine, message: message)
    }

    func unexpected(_ token: Item, _ context: String) throws -> Never {
        if token.kind == .error {
            var extra = ""
            if actionLine != 0 && actionLine != token.line {
                extra = " in action started at \(source.parseName):\(actionLine)"
                if token.value.hasSuffix(" action") { extra = String(extra.dropFirst(" in action".count)) }
            }
            throw error(token.value + extra)
        }
        throw error("unexpected \(token.goDescription) in \(context)")
    }

    // MARK: - Templates

    private mutating func parseFile(name: String) throws -> ParsedFile {
        var root: [Node] = []
        while peek().kind != .eof {
            if peek().kind == .leftDelim {
                let delimIndex = index
                _ = next()
                if nextNonSpace().kind == .define {
                    try parseDefinition()
                    continue
                }
                index = delimIndex
            }
            switch try textOrAction() {
            case .node(let n): root.append(n)
            case .end: throw error("unexpected {{end}}")
            case .elseMarker: throw error("unexpected {{else}}")
            }
        }
        let main = ParsedTemplate(name: name, root: root, source: source)
        try add(main)
        let defines = treeOrder.filter { $0 != name }.compactMap { treeSet[$0] }
        return ParsedFile(main: treeSet[name] ?? main, defines: defines, callsMutatingFunction: callsMutatingFunction)
    }

    /// Go's `Tree.add`: a second non-empty definition in one parse is an error; an empty
    /// one never replaces a non-empty one.
    private mutating func add(_ tree: ParsedTemplate) throws {
        if let existing = treeSet[tree.name], !existing.isEmpty {
            if !tree.isEmpty {
                throw error("template: multiple definition of template \(GoQuote.quote(tree.name))")
            }
            return
        }
        if treeSet[tree.name] == nil { treeOrder.append(tree.name) }
        treeSet[tree.name] = tree
    }

    private mutating func parseDefinition() throws {
        let context = "define clause"
        let token = nextNonSpace()
        if token.kind != .string && token.kind != .rawString { try unexpected(token, context) }
        guard let name = GoQuote.unquote(token.value) else { throw error("invalid syntax") }
        _ = try expect(.rightDelim, context)
        let body = try parseSubtemplateBody(context: context)
        try add(ParsedTemplate(name: name, root: body, source: source))
    }

    /// A define or block body: its own variable scope, outside any range.
    private mutating func parseSubtemplateBody(context: String) throws -> [Node] {
        let savedVars = vars
        let savedDepth = rangeDepth
        vars = ["$"]
        rangeDepth = 0
        defer {
            vars = savedVars
            rangeDepth = savedDepth
        }
        let (list, end) = try itemList()
        if case .elseMarker = end { throw error("unexpected {{else}} in \(context)") }
        return list
    }

    mutating func itemList() throws -> ([Node], Parsed) {
        var list: [Node] = []
        while peekNonSpace().kind != .eof {
            let parsed = try textOrAction()
            switch parsed {
            case .node(let n): list.append(n)
            case .end, .elseMarker: return (list, parsed)
            }
        }
        throw error("unexpected EOF")
    }

    private mutating func textOrAction() throws -> Parsed {
        let token = nextNonSpace()
        switch token.kind {
        case .text:
            return .node(.text(Array(token.value.utf8)))
        case .leftDelim:
            actionLine = token.line
            defer { actionLine = 0 }
            return try action()
        default:
            try unexpected(token, "input")
        }
    }

    private mutating func action() throws -> Parsed {
        let token = nextNonSpace()
        switch token.kind {
        case .block: return .node(try blockControl())
        case .breakKeyword, .continueKeyword:
            let word = token.kind == .breakKeyword ? "{{break}}" : "{{continue}}"
            let close = nextNonSpace()
            if close.kind != .rightDelim { try unexpected(close, word) }
            if rangeDepth == 0 { throw error("\(word) outside {{range}}") }
            return .node(token.kind == .breakKeyword ? .breakLoop : .continueLoop)
        case .elseKeyword:
            let peeked = peekNonSpace()
            if peeked.kind == .ifKeyword || peeked.kind == .with { return .elseMarker(position: peeked.position) }
            let close = try expect(.rightDelim, "else")
            return .elseMarker(position: close.position)
        case .end:
            let close = try expect(.rightDelim, "end")
            return .end(position: close.position)
        case .ifKeyword: return .node(.ifNode(try parseControl("if")))
        case .range: return .node(.rangeNode(try parseControl("range")))
        case .with: return .node(.withNode(try parseControl("with")))
        case .template: return .node(try templateControl())
        default:
            backup()
            return .node(.action(try pipeline("command", end: .rightDelim)))
        }
    }

    private mutating func parseControl(_ context: String) throws -> Branch {
        let savedCount = vars.count
        defer { vars.removeLast(vars.count - savedCount) }
        let pipe = try pipeline(context, end: .rightDelim)
        if context == "range" { rangeDepth += 1 }
        let (list, next) = try itemList()
        if context == "range" { rangeDepth -= 1 }
        var elseList: [Node]? = nil
        if case .elseMarker = next {
            if context == "if" && peek().kind == .ifKeyword {
                _ = self.next()
                elseList = [.ifNode(try parseControl("if"))]
            } else if context == "with" && peek().kind == .with {
                _ = self.next()
                elseList = [.withNode(try parseControl("with"))]
            } else {
                let (list2, next2) = try itemList()
                if case .elseMarker = next2 { throw error("expected end; found {{else}}") }
                elseList = list2
            }
        }
        return Branch(position: pipe.position, pipeline: pipe, list: list, elseList: elseList)
    }

    private mutating func templateName(_ token: Item, _ context: String) throws -> String {
        guard token.kind == .string || token.kind == .rawString else { try unexpected(token, context) }
        guard let name = GoQuote.unquote(token.value) else { throw error("invalid syntax") }
        return name
    }

    private mutating func templateControl() throws -> Node {
        let context = "template clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        var pipe: Pipeline? = nil
        if nextNonSpace().kind != .rightDelim {
            backup()
            pipe = try pipeline(context, end: .rightDelim)
        }
        return .templateCall(TemplateCall(position: token.position, name: name, pipeline: pipe))
    }

    private mutating func blockControl() throws -> Node {
        let context = "block clause"
        let token = nextNonSpace()
        let name = try templateName(token, context)
        let pipe = try pipeline(context, end: .rightDelim)
        let body = try parseSubtemplateBody(context: context)
        try add(ParsedTemplate(name: name, root: body, source: source))
        return .templateCall(TemplateCall(position: token.position, name: name, pipeline: pipe))
    }
}
