import KrelCore

/// Applying what a function reported about shared maps (`FunctionCall+Sharing.swift`).
extension Frame {
    /// The identity (a cell root) of argument `argument`'s element at `path`, or nil when
    /// it has no place or is not a container.
    private func argumentIdentity(_ argument: Int?, _ path: [PathStep], _ places: [Place?]) -> DataCell? {
        guard let argument, argument < places.count, let origin = places[argument] else { return nil }
        return origin.cell.identity(at: (origin.path + path)[...])
    }

    /// Applies a mutating function's assignments at its first argument's place: each
    /// changed element is written where the map really lives (following links), and an
    /// element that is an argument's map becomes that map (linked to its identity).
    func applyAssignments(_ assignments: [SharedElement], of changed: Value, at place: Place, places: [Place?]) {
        for assignment in assignments {
            let newValue = changed.element(at: assignment.path[...])
            var link: DataCell? = nil
            if let newValue, Place.isContainer(newValue) {
                link = argumentIdentity(assignment.argument, assignment.argumentPath, places)
            }
            place.cell.assign(newValue, at: (place.path + assignment.path)[...], sharing: link)
        }
    }

    /// The slot for a function result that shares maps with the arguments: the argument's
    /// own place when the result is one of them, else a new cell linked to each.
    func sharedResult(_ result: Value, _ shares: [SharedElement], places: [Place?]) -> Slot {
        guard Place.isContainer(result) else { return Slot(value: result) }
        var cell: DataCell? = nil
        for share in shares {
            guard let identity = argumentIdentity(share.argument, share.argumentPath, places) else { continue }
            if share.path.isEmpty { return Slot(value: result, place: Place(cell: identity)) }
            let container = cell ?? DataCell(result, clock: engine.clock)
            container.link(identity, at: share.path)
            cell = container
        }
        return Slot(value: result, place: cell.map { Place(cell: $0) })
    }
}
