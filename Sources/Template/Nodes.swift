import KrelCore

/// The source a tree was parsed from: needed to turn byte offsets into `line:col`.
final class SourceText: Sendable {
    /// Go's `ParseName`: the name of the top-level template (the file) being parsed.
    let parseName: String
    let bytes: [UInt8]

    init(parseName: String, bytes: [UInt8]) {
        self.parseName = parseName
        self.bytes = bytes
    }

    /// `name:line:col` as Go's `ErrorContext` prints it: 1-based line, 0-based byte column.
    func location(of offset: Int) -> String {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        return "\(parseName):\(line):\(end - lineStart)"
    }
}

/// A function resolved at parse time.
struct FunctionBinding: Sendable {
    var function: TemplateFunction
    /// Builtins with special evaluation rules (`and`/`or` short-circuit, `call`).
    var special: SpecialBuiltin?
}

enum SpecialBuiltin: Sendable { case and, or, call, index }

/// Go's parse.NumberNode: every interpretation of a numeric literal.
struct NumberLiteral: Sendable {
    var text: String
    var isInt = false, isUint = false, isFloat = false, isComplex = false
    var int: Int64 = 0
    var uint: UInt64 = 0
    var float: Double = 0
    var imaginary: Double = 0
}

/// An operand of a command (Go's argument node kinds).
indirect enum Operand: Sendable {
    case field(names: [String], position: Int)
    /// `$x.a.b`: names[0] is the variable (`$x`), the rest are fields.
    case variable(names: [String], position: Int)
    /// `(pipe).a.b` or `fn.a` style chains.
    case chain(base: Operand, fields: [String], position: Int)
    case dot(position: Int)
    case nilLiteral(position: Int)
    case bool(Bool, position: Int)
    case number(NumberLiteral, position: Int)
    case string(text: String, quoted: String, position: Int)
    case function(name: String, binding: FunctionBinding, position: Int)
    case pipeline(Pipeline)

    var position: Int {
        switch self {
        case .field(_, let p), .variable(_, let p), .chain(_, _, let p), .dot(let p),
            .nilLiteral(let p), .bool(_, let p), .number(_, let p), .string(_, _, let p),
            .function(_, _, let p):
            return p
        case .pipeline(let pipe): return pipe.position
        }
    }
}

struct Command: Sendable {
    var position: Int
    var arguments: [Operand]
}

/// A pipeline with optional variable declarations (`$x := …`) or assignments (`$x = …`).
final class Pipeline: Sendable {
    let position: Int
    let declarations: [(name: String, position: Int)]
    let isAssign: Bool
    let commands: [Command]

    init(position: Int, declarations: [(name: String, position: Int)], isAssign: Bool, commands: [Command]) {
        self.position = position
        self.declarations = declarations
        self.isAssign = isAssign
        self.commands = commands
    }
}

/// if / with / range.
final class Branch: Sendable {
    let position: Int
    let pipeline: Pipeline
    let list: [Node]
    let elseList: [Node]?

    init(position: Int, pipeline: Pipeline, list: [Node], elseList: [Node]?) {
        self.position = position
        self.pipeline = pipeline
        self.list = list
        self.elseList = elseList
    }
}

/// `{{template "name" pipeline}}` (also what `block` leaves in place).
final class TemplateCall: Sendable {
    let position: Int
    let name: String
    let pipeline: Pipeline?

    init(position: Int, name: String, pipeline: Pipeline?) {
        self.position = position
        self.name = name
        self.pipeline = pipeline
    }
}

/// A node of a template body.
enum Node: Sendable {
    case text([UInt8])
    case action(Pipeline)
    case ifNode(Branch)
    case withNode(Branch)
    case rangeNode(Branch)
    case templateCall(TemplateCall)
    case breakLoop
    case continueLoop

    /// Go's `parse.IsEmptyTree` for one node.
    var isEmpty: Bool {
        guard case .text(let bytes) = self else { return false }
        return bytes.allSatisfy { Lexer.isSpace($0) || $0 == 0x0B || $0 == 0x0C }
    }
}

/// One named template: a file's top-level body or a `define`.
public final class ParsedTemplate: Sendable {
    public let name: String
    let root: [Node]
    let source: SourceText

    init(name: String, root: [Node], source: SourceText) {
        self.name = name
        self.root = root
        self.source = source
    }

    /// Go's `IsEmptyTree`: only whitespace text (and comments).
    var isEmpty: Bool { root.allSatisfy(\.isEmpty) }
}

/// The node an execution error points at (Go's `state.at`).
enum NodeReference {
    case none
    case operand(Operand)
    case command(Command)
    case pipeline(Pipeline)
    case template(TemplateCall)

    var position: Int? {
        switch self {
        case .none: nil
        case .operand(let o): o.position
        case .command(let c): c.position
        case .pipeline(let p): p.position
        case .template(let t): t.position
        }
    }

    var text: String {
        switch self {
        case .none: ""
        case .operand(let o): o.goText
        case .command(let c): c.goText
        case .pipeline(let p): p.goText
        case .template(let t): t.goText
        }
    }
}
