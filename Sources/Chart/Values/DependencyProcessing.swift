import KrelCore

/// Helm's dependency processing on the value side (spec 6): alias copies, enablement by
/// tags and conditions, removal of disabled subcharts, then import-values bottom-up.
///
/// Typical use by the renderer:
/// ```
/// var processor = DependencyProcessor(versionMatches: semverCheck)
/// let chart = try processor.process(root, user: userValues)
/// let values = try processor.coalescer.coalesce(chart, user: userValues)
/// // processor.coalescer.log.lines -> stderr
/// ```
public struct DependencyProcessor {
    /// Helm's `IsCompatibleRange(constraint, version)`: false when either does not parse.
    public var versionMatches: (_ constraint: String, _ version: String) -> Bool
    /// Shared with the final coalescing so warnings come out in Helm's order.
    public var coalescer = Coalescer()

    public init(versionMatches: @escaping (_ constraint: String, _ version: String) -> Bool) {
        self.versionMatches = versionMatches
    }

    /// Enablement (with `user` values), then import-values.
    public mutating func process<P>(_ root: ValuesChartNode<P>, user: [String: Value]) throws(CoalesceError) -> ValuesChartNode<P> {
        let enabled = try processEnabled(root, user, path: "", depth: 0)
        return try processImports(enabled, depth: 0)
    }

    static let maxDepth = 100

    private mutating func processEnabled<P>(
        _ chart: ValuesChartNode<P>, _ values: [String: Value], path: String, depth: Int
    ) throws(CoalesceError) -> ValuesChartNode<P> {
        guard var deps = chart.dependencies else { return chart }
        guard depth < Self.maxDepth else { throw CoalesceError("chart dependencies are nested too deeply") }
        var chart = chart
        // Loaded subcharts that no entry claims stay as they are.
        var children = chart.children.filter { child in
            !deps.contains { $0.name == child.name && versionMatches($0.version, child.version) }
        }
        for i in deps.indices {
            if var copy = chart.children.first(where: { $0.name == deps[i].name && versionMatches(deps[i].version, $0.version) }) {
                if !deps[i].alias.isEmpty { copy.name = deps[i].alias }
                children.append(copy)
            }
            if !deps[i].alias.isEmpty { deps[i].name = deps[i].alias }
            deps[i].enabled = true
        }
        chart.children = children
        let merged = try coalescer.coalesce(chart, values, prefix: "", merge: false)
        applyTags(&deps, merged)
        applyConditions(&deps, merged, path: path)

        let disabled = Set(deps.filter { !$0.enabled }.map(\.name))
        var kept: [ValuesChartNode<P>] = []
        for child in chart.children where !disabled.contains(child.name) {
            kept.append(try processEnabled(child, merged, path: path + child.name + ".", depth: depth + 1))
        }
        let keptDeps = deps.filter { !disabled.contains($0.name) }
        chart.dependencies = keptDeps.isEmpty ? nil : keptDeps
        chart.children = kept
        return chart
    }

    /// Any true tag enables, all-false disables; non-bool tags warn and are ignored.
    private mutating func applyTags(_ deps: inout [DependencyEntry], _ values: [String: Value]) {
        guard case .success(let tags) = ValuesPath.table(values, "tags") else { return }
        for i in deps.indices {
            var hasTrue = false, hasFalse = false
            for tag in deps[i].tags {
                guard let value = tags[tag] else { continue }
                if case .bool(let b) = value {
                    if b { hasTrue = true } else { hasFalse = true }
                } else {
                    coalescer.log.append(SlogLine.warn("returned non-bool value", [("tag", tag), ("chart", deps[i].name)]))
                }
            }
            deps[i].enabled = hasTrue || !hasFalse
        }
    }

    /// The first condition path that resolves to a bool decides (paths are not trimmed).
    private mutating func applyConditions(_ deps: inout [DependencyEntry], _ values: [String: Value], path: String) {
        for i in deps.indices {
            for condition in GoStrings.trimSpace(deps[i].condition).split(separator: ",", omittingEmptySubsequences: true) {
                guard let value = ValuesPath.pathValue(values, path + condition) else { continue }
                if case .bool(let b) = value {
                    deps[i].enabled = b
                    break
                }
                coalescer.log.append(SlogLine.warn("returned non-bool value", [("path", String(condition)), ("chart", deps[i].name)]))
            }
        }
    }

    private mutating func processImports<P>(_ chart: ValuesChartNode<P>, depth: Int) throws(CoalesceError) -> ValuesChartNode<P> {
        guard depth < Self.maxDepth else { throw CoalesceError("chart dependencies are nested too deeply") }
        var chart = chart
        var children: [ValuesChartNode<P>] = []
        for child in chart.children { children.append(try processImports(child, depth: depth + 1)) }
        chart.children = children
        try ImportValues.apply(to: &chart, coalescer: &coalescer)
        return chart
    }
}
