import KrelCore

/// A storage cell: one value (the data, a variable's map, a function's result, a shared
/// map) plus its *links*, the paths inside it where another cell's value lives (a map
/// shared with other containers: see `DataPlace.swift`). The stored value holds a copy at
/// each linked path; reads refresh the copies of linked cells that changed (checked once
/// per clock tick), writes through a linked path are routed to the linked cell.
final class DataCell {
    let clock: PlaceClock
    private var stored: Value
    private var links = Links()
    /// The clock tick at which the linked copies were last checked (and refreshed).
    private var refreshedAt: Int
    /// The last tick at which this cell's value, linked parts included, changed.
    private var changedAt: Int
    /// Whether some cell links to this one (its writes must be noticed by them).
    private var isLinked = false

    /// Deeper chains of linked cells are not refreshed further (guards the stack).
    static let maximumLinkDepth = 5_000

    /// A cell holding `value` as it is now (its links, if any, are added at once).
    init(_ value: Value, clock: PlaceClock) {
        self.stored = value
        self.clock = clock
        self.refreshedAt = clock.tick
        self.changedAt = clock.tick
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
        search: while !cell.links.isEmpty && hops < DataCell.maximumLinkDepth {
            var node = cell.links.tree
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

    /// Copies the values of linked cells changed since the last refresh into `stored`
    /// (checked once per clock tick); returns the tick of the latest change.
    @discardableResult
    private func refresh(depth: Int) -> Int {
        guard !links.isEmpty, refreshedAt != clock.tick, depth < DataCell.maximumLinkDepth else {
            return changedAt
        }
        let previous = refreshedAt
        refreshedAt = clock.tick
        // No linked cell anywhere was written since the last refresh: nothing to copy.
        if clock.linkedWriteTick <= previous { return changedAt }
        var stale: [([PathStep], DataCell)] = []
        let count = links.all.count
        for i in 0..<count {
            let changed = links.all[i].target.refresh(depth: depth + 1)
            if changed > previous { stale.append(links.all[i]) }
            if changed > changedAt { changedAt = changed }
        }
        if !stale.isEmpty {
            var root = stored
            stored = .null
            for (path, cell) in stale {
                root.modifyElement(at: path[...]) { element in
                    if element != nil { element = cell.stored }
                }
            }
            stored = root
        }
        return changedAt
    }

    // MARK: - Writes

    /// Replaces the whole value at `path`, keeping the links below it.
    func write(_ newValue: Value, at path: ArraySlice<PathStep>) {
        let (cell, rest) = route(path)
        cell.stored.modifyElement(at: rest) { element in
            if element != nil || rest.isEmpty { element = newValue }
        }
        cell.noteWrite()
    }

    private func noteWrite() {
        clock.tick &+= 1
        changedAt = clock.tick
        if isLinked { clock.linkedWriteTick = clock.tick }
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
                link.isLinked = true
            }
        }
        cell.noteWrite()
    }

    /// Links the fresh container at `path` of this cell (a function's new result) to
    /// `target`, whose value it shares.
    func link(_ target: DataCell, at path: [PathStep]) {
        links.insert(target, at: path[...])
        target.isLinked = true
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
        identity.isLinked = true
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
            for (_, target) in next.links.all { pending.append(target) }
        }
        return false
    }
}

/// The links of a cell: a tree of path steps for routing (a node with a target is a link;
/// there are no links below it, writes there go to the target) and the same links as a
/// flat list for refreshes.
struct Links {
    private(set) var tree = LinkTree()
    private(set) var all: [(path: [PathStep], target: DataCell)] = []

    var isEmpty: Bool { all.isEmpty }

    mutating func insert(_ cell: DataCell, at path: ArraySlice<PathStep>) {
        remove(at: path)
        tree.insert(cell, at: path)
        all.append((Array(path), cell))
    }

    /// Removes the links at and below `path`.
    mutating func remove(at path: ArraySlice<PathStep>) {
        guard tree.hasNode(at: path) else { return }
        _ = tree.detach(at: path)
        all.removeAll { $0.path.starts(with: path) }
    }

    /// Removes and returns the links at and below `path`, with paths relative to it.
    mutating func detach(at path: ArraySlice<PathStep>) -> Links {
        guard tree.hasNode(at: path) else { return Links() }
        var moved = Links()
        moved.tree = tree.detach(at: path)
        moved.all = all.filter { $0.path.starts(with: path) }.map { (Array($0.path.dropFirst(path.count)), $0.target) }
        all.removeAll { $0.path.starts(with: path) }
        return moved
    }
}

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

    func hasNode(at path: ArraySlice<PathStep>) -> Bool {
        var node = self
        for step in path {
            guard let child = node.children[step] else { return false }
            node = child
        }
        return true
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
}
