import KrelCore

/// Go maps are references: `set $d "k" v` changes the map `$d` names, and everyone
/// holding that map sees the change (`.Values` after `set .Values`, the caller of an
/// `include` that mutated its context, `$d := .Values.x` then `set $d`). krel's values are
/// value types, so the executor models that identity with *places*: a place is a storage
/// cell plus a path of keys and indexes into it. Slots evaluated from the data, from a
/// variable or from an element of either carry their place; a mutating function's changes
/// to its first argument are applied at its place, and slots with a place read through it
/// once anything has changed.
///
/// Maps and lists that travel into other containers keep their identity through *links*
/// (see `DataCell`): when a function builds a container from argument values that have a
/// place (`dict "ctx" $ctx`, `list $a $b`, `set $a "child" $b`, `merge`, `append`, ...),
/// or returns such a value (`get`, `first`, `default`, ...), it reports which parts of
/// its result are which argument's parts (`FunctionCall.shareResult`). The executor then
/// gives the shared map a cell of its own (its identity) and links every container
/// holding it to that cell: a write through any of them lands in the one cell, and reads
/// through any of them see it. This bookkeeping only runs when the template set uses a
/// mutating function or `tpl` (`TemplateSetCore.tracksIdentity`); otherwise nothing can
/// change and values are simply copied.
///
/// Not modelled:
/// * a container reached by a field chain or `index` is addressed by its position until
///   it is stored in a variable or passed through a function: if its key is replaced by
///   another map meanwhile (`with .a.b` then `set .a "b" (dict)` inside), later writes
///   through the old slot reach the new map, where Go would still change the old one;
/// * cyclic maps (`set $a "self" $a`): the inner value is a copy, where Go builds a cycle
///   (which `toJson` then refuses);
/// * identity of maps inside values produced by functions that do not report sharing
///   (`deepCopy`, `fromJson`, `toYaml | fromYaml` copy in Go too; Helm's `Values`
///   methods and other functions return copies in krel);
/// * Go slices sharing a backing array (no template function changes a list in place,
///   so only the maps inside lists matter, and those are shared).
public enum PathStep: Hashable, Sendable {
    /// A map key.
    case key(String)
    /// A list index.
    case index(Int)
}

/// A counter shared by the cells of one render, bumped by every write: a slot whose
/// snapshot is older reads its value again through its place.
final class PlaceClock {
    var tick = 0
    /// The last tick at which a cell that other cells link to was written: cells need
    /// not look at their links when none changed since they last did.
    var linkedWriteTick = 0
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
    func resolve() -> Value? { cell.resolve(path[...]) }

    func appending(_ step: PathStep) -> Place {
        var copy = self
        copy.path.append(step)
        return copy
    }

    /// Replaces the whole value at the path (keeping links below it).
    func write(_ value: Value) { cell.write(value, at: path[...]) }

    /// The place of the container here as an identity of its own (a cell root), so it
    /// stays the same map when its position is later given another value; nil when
    /// there is no container here.
    func identity() -> Place? {
        guard let cell = cell.identity(at: path[...]) else { return nil }
        return Place(cell: cell)
    }

    /// Only containers keep a place: scalars are copied in Go, and a container is what a
    /// mutation can reach through.
    static func isContainer(_ value: Value) -> Bool {
        switch value {
        case .map, .list: true
        default: false
        }
    }
}

extension Value {
    /// The element at `path`, or nil when the path does not lead anywhere.
    func element(at path: ArraySlice<PathStep>) -> Value? {
        var current = self
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

    /// Changes the element at `path` in place (`body` gets nil for a missing map key and
    /// may set nil to remove it); returns false, changing nothing, when a container on the
    /// way is missing. Containers are moved out while they change so they stay uniquely
    /// referenced (no copy-on-write).
    @discardableResult
    mutating func modifyElement(at path: ArraySlice<PathStep>, _ body: (inout Value?) -> Void) -> Bool {
        guard let step = path.first else {
            var slot: Value? = self
            body(&slot)
            self = slot ?? .null
            return true
        }
        let rest = path.dropFirst()
        switch (step, self) {
        case (.key(let key), .map(var entries, let type)):
            self = .null
            var done = true
            if rest.isEmpty {
                var child = entries.removeValue(forKey: key)
                body(&child)
                if let child { entries[key] = child }
            } else if var child = entries.removeValue(forKey: key) {
                done = child.modifyElement(at: rest, body)
                entries[key] = child
            } else {
                done = false
            }
            self = .map(entries, type)
            return done
        case (.index(let i), .list(var items, let type)):
            guard i >= 0 && i < items.count else { return false }
            self = .null
            var child = items[i]
            items[i] = .null
            var done = true
            if rest.isEmpty {
                var slot: Value? = child
                body(&slot)
                child = slot ?? .null  // a list element cannot be removed, only emptied
            } else {
                done = child.modifyElement(at: rest, body)
            }
            items[i] = child
            self = .list(items, type)
            return done
        default:
            return false
        }
    }
}
