import KrelCore

/// Go's maps and slices are references: a function that puts an argument's map into its
/// result (`dict "ctx" $ctx`, `list $a`, `append`, `merge`) or returns it (`get`, `first`,
/// `default`) shares that map with the caller, and a later `set` through either is seen
/// through both. krel's values are copies, so functions report that sharing here, and the
/// executor links the places (see `DataPlace.swift`).
///
/// Recording is cheap and optional: when the executor tracks nothing for a call (no
/// argument has a place, or the template set never mutates a map) every method here
/// returns at once. Reporting a scalar element is harmless (it is ignored).
extension FunctionCall {
    /// Whether the executor tracks identity for this call at all; a function can skip
    /// working out what it shares when this is false.
    public var tracksSharing: Bool { sharing != nil }

    /// Whether argument `index` is a value whose maps have an identity (a variable, the
    /// data, a field of either, another function's shared result).
    public func tracksSharing(ofArgument index: Int) -> Bool {
        guard let sharing, index >= 0, index < sharing.trackedArguments.count else { return false }
        return sharing.trackedArguments[index]
    }

    /// Records that the result's element at `resultPath` (`[]`: the result itself) is
    /// argument `argument`'s element at `argumentPath`: the same Go map or slice.
    public mutating func shareResult(_ resultPath: [PathStep] = [], withArgument argument: Int, at argumentPath: [PathStep] = []) {
        guard tracksSharing(ofArgument: argument) else { return }
        sharing?.shares.append(SharedElement(path: resultPath, argument: argument, argumentPath: argumentPath))
    }

    /// For a function that `mutatesFirstArgument`: records that the first argument's
    /// element at `path` was assigned the value now found there in `arguments[0]`, or
    /// removed when it is absent there. When that value is argument `argument`'s element
    /// at `argumentPath` (the same map), give them; nil: a new or scalar value.
    /// Assignments are applied in order, each at the first argument's place.
    public mutating func recordAssignment(at path: [PathStep], fromArgument argument: Int? = nil, at argumentPath: [PathStep] = []) {
        guard sharing != nil else { return }
        let source = argument.flatMap { tracksSharing(ofArgument: $0) ? $0 : nil }
        sharing?.assignments.append(SharedElement(path: path, argument: source, argumentPath: argumentPath))
    }
}

/// What a call reported about shared maps (see `FunctionCall.shareResult`).
struct SharingRecord {
    /// Per argument: whether it has a place.
    var trackedArguments: [Bool]
    var shares: [SharedElement] = []
    var assignments: [SharedElement] = []
}

/// The element at `path` (of the result, or of the mutated first argument) is argument
/// `argument`'s element at `argumentPath`; a nil argument means a value of its own.
struct SharedElement {
    var path: [PathStep]
    var argument: Int?
    var argumentPath: [PathStep]
}
