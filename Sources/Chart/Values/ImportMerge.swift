import KrelCore

/// The import-values buffer: Helm's MergeTables (earlier imports win, nulls kept) plus a
/// record of where a child's own table was placed by reference.
struct ImportMerge {
    private(set) var table: [String: Value] = [:]
    /// (path in `table`, path of the same map in the parent's merged values).
    private var placements: [(at: [String], origin: [String])] = []

    /// Merges `src` under the buffer; the map at `aliasAt` inside `src` (and everything
    /// below it) is the child's table found at `origin`.
    mutating func merge(_ src: [String: Value], aliasAt: [String], origin: [String], log: inout ValuesLog) {
        var buffer = table
        merge(into: &buffer, src, path: [], aliasAt: aliasAt, origin: origin, log: &log, depth: 0)
        table = buffer
    }

    private mutating func merge(
        into dst: inout [String: Value], _ src: [String: Value], path: [String],
        aliasAt: [String], origin: [String], log: inout ValuesLog, depth: Int
    ) {
        guard depth < 10_000 else { return }
        for key in src.keys.sorted(by: Value.goStringLess) {
            let value = src[key]!
            let here = path + [key]
            let fullKey = here.joined(separator: ".")
            guard let existing = dst[key] else {
                dst[key] = value
                if case .map = value, here.count >= aliasAt.count, Array(here.prefix(aliasAt.count)) == aliasAt {
                    placements.append((here, origin + here.dropFirst(aliasAt.count)))
                }
                continue
            }
            if case .map(let srcTable, _) = value {
                if case .map(var dstTable, _) = existing {
                    merge(into: &dstTable, srcTable, path: here, aliasAt: aliasAt, origin: origin, log: &log, depth: depth + 1)
                    dst[key] = .map(dstTable)
                } else {
                    log.printf("warning: cannot overwrite table with non table for \(fullKey) (\(value.goFormatted))")
                }
            } else if case .map = existing, !value.isNull {
                log.printf("warning: destination for \(fullKey) is a table. Ignoring non-table value (\(value.goFormatted))")
            }
        }
    }

    /// The parent's merged values with every aliased child table replaced by the buffer's
    /// final contents at its placement.
    func writeBack(into merged: [String: Value]) -> [String: Value] {
        var result = merged
        for placement in placements {
            guard let value = Self.lookup(table, placement.at), case .map = value else { continue }
            Self.assign(&result, placement.origin[...], value)
        }
        return result
    }

    private static func lookup(_ map: [String: Value], _ path: [String]) -> Value? {
        var current: Value = .map(map)
        for key in path {
            guard case .map(let entries, _) = current, let next = entries[key] else { return nil }
            current = next
        }
        return current
    }

    private static func assign(_ map: inout [String: Value], _ path: ArraySlice<String>, _ value: Value) {
        guard let key = path.first else { return }
        if path.count == 1 {
            if case .map = map[key] { map[key] = value }
            return
        }
        guard case .map(var inner, let type)? = map[key] else { return }
        assign(&inner, path.dropFirst(), value)
        map[key] = .map(inner, type)
    }
}
