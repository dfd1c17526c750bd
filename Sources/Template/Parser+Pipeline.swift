import KrelCore
/// Pipelines, commands and operands.
extension Parser {
    mutating func pipeline(_ context: String, end: ItemKind) throws -> Pipeline {
        let position = peekNonSpace().position
        var declarations: [(name: String, position: Int)] = []
        var isAssign = false
        declarationLoop: while peekNonSpace().kind == .variable {
            let variableIndex = index
            let variable = next()
            let afterVariable = peek()
            let following = peekNonSpace()
            if following.kind == .assign || following.kind == .declare {
                isAssign = following.kind == .assign
                _ = nextNonSpace()
                declarations.append((variable.value, variable.position))
                vars.append(variable.value)
            } else if following.kind == .char && following.value == "," {
                _ = nextNonSpace()
                declarations.append((variable.value, variable.position))
                vars.append(variable.value)
                if context == "range" && declarations.count < 2 {
                    switch peekNonSpace().kind {
                    case .variable, .rightDelim, .rightParen:
                        continue declarationLoop
                    default:
                        throw error("range can only initialize variables")
                    }
                }
                throw error("too many declarations in \(context)")
            } else {
                _ = afterVariable
                index = variableIndex
            }
            break
        }
        var commands: [Command] = []
        while true {
            let token = nextNonSpace()
            switch token.kind {
            case end:
                let pipe = Pipeline(position: position, declarations: declarations, isAssign: isAssign, commands: commands)
                try checkPipeline(pipe, context)
                return pipe
            case .bool, .charConstant, .complex, .dot, .field, .identifier, .number, .nilKeyword,
                .rawString, .string, .variable, .leftParen:
                backup()
                commands.append(try command())
            default:
                try unexpected(token, context)
            }
        }
    }

    private func checkPipeline(_ pipe: Pipeline, _ context: String) throws {
        if pipe.commands.isEmpty { throw error("missing value for \(context)") }
        for (i, command) in pipe.commands.enumerated().dropFirst() {
            switch command.arguments.first {
            case .bool, .dot, .nilLiteral, .number, .string:
                throw error("non executable command in pipeline stage \(i + 1)")
            default: break
            }
        }
    }

    private mutating func command() throws -> Command {
        let position = peekNonSpace().position
        var arguments: [Operand] = []
        loop: while true {
            _ = peekNonSpace()
            if let operand = try operand() { arguments.append(operand) }
            let token = next()
            switch token.kind {
            case .space: continue loop
            case .rightDelim, .rightParen: backup()
            case .pipe: break
            default: try unexpected(token, "operand")
            }
            break
        }
        if arguments.isEmpty { throw error("empty command") }
        return Command(position: position, arguments: arguments)
    }

    private mutating func operand() throws -> Operand? {
        guard let node = try term() else { return nil }
        guard peek().kind == .field else { return node }
        let chainPosition = peek().position
        var fields: [String] = []
        while peek().kind == .field { fields.append(String(next().value.dropFirst())) }
        switch node {
        case .field(let names, _):
            return .field(names: names + fields, position: chainPosition)
        case .variable(let names, _):
            return .variable(names: names + fields, position: chainPosition)
        case .bool, .string, .number, .nilLiteral, .dot:
            throw error("unexpected . after term \(GoQuote.quote(node.goText))")
        default:
            return .chain(base: node, fields: fields, position: chainPosition)
        }
    }

    private mutating func term() throws -> Operand? {
        let token = nextNonSpace()
        switch token.kind {
        case .identifier:
            guard let binding = functions[token.value] else {
                throw error("function \(GoQuote.quote(token.value)) not defined")
            }
            if binding.function.mutatesFirstArgument || binding.function.runsTemplateText { callsMutatingFunction = true }
            return .function(name: token.value, binding: binding, position: token.position)
        case .dot:
            return .dot(position: token.position)
        case .nilKeyword:
            return .nilLiteral(position: token.position)
        case .variable:
            guard vars.contains(token.value) else {
                throw error("undefined variable \(GoQuote.quote(token.value))")
            }
            return .variable(names: [token.value], position: token.position)
        case .field:
            let names = token.value.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            return .field(names: names, position: token.position)
        case .bool:
            return .bool(token.value == "true", position: token.position)
        case .charConstant, .complex, .number:
            switch NumberLiteral.parse(token.value, kind: token.kind) {
            case .success(let n): return .number(n, position: token.position)
            case .failure(.message(let m)): throw error(m)
            }
        case .leftParen:
            return .pipeline(try pipeline("parenthesized pipeline", end: .rightParen))
        case .string, .rawString:
            guard let text = GoQuote.unquote(token.value) else { throw error("invalid syntax") }
            return .string(text: text, quoted: token.value, position: token.position)
        default:
            backup()
            return nil
        }
    }
}
