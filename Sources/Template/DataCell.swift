import KrelCore

/// A storage cell: one value (the data, a variable's map, a function's result, a shared
/// map) plus its *links*, the paths inside it where another cell's value lives (a map
/// shared with other containers: see `DataPlace.swift`). The stored value holds a copy at
/// each linked path; reads refresh those copies from the linked cells once per clock tick,
/// writes through a linked path are routed to the linked cell.
final class DataCell {
    let clock: PlaceClock
    private var stored: Value
    private var links = LinkTree()
    /// The clock tick at which the linked copies were last refreshed.
    private var refreshedAt = -1

    /// Deeper chains of linked cells are not refreshed further (guards the stack).
    static let maximumLinkDepth = 5_000

    init(_ value: Value, clock: PlaceClock) {
        self.stored = value
        self.clock = clock
    }

    /// The current value, linked parts included.
    var value: Value {
        refresh(depth: 0)
        return stored
    }

    /// The current value at `path`, or nil when the path no longer leads anywhere.
    func resolve(_ path: ArraySlice<PathStep>) -> Value? {
        let (cell, rest) = route(path)
        cell.refresh(depth: 0)
        return cell.stored.element(at: rest)
    }

    // MARK: - Routing and refreshing

    /// The cell that stores the value at `path`, and the path inside it: links on the way
    /// are followed (the remaining path crosses no link).
    func route(_ path: ArraySlice<PathStep>) -> (DataCell, ArraySlice<PathStep>) {
        var cell = self
        var rest = path
        var hops = 0
        search: while !cell.links.children.isEmpty && hops < DataCell.maximumLinkDepth {
            var node = cell.links
            var i = rest.startIndex
            while i < rest.endIndex, let child = node.children[rest[i]] {
                if let target = child.target {
                    cell = target
                    rest = rest[(i + 1)...]
                    hops += 1
                    continue search
                }
                node = child
                i += 1
            }
            break
        }
        return (cell, rest)
    }

    /// Copies the linked cells' current values into `stored`, once per clock tick.
    private func refresh(depth: Int) {
        guard !links.children.isEmpty, refreshedAt != clock.tick, depth < DataCell.maximumLinkDepth else { return }
        refreshedAt = clock.tick
        var root = stored
        stored = .null
        DataCell.fill(&root, from: links, depth: depth)
        stored = root
    }

    private static func fill(_ target: inout Value, from tree: LinkTree, depth: Int) {
        for (step, child) in tree.children {
            target.modifyElement(at: [step][...]) { element in
                guard element != nil else { return }
                if let cell = child.target {
                    cell.refresh(depth: depth + 1)
                    element = cell.stored
                } else if var inner = element {
                    element = nil
                    fill(&inner, from: child, depth: depth)
                    element = inner
                }
            }
        }
    }

    // MARK: - Writes

    /// Replaces the whole value at `path`, keeping the links below it.
    func write(_ newValue: Value, at path: ArraySlice<PathStep>) {
        let (cell, rest) = route(path)
        cell.stored.modifyElement(at: rest) { element in
            if element != nil || rest.isEmpty { element = newValue }
        }
        clock.tick &+= 1
    }

    /// Sets (nil: removes) the element at `path` to a new value, which is `link`'s value
    /// when given (the element then shares `link`'s identity). Does nothing when the
    /// containers on the way no longer exist.
    func assign(_ newValue: Value?, at path: ArraySlice<PathStep>, sharing link: DataCell?) {
        guard let last = path.last else {
            if let newValue { write(newValue, at: path) }
            return
        }
        let (cell, containerPath) = route(path.dropLast())
        let elementPath = Array(containerPath) + [last]
        let changed = cell.stored.modifyElement(at: elementPath[...]) { element in
            element = newValue
        }
        if changed {
            cell.links.remove(at: elementPath[...])
            if let link, newValue != nil, !link.reaches(cell) {
                cell.links.insert(link, at: elementPath[...])
            }
        }
        clock.tick &+= 1
    }

    /// Links the fresh container at `path` of this cell (a function's new result) to
    /// `target`, whose value it shares.
    func link(_ target: DataCell, at path: [PathStep]) {
        links.insert(target, at: path[...])
    }

    /// The cell that is the identity of the container at `path`: the cell itself for its
    /// root, a linked cell, or a new cell the container moves into (its position is then
    /// linked to it). Nil when no container is there.
    func identity(at path: ArraySlice<PathStep>) -> DataCell? {
        let (cell, rest) = route(path)
        if rest.isEmpty { return Place.isContainer(cell.value) ? cell : nil }
        cell.refresh(depth: 0)
        guard let value = cell.stored.element(at: rest), Place.isContainer(value) else { return nil }
        let identity = DataCell(value, clock: clock)
        identity.links = cell.links.detach(at: rest)
        cell.links.insert(identity, at: rest)
        return identity
    }

    /// Whether `cell` is this cell or reachable through links (a link to it would make a
    /// cycle).
    private func reaches(_ cell: DataCell) -> Bool {
        var pending: [DataCell] = [self]
        var seen: Set<ObjectIdentifier> = []
        while let next = pending.popLast() {
            if next === cell { return true }
            guard seen.insert(ObjectIdentifier(next)).inserted, seen.count < DataCell.maximumLinkDepth else { continue }
            next.links.forEachTarget { pending.append($0) }
        }
        return false
    }
}

/// The links of a cell, as a tree of path steps; a node with a target is a link (no links
/// below it: writes there go to the target).
struct LinkTree {
    var target: DataCell?
    var children: [PathStep: LinkTree] = [:]

    mutating func insert(_ cell: DataCell, at path: ArraySlice<PathStep>) {
        guard let step = path.first else {
            target = cell
            children = [:]
            return
        }
        children[step, default: LinkTree()].insert(cell, at: path.dropFirst())
    }

    /// Removes the links at and below `path`.
    mutating func remove(at path: ArraySlice<PathStep>) {
        _ = detach(at: path)
    }

    /// Removes and returns the subtree at `path`.
    mutating func detach(at path: ArraySlice<PathStep>) -> LinkTree {
        guard let step = path.first else {
            let subtree = self
            self = LinkTree()
            return subtree
        }
        guard var child = children[step] else { return LinkTree() }
        let subtree = child.detach(at: path.dropFirst())
        children[step] = child.target == nil && child.children.isEmpty ? nil : child
        return subtree
    }

    func forEachTarget(_ body: (DataCell) -> Void) {
        if let target { body(target) }
        for child in children.values { child.forEachTarget(body) }
    }
}
