import KrelCore

/// Function calls and Go's argument checking against declared parameter types.
extension Frame {
    func evalCall(_ dot: Slot, _ binding: FunctionBinding, name: String, node: NodeReference, args: [Operand], final: Slot?) throws -> Slot {
        let function = binding.function
        let argNodes = args.dropFirst()
        let numIn = argNodes.count + (final == nil ? 0 : 1)
        var numFixed = argNodes.count
        if function.variadic != nil {
            numFixed = function.parameters.count
            if numIn < numFixed {
                throw fail("wrong number of args for \(name): want at least \(numFixed) got \(argNodes.count)")
            }
        } else if numIn != function.parameters.count {
            throw fail("wrong number of args for \(name): want \(function.parameters.count) got \(numIn)")
        }

        if binding.special == .and || binding.special == .or {
            // Short-circuit: stop at the first operand that decides, and return it.
            let isOr = binding.special == .or
            var value = Slot.invalid
            for arg in argNodes {
                // The operand itself is the result: a map keeps its place.
                value = try evalArgSlot(dot, .any, arg)
                if Builtins.isTrue(value.value) == isOr { return value }
            }
            if let final { value = final.unwrapped }
            return value
        }

        var arguments: [Value] = []
        arguments.reserveCapacity(numIn)
        // Places of arguments that came from the data or a variable (filled lazily: most
        // calls have none).
        var places: [Place?] = []
        // Appends an argument, noting its place (if any) at its index.
        func record(_ argument: (value: Value, place: Place?)) {
            if let place = argument.place {
                while places.count < arguments.count { places.append(nil) }
                places.append(place)
            }
            arguments.append(argument.value)
        }
        var i = argNodes.startIndex
        var k = 0
        while k < numFixed && i < argNodes.endIndex {
            record(try evalArgument(dot, function.parameters[k], argNodes[i]))
            i += 1
            k += 1
        }
        if let variadic = function.variadic {
            while i < argNodes.endIndex {
                record(try evalArgument(dot, variadic, argNodes[i]))
                i += 1
            }
        }
        if let final {
            var type = function.parameters.last ?? .any
            if let variadic = function.variadic {
                type = numIn - 1 < numFixed ? function.parameters[numIn - 1] : variadic
            }
            let value = try validate(final, type)
            record((value, Place.isContainer(value) ? final.place : nil))
        }

        if binding.special == .call {
            let calleeName = argNodes.first?.goText ?? final?.value.goFormatted ?? ""
            at = node
            let callee = arguments.first ?? .null
            let message = callee.isNull ? "call of nil" : "non-function \(calleeName) of type \(callee.goTypeName)"
            throw fail("error calling call: \(message)", cause: FunctionError(message))
        }

        var call = FunctionCall(name: name, arguments: arguments, engine: engine)
        if !places.isEmpty && engine.core.tracksIdentity {
            while places.count < arguments.count { places.append(nil) }
            if function.mutatesFirstArgument, places[0] == nil, Place.isContainer(arguments[0]) {
                // A fresh map being filled (`merge (dict) $d`): its changes are tracked too,
                // so the result shares the maps taken from the other arguments.
                places[0] = Place(cell: DataCell(arguments[0], clock: engine.clock))
            }
            call.sharing = SharingRecord(trackedArguments: places.map { $0 != nil })
        }
        let result: Value
        let outerPlaces = engine.activeArgumentPlaces
        engine.activeArgumentPlaces = places
        defer { engine.activeArgumentPlaces = outerPlaces }
        do {
            result = try function.body(&call)
        } catch {
            at = node
            throw fail("error calling \(name): \(goErrorText(error))", cause: error)
        }
        if function.mutatesFirstArgument, let place = places.first ?? nil, let changed = call.arguments.first {
            if let sharing = call.sharing, !sharing.assignments.isEmpty {
                applyAssignments(sharing.assignments, of: changed, at: place, places: places)
            } else {
                // Nothing reported (no change, or a function that does not report): the
                // whole changed map replaces the old one, links below it kept.
                place.write(changed)
            }
        }
        if binding.special == .index, let place = places.first ?? nil {
            return Slot(value: result, place: Self.indexPlace(place, arguments.dropFirst()))
        }
        if let sharing = call.sharing, !sharing.shares.isEmpty {
            return sharedResult(result, sharing.shares, places: places)
        }
        return Slot(value: result)
    }

