import KrelCore

/// Evaluating pipelines, commands, field chains and constants (Go's exec.go rules).
extension Frame {
    func evalPipeline(_ dot: Slot, _ pipe: Pipeline?) throws -> Slot {
        guard let pipe else { return .invalid }
        at = .pipeline(pipe)
        var value: Slot? = nil
        for command in pipe.commands {
            // Each result is the next command's final argument; interfaces are unwrapped.
            value = try evalCommand(dot, command, final: value).unwrapped
        }
        let result = value ?? .invalid
        if !pipe.declarations.isEmpty {
            // A variable names its map: give a fresh one a place so `set $d` can change it;
            // when maps can change, one reached by a path becomes an identity of its own.
            let named = engine.core.tracksIdentity ? result.identifiedPlace(engine.clock) : result.ownedPlace(engine.clock)
            for declaration in pipe.declarations {
                if pipe.isAssign { try setVar(declaration.name, named) } else { push(declaration.name, named) }
            }
        }
        return result
    }

    func evalCommand(_ dot: Slot, _ command: Command, final: Slot?) throws -> Slot {
        let first = command.arguments[0]
        switch first {
        case .field(let names, _):
            at = .operand(first)
            return try evalFieldChain(dot, receiver: dot, names[...], args: command.arguments, final: final)
        case .chain:
            return try evalChain(dot, first, args: command.arguments, final: final)
        case .function(let name, let binding, _):
            at = .operand(first)
            return try evalCall(dot, binding, name: name, node: .command(command), args: command.arguments, final: final)
        case .pipeline(let pipe):
            try notAFunction(command.arguments, final)
            return try evalPipeline(dot, pipe)
        case .variable(let names, _):
            return try evalVariable(dot, first, names, args: command.arguments, final: final)
        default:
            break
        }
        at = .operand(first)
        try notAFunction(command.arguments, final)
        switch first {
        case .bool(let b, _): return Slot(value: .bool(b))
        case .dot: return dot
        case .nilLiteral: throw fail("nil is not a command")
        case .number(let n, _): return Slot(value: try idealConstant(n))
        case .string(let text, _, _): return Slot(value: .string(text))
        default: throw fail("can't evaluate command \(GoQuote.quote(first.goText))")
        }
    }

    func notAFunction(_ args: [Operand], _ final: Slot?) throws {
        if args.count > 1 || final != nil {
            throw fail("can't give argument to non-function \(args[0].goText)")
        }
    }

    /// An untyped numeric constant used where no type is known.
    func idealConstant(_ n: NumberLiteral) throws -> Value {
        if n.isComplex {
            return .object(GoComplex(real: n.float, imaginary: n.imaginary))
        }
        let text = n.text
        let isHexInt = text.count > 2 && text.hasPrefix("0") && (text.dropFirst().first == "x" || text.dropFirst().first == "X")
            && !text.contains(where: { $0 == "p" || $0 == "P" })
        let isRune = text.hasPrefix("'")
        if n.isFloat && !isHexInt && !isRune && text.contains(where: { ".eEpP".contains($0) }) {
            return .float(n.float)
        }
        if n.isInt { return .int(n.int) }
        if n.isUint { throw fail("\(text) overflows int") }
        return .null
    }

    func evalVariable(_ dot: Slot, _ node: Operand, _ names: [String], args: [Operand]?, final: Slot?) throws -> Slot {
        at = .operand(node)
        let value = try varValue(names[0])
        if names.count == 1 {
            try notAFunction(args ?? [node], final)
            return value
        }
        return try evalFieldChain(dot, receiver: value, names[1...], args: args, final: final)
    }

    func evalChain(_ dot: Slot, _ node: Operand, args: [Operand]?, final: Slot?) throws -> Slot {
        guard case .chain(let base, let fields, _) = node else { return .invalid }
        at = .operand(node)
        if case .nilLiteral = base { throw fail("indirection through explicit nil in \(node.goText)") }
        let receiver = try evalOperand(dot, base)
        return try evalFieldChain(dot, receiver: receiver, fields[...], args: args, final: final)
    }

    /// An operand evaluated with no type expectation (Go's `evalArg(dot, nil, n)`).
    func evalOperand(_ dot: Slot, _ node: Operand) throws -> Slot {
        at = .operand(node)
        switch node {
        case .dot: return dot
        case .nilLiteral: return .invalid
        case .field(let names, _): return try evalFieldChain(dot, receiver: dot, names[...], args: nil, final: nil)
        case .variable(let names, _): return try evalVariable(dot, node, names, args: nil, final: nil)
        case .pipeline(let pipe): return try evalPipeline(dot, pipe)
        case .function(let name, let binding, _):
            return try evalCall(dot, binding, name: name, node: .operand(node), args: [node], final: nil)
        case .chain: return try evalChain(dot, node, args: nil, final: nil)
        case .bool(let b, _): return Slot(value: .bool(b))
        case .number(let n, _): return Slot(value: try idealConstant(n))
        case .string(let text, _, _): return Slot(value: .string(text))
        }
    }

