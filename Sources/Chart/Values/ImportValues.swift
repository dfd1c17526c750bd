import KrelCore

/// `import-values` for one chart whose children are already processed (spec 6.3): copies
/// tables out of the children's merged defaults into the parent's defaults, where the
/// parent's own values win.
///
/// Helm places the child's table itself (a Go map reference) into the import buffer, so
/// later imports merged into that spot also change the child's own table, and the child
/// then sees them too [oracle]. `ImportMerge` records those placements and writes the
/// final buffer contents back to reproduce it.
enum ImportValues {
    static func apply<P>(to chart: inout ValuesChartNode<P>, coalescer: inout Coalescer) throws(CoalesceError) {
        guard var deps = chart.dependencies else { return }
        let merged = try coalescer.coalesce(chart, [:], prefix: "", merge: true)
        var buffer = ImportMerge()
        for i in deps.indices {
            var normalized: [Value] = []
            for item in deps[i].importValues {
                switch item {
                case .map(let spec, _):
                    let child = spec["child"].map { $0.goFormatted } ?? "<nil>"
                    let parent = spec["parent"].map { $0.goFormatted } ?? "<nil>"
                    normalized.append(pair(child: child, parent: parent))
                    switch ValuesPath.table(merged, deps[i].name + "." + child) {
                    case .failure(let error):
                        coalescer.log.append(SlogLine.warn(
                            "ImportValues missing table from chart", [("chart", deps[i].name), ("error", error.message)]))
                    case .success(let table):
                        let parentPath = parent == "." ? [] : parent.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                        let origin = [deps[i].name] + child.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                        buffer.merge(nest(table, at: parent), aliasAt: parentPath, origin: origin, log: &coalescer.log)
                    }
                case .string(let name):
                    let child = "exports." + name
                    normalized.append(pair(child: child, parent: "."))
                    switch ValuesPath.table(merged, deps[i].name + "." + child) {
                    case .failure(let error):
                        coalescer.log.append(SlogLine.warn("ImportValues missing table", [("error", error.message)]))
                    case .success(let table):
                        buffer.merge(table, aliasAt: [], origin: [deps[i].name, "exports", name], log: &coalescer.log)
                    }
                default:
                    continue
                }
            }
            deps[i].importValues = normalized
        }
        chart.dependencies = deps
        var defaults = buffer.writeBack(into: merged)
        coalescer.coalesceTables(&defaults, buffer.table, prefix: "", merge: true)
        chart.defaults = defaults
    }

    private static func pair(child: String, parent: String) -> Value {
        .map(["child": .string(child), "parent": .string(parent)], .strings)
    }

    /// Helm's `pathToMap`: `.` is the root, otherwise one nested map per dotted segment.
    private static func nest(_ table: [String: Value], at path: String) -> [String: Value] {
        if path == "." { return table }
        var current = table
        for segment in path.split(separator: ".", omittingEmptySubsequences: false).reversed() {
            current = [String(segment): .map(current)]
        }
        return current
    }
}
