import KrelCore

/// Helm's value coalescing (spec 5.3-5.5): user values over chart defaults, recursively
/// through subcharts, with globals flowing down. `merge` keeps nulls (Helm's MergeValues,
/// used while processing dependencies); coalescing proper deletes defaults nulled by the user.
///
/// Warnings are appended to `log` with Helm's exact texts, so running the same steps as Helm
/// also reproduces how often each warning is printed.
public struct Coalescer {
    public var log = ValuesLog()
    public init() {}

    /// The chart's final values: `user` over the chart's defaults, then each subchart's
    /// section coalesced with that subchart (every subchart gets a key and a `global`).
    public mutating func coalesce<P>(_ chart: ValuesChartNode<P>, user: [String: Value]) throws(CoalesceError) -> [String: Value] {
        try coalesce(chart, user, prefix: "", merge: false)
    }

    /// Like `coalesce`, but user nulls stay (Helm's MergeValues).
    public mutating func merge<P>(_ chart: ValuesChartNode<P>, user: [String: Value]) throws(CoalesceError) -> [String: Value] {
        try coalesce(chart, user, prefix: "", merge: true)
    }

    mutating func coalesce<P>(
        _ chart: ValuesChartNode<P>, _ values: [String: Value], prefix: String, merge: Bool
    ) throws(CoalesceError) -> [String: Value] {
        var values = values
        coalesceValues(chart, &values, prefix: prefix, merge: merge)
        try coalesceDependencies(chart, &values, prefix: prefix, merge: merge)
        return values
    }

    /// Each subchart's section: created when missing, must be a map, receives the parent's
    /// globals, then is coalesced with the subchart.
    private mutating func coalesceDependencies<P>(
        _ chart: ValuesChartNode<P>, _ values: inout [String: Value], prefix: String, merge: Bool
    ) throws(CoalesceError) {
        let subPrefix = Self.join(prefix, chart.name)
        for child in chart.children {
            var section: [String: Value] = [:]
            if let existing = values[child.name] {
                guard case .map(let entries, _) = existing else {
                    throw CoalesceError("type mismatch on \(child.name): \(GoBadVerb.boolVerb(existing))")
                }
                section = entries
            }
            coalesceGlobals(into: &section, from: values, prefix: subPrefix)
            values[child.name] = .map(try coalesce(child, section, prefix: subPrefix, merge: merge))
        }
    }

    /// Parent globals win; subchart-only globals survive; maps inside global merge.
    private mutating func coalesceGlobals(into dest: inout [String: Value], from src: [String: Value], prefix: String) {
        var destGlobals: [String: Value] = [:]
        if let existing = dest["global"] {
            guard case .map(let entries, _) = existing else {
                log.printf("warning: skipping globals because destination global is not a table.")
                return
            }
            destGlobals = entries
        }
        var srcGlobals: [String: Value] = [:]
        if let existing = src["global"] {
            guard case .map(let entries, _) = existing else {
                log.printf("warning: skipping globals because source global is not a table.")
                return
            }
            srcGlobals = entries
        }
        for key in srcGlobals.keys.sorted(by: Value.goStringLess) {
            let value = srcGlobals[key]!
            if case .map(let parentTable, _) = value {
                if let existing = destGlobals[key] {
                    guard case .map(let childTable, _) = existing else {
                        log.printf("Conflict: cannot merge map onto non-map for \(GoQuote.string(key)). Skipping.")
                        continue
                    }
                    var merged = parentTable
                    coalesceTables(&merged, childTable, prefix: Self.join(prefix, key), merge: true)
                    destGlobals[key] = .map(merged)
                } else {
                    destGlobals[key] = value
                }
            } else if case .map? = destGlobals[key] {
                log.printf("key \(key) is table. Skipping")
            } else {
                destGlobals[key] = value
            }
        }
        dest["global"] = .map(destGlobals)
    }

    /// User values `values` over the chart's own defaults (one level; tables recurse).
    private mutating func coalesceValues<P>(
        _ chart: ValuesChartNode<P>, _ values: inout [String: Value], prefix: String, merge: Bool
    ) {
        let subPrefix = Self.join(prefix, chart.name)
        for key in chart.defaults.keys.sorted(by: Value.goStringLess) {
            let defaultValue = chart.defaults[key]!
            guard let userValue = values[key] else {
                values[key] = defaultValue
                continue
            }
            if userValue.isNull && !merge {
                values[key] = nil
            } else if case .map(var userTable, _) = userValue {
                guard case .map(let defaultTable, _) = defaultValue else {
                    if !defaultValue.isNull {
                        log.printf("warning: skipped value for \(subPrefix).\(key): Not a table.")
                    }
                    continue
                }
                // A subchart's section is merged (nulls kept) so the subchart's own pass sees them.
                let mergeHere = merge || chart.children.contains { $0.name == key }
                coalesceTables(&userTable, defaultTable, prefix: Self.join(subPrefix, key), merge: mergeHere)
                values[key] = .map(userTable)
            }
        }
    }

    /// `src` (lower precedence) into `dst` (higher precedence), recursively.
    mutating func coalesceTables(_ dst: inout [String: Value], _ src: [String: Value], prefix: String, merge: Bool) {
        var src = src
        let originalNonNull = Set(src.filter { !$0.value.isNull }.keys)
        for (key, value) in dst where value.isNull { src[key] = .null }
        for key in src.keys.sorted(by: Value.goStringLess) {
            let srcValue = src[key]!
            let fullKey = Self.join(prefix, key)
            guard let dstValue = dst[key] else {
                dst[key] = srcValue
                continue
            }
            if !merge && dstValue.isNull && originalNonNull.contains(key) {
                dst[key] = nil
            } else if case .map(let srcTable, _) = srcValue {
                if case .map(var dstTable, _) = dstValue {
                    coalesceTables(&dstTable, srcTable, prefix: fullKey, merge: merge)
                    dst[key] = .map(dstTable)
                } else {
                    log.printf("warning: cannot overwrite table with non table for \(fullKey) (\(srcValue.goFormatted))")
                }
            } else if case .map = dstValue, !srcValue.isNull {
                log.printf("warning: destination for \(fullKey) is a table. Ignoring non-table value (\(srcValue.goFormatted))")
            }
        }
    }

    static func join(_ a: String, _ b: String) -> String { a.isEmpty ? b : a + "." + b }
}

public struct CoalesceError: Error, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Go's output for a verb that does not fit the value, e.g. `%t` of a string:
/// `%!t(string=abc)`.
enum GoBadVerb {
    static func boolVerb(_ value: Value) -> String {
        switch value {
        case .bool(let b): return b ? "true" : "false"
        case .null: return "%!t(<nil>)"
        case .list(let items, _): return "[" + items.map(boolVerb).joined(separator: " ") + "]"
        default: return "%!t(\(value.goTypeName)=\(value.goFormatted))"
        }
    }
}

extension CoalesceError {
    /// helm template's report when dependency processing fails: this ERROR log line on
    /// stderr, then `Error: ` + `processingFailureMessage`.
    public var processingFailureLog: String {
        SlogLine.line("ERROR", "chart dependencies processing failed", [("error", message)])
    }

    public var processingFailureMessage: String { "chart dependencies processing failed: \(message)" }
}