    func evalFieldChain(_ dot: Slot, receiver: Slot, _ names: ArraySlice<String>, args: [Operand]?, final: Slot?) throws -> Slot {
        var i = names.startIndex
        if names.count == 1 {
            return try evalField(names[i], args: args, final: final, receiver: receiver, dot: dot)
        }
        // The first step reads `receiver` directly, saving a slot copy.
        var current = try evalField(names[i], args: nil, final: nil, receiver: receiver, dot: dot)
        i += 1
        while i < names.endIndex - 1 {
            current = try evalField(names[i], args: nil, final: nil, receiver: current, dot: dot)
            i += 1
        }
        return try evalField(names[names.endIndex - 1], args: args, final: final, receiver: current, dot: dot)
    }

    func evalField(_ name: String, args: [Operand]?, final: Slot?, receiver: Slot, dot: Slot) throws -> Slot {
        if receiver.isInvalid { return .invalid }
        // Read once: `Slot.value` may go through the place.
        let receiverValue = receiver.value
        if receiverValue.isNull {
            throw fail("nil pointer evaluating interface {}.\(name)")
        }
        let hasArgs = (args?.count ?? 0) > 1 || final != nil
        switch receiverValue {
        case .object(let object):
            if object.hasMethod(name) {
                return try callMethod(object, name, args: args, final: final, dot: dot)
            }
            if let member = object.member(name) {
                if hasArgs { throw fail("\(name) has arguments but cannot be invoked as function") }
                return Slot(value: member, addressable: true)
            }
        case .map(let entries, let type):
            if type == .helmValues, let initial = name.utf8.first, engine.core.valuesMethodInitials.contains(initial),
                let method = engine.core.valuesMethods[name] {
                return try callValuesMethod(method, name: name, receiver: receiverValue, args: args, final: final, dot: dot)
            }
            if hasArgs { throw fail("\(name) is not a method but has arguments") }
            if let value = entries[name] { return receiver.element(value, boxed: type != .strings, step: .key(name)) }
            return type == .strings ? Slot(value: .string("")) : Slot(value: .null, boxed: true)
        default:
            break
        }
        throw fail("can't evaluate field \(name) in type \(receiver.staticTypeName)")
    }

    private func methodArguments(_ args: [Operand]?, final: Slot?, dot: Slot) throws -> [Value] {
        var values: [Value] = []
        for arg in (args ?? []).dropFirst() { values.append(try evalArg(dot, .any, arg)) }
        if let final { values.append(final.value) }
        return values
    }

    /// Arguments of a method with declared Go parameter types: Go's arity check first,
    /// then each argument evaluated for its type (`expected string; found 1`).
    private func typedMethodArguments(_ name: String, _ parameters: [ParameterType], _ args: [Operand]?, final: Slot?, dot: Slot) throws -> [Value] {
        let argNodes = (args ?? []).dropFirst()
        let count = argNodes.count + (final == nil ? 0 : 1)
        if count != parameters.count {
            throw fail("wrong number of args for \(name): want \(parameters.count) got \(count)")
        }
        var values: [Value] = []
        for (k, arg) in argNodes.enumerated() { values.append(try evalArg(dot, parameters[k], arg)) }
        if let final, let type = parameters.last { values.append(try validate(final, type)) }
        return values
    }

    private func callMethod(_ object: any GoObject, _ name: String, args: [Operand]?, final: Slot?, dot: Slot) throws -> Slot {
        let node = at
        let values: [Value]
        if let parameters = (object as? any GoMethodSignatures)?.methodParameters(name) {
            values = try typedMethodArguments(name, parameters, args, final: final, dot: dot)
        } else {
            values = try methodArguments(args, final: final, dot: dot)
        }
        do {
            // A method without arguments may be served by `member` alone.
            guard let result = try object.callMethod(name, arguments: values) ?? (values.isEmpty ? object.member(name) : nil) else {
                throw fail("can't evaluate field \(name) in type \(object.goTypeName)")
            }
            return Slot(value: result)
        } catch let error as MethodArgumentError {
            at = node
            throw fail(error.message)
        } catch let error as TemplateExecutionError {
            throw error
        } catch {
            at = node
            throw fail("error calling \(name): \(goErrorText(error))", cause: error)
        }
    }

    private func callValuesMethod(_ method: TemplateFunction, name: String, receiver: Value, args: [Operand]?, final: Slot?, dot: Slot) throws -> Slot {
        let node = at
        let values = try methodArguments(args, final: final, dot: dot)
        if method.variadic == nil && values.count != method.parameters.count - 1 {
            throw fail("wrong number of args for \(name): want \(method.parameters.count - 1) got \(values.count)")
        }
        var call = FunctionCall(name: name, arguments: [receiver] + values, engine: engine)
        do {
            return Slot(value: try method.body(&call))
        } catch {
            at = node
            throw fail("error calling \(name): \(goErrorText(error))", cause: error)
        }
    }
}