    /// The place `index X k1 k2 ...` reaches from X's place, or nil for keys that are not
    /// plain strings or integers.
    static func indexPlace(_ base: Place, _ keys: ArraySlice<Value>) -> Place? {
        var place = base
        for key in keys {
            switch key {
            case .string(let k): place = place.appending(.key(k))
            case .int(let n, _): place = place.appending(.index(Int(n)))
            default: return nil
            }
        }
        return place
    }

    /// `evalArg` keeping the slot, so the argument's place is known.
    func evalArgSlot(_ dot: Slot, _ type: ParameterType, _ node: Operand) throws -> Slot {
        switch node {
        case .dot:
            at = .operand(node)
            return Slot(value: try validate(dot, type), place: dot.place)
        case .field, .variable, .pipeline, .function, .chain:
            at = .operand(node)
            let slot = try evalOperand(dot, node)
            return Slot(value: try validate(slot, type), place: slot.place)
        default:
            return Slot(value: try evalArg(dot, type, node))
        }
    }

    /// `evalArgSlot` without building a slot: the validated value and its place (what a
    /// call records per argument), saving a slot copy per argument.
    func evalArgument(_ dot: Slot, _ type: ParameterType, _ node: Operand) throws -> (value: Value, place: Place?) {
        switch node {
        case .dot:
            at = .operand(node)
            let value = try validate(dot, type)
            return (value, Place.isContainer(value) ? dot.place : nil)
        case .field, .variable, .pipeline, .function, .chain:
            at = .operand(node)
            let slot = try evalOperand(dot, node)
            let value = try validate(slot, type)
            return (value, Place.isContainer(value) ? slot.place : nil)
        default:
            return (try evalArg(dot, type, node), nil)
        }
    }

    /// Go's `evalArg`: evaluates an argument for a parameter of the given type.
    func evalArg(_ dot: Slot, _ type: ParameterType, _ node: Operand) throws -> Value {
        at = .operand(node)
        switch node {
        case .dot:
            return try validate(dot, type)
        case .nilLiteral:
            if type.canBeNil { return type.nilValue }
            throw fail("cannot assign nil to \(type.goName)")
        case .field, .variable, .pipeline, .function, .chain:
            return try validate(try evalOperand(dot, node), type)
        case .bool(let b, _):
            switch type {
            case .any, .bool: return .bool(b)
            default: throw literalMismatch(node, type)
            }
        case .string(let text, _, _):
            switch type {
            case .any, .string: return .string(text)
            default: throw literalMismatch(node, type)
            }
        case .number(let n, _):
            switch type {
            case .any: return try idealConstant(n)
            case .int where n.isInt: return .int(n.int, .int)
            case .int64 where n.isInt: return .int(n.int, .int64)
            case .uint32 where n.isUint: return .int(Int64(UInt32(truncatingIfNeeded: n.uint)), .uint32)
            case .float64 where n.isFloat: return .float(n.float)
            default: throw literalMismatch(node, type)
            }
        }
    }

    private func literalMismatch(_ node: Operand, _ type: ParameterType) -> TemplateExecutionError {
        switch type {
        case .bool: fail("expected bool; found \(node.goText)")
        case .string: fail("expected string; found \(node.goText)")
        case .int, .int64: fail("expected integer; found \(node.goText)")
        case .uint32: fail("expected unsigned integer; found \(node.goText)")
        case .float64: fail("expected float; found \(node.goText)")
        default: fail("can't handle \(node.goText) for arg of type \(type.goName)")
        }
    }

    /// Go's `validateType`: no conversions, only unwrapping of a non-nil interface.
    func validate(_ slot: Slot, _ type: ParameterType) throws -> Value {
        if slot.isInvalid {
            if type.canBeNil { return type.nilValue }
            throw fail("invalid value; expected \(type.goName)")
        }
        if type.accepts(slot.value) && !(slot.boxed && slot.value.isNull && type != .any) { return slot.value }
        throw fail("wrong type for value; expected \(type.goName); got \(slot.value.isNull ? "interface {}" : slot.value.goTypeName)")
    }
}
