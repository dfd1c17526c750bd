import KrelCore

/// Helm's values.schema.json check over a processed chart tree (spec 11): the root's final
/// values against its schema, then each enabled subchart's section against the subchart's
/// schema (missing or null sections skipped, non-maps reported). Subchart sections always
/// hold the injected `global: {}`, so `additionalProperties: false` fails there, as in Helm.
public enum ChartSchemaValidation {
    /// A chart's schema, or nil when it has none. A throw (e.g. invalid JSON) is reported
    /// under the chart's name with the error's text.
    public typealias SchemaLookup<P> = (ValuesChartNode<P>) throws -> JSONSchema?

    /// nil when every schema passes; otherwise Helm's full error message (without `Error: `),
    /// which ends in a newline.
    public static func validate<P>(
        chart: ValuesChartNode<P>, values: [String: Value], schema: SchemaLookup<P>
    ) -> String? {
        var warnings: [String] = []
        return validate(chart: chart, values: values, schema: schema, warnings: &warnings)
    }

    /// As above, also collecting helm's stderr warning lines (no trailing newline), such as
    /// the one for each `urn:` reference that resolves nowhere.
    public static func validate<P>(
        chart: ValuesChartNode<P>, values: [String: Value], schema: SchemaLookup<P>, warnings: inout [String]
    ) -> String? {
        var report = ""
        collect(chart, values, schema, into: &report, warnings: &warnings, depth: 0)
        guard !report.isEmpty else { return nil }
        return "values don't meet the specifications of the schema(s) in the following chart(s):\n" + report
    }

    private static func collect<P>(
        _ chart: ValuesChartNode<P>, _ values: [String: Value], _ schema: SchemaLookup<P>,
        into report: inout String, warnings: inout [String], depth: Int
    ) {
        guard depth < 100 else { return }
        do {
            if let compiled = try schema(chart) {
                warnings += compiled.unresolvedURNs.map {
                    "level=WARN msg=\"unresolved URN reference ignored; using permissive schema\" urn=\($0)"
                }
                // A compile error's text has no trailing newline (helm then runs straight on).
                if let problem = compiled.compileError {
                    report += "\(chart.name):\n\(problem)"
                } else if case let failures = compiled.validate(.map(values)), !failures.isEmpty {
                    report += "\(chart.name):\n" + JSONSchema.render(failures)
                }
            }
        } catch {
            report += "\(chart.name):\n\(error)"
        }
        for child in chart.children {
            guard let section = values[child.name], !section.isNull else { continue }
            guard case .map(let childValues, _) = section else {
                report += "\(child.name):\ninvalid type for values: expected object (map), got \(section.goTypeName)\n"
                continue
            }
            collect(child, childValues, schema, into: &report, warnings: &warnings, depth: depth + 1)
        }
    }
}
