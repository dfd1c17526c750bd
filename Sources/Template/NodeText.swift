import KrelCore
/// Go's `Node.String()` forms, used in error messages (`at <.Values.a.b>`).
extension Operand {
    var goText: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .field(let names, _):
            for name in names {
                out += "."
                out += name
            }
        case .variable(let names, _):
            out += names.joined(separator: ".")
        case .chain(let base, let fields, _):
            if case .pipeline(let pipe) = base {
                out += "("
                pipe.write(to: &out)
                out += ")"
            } else {
                base.write(to: &out)
            }
            for field in fields {
                out += "."
                out += field
            }
        case .dot: out += "."
        case .nilLiteral: out += "nil"
        case .bool(let b, _): out += b ? "true" : "false"
        case .number(let n, _): out += n.text
        case .string(_, let quoted, _): out += quoted
        case .function(let name, _, _): out += name
        case .pipeline(let pipe): pipe.write(to: &out)
        }
    }
}

extension Command {
    var goText: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        for (i, arg) in arguments.enumerated() {
            if i > 0 { out += " " }
            if case .pipeline(let pipe) = arg {
                out += "("
                pipe.write(to: &out)
                out += ")"
            } else {
                arg.write(to: &out)
            }
        }
    }
}

extension Pipeline {
    var goText: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        if !declarations.isEmpty {
            out += declarations.map(\.name).joined(separator: ", ")
            out += isAssign ? " = " : " := "
        }
        for (i, command) in commands.enumerated() {
            if i > 0 { out += " | " }
            command.write(to: &out)
        }
    }
}

extension TemplateCall {
    var goText: String {
        var out = "{{template " + GoQuote.quote(name)
        if let pipeline {
            out += " "
            pipeline.write(to: &out)
        }
        return out + "}}"
    }
}
