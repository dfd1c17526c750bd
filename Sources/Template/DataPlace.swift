import KrelCore

/// Go maps are references: `set $d "k" v` changes the map `$d` names, and everyone
/// holding that map sees the change (`.Values` after `set .Values`, the caller of an
/// `include` that mutated its context, `$d := .Values.x` then `set $d`). krel's values are
/// value types, so the executor models that identity with *places*: a place is a storage
/// cell plus a path of keys and indexes into it. Slots evaluated from the data, from a
/// variable or from an element of either carry their place; a mutating function's changed
/// first argument is written back to its place, and slots with a place read through it.
///
/// Not modelled: a map copied into another container by a function (`dict "v" .Values`)
/// is a new map in krel, so mutations through the copy are not seen by the original.
final class DataCell {
    private(set) var value: Value
    /// Bumped on every write, so slots know when their snapshot may be stale.
    private(set) var version = 0

    init(_ value: Value) { self.value = value }

    /// Replaces the value at `path`; does nothing when the path no longer leads anywhere
    /// (a key was removed or a container replaced by a scalar in the meantime).
    func write(_ newValue: Value, at path: [PathStep]) {
        if path.isEmpty {
            value = newValue
        } else {
            var root = value
            value = .null  // keep the containers uniquely referenced while they change
            _ = DataCell.replace(&root, path[...], with: newValue)
            value = root
        }
        version &+= 1
    }

    private static func replace(_ target: inout Value, _ path: ArraySlice<PathStep>, with newValue: Value) -> Bool {
        guard let step = path.first else {
            target = newValue
            return true
        }
        switch (step, target) {
        case (.key(let key), .map(var entries, let type)):
            guard var child = entries[key] else { return false }
            target = .null
            entries[key] = .null
            let done = replace(&child, path.dropFirst(), with: newValue)
            entries[key] = child
            target = .map(entries, type)
            return done
        case (.index(let i), .list(var items, let type)):
            guard i >= 0 && i < items.count else { return false }
            target = .null
            var child = items[i]
            items[i] = .null
            let done = replace(&child, path.dropFirst(), with: newValue)
            items[i] = child
            target = .list(items, type)
            return done
        default:
            return false
        }
    }
}

/// One step into a container: a map key or a list index.
enum PathStep {
    case key(String)
    case index(Int)
}

/// Where a slot's value lives: a cell and the path inside it.
struct Place {
    let cell: DataCell
    var path: [PathStep]

    init(cell: DataCell, path: [PathStep] = []) {
        self.cell = cell
        self.path = path
    }

    /// The current value at the path, or nil when the path no longer leads anywhere.
    func resolve() -> Value? {
        var current = cell.value
        for step in path {
            switch (step, current) {
            case (.key(let key), .map(let entries, _)):
                guard let next = entries[key] else { return nil }
                current = next
            case (.index(let i), .list(let items, _)):
                guard i >= 0 && i < items.count else { return nil }
                current = items[i]
            default:
                return nil
            }
        }
        return current
    }

    func appending(_ step: PathStep) -> Place {
        var copy = self
        copy.path.append(step)
        return copy
    }

    func write(_ value: Value) { cell.write(value, at: path) }

    /// Only containers keep a place: scalars are copied in Go, and a container is what a
    /// mutation can reach through.
    static func isContainer(_ value: Value) -> Bool {
        switch value {
        case .map, .list: true
        default: false
        }
    }
}
