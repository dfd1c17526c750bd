import KrelCore

/// One `dependencies:` entry of Chart.yaml (or requirements.yaml), as the value side needs it.
public struct DependencyEntry: Sendable, Equatable {
    public var name: String
    public var version: String
    public var alias: String
    /// Comma-separated dotted paths.
    public var condition: String
    public var tags: [String]
    /// Raw `import-values` items: strings or `{child, parent}` maps. After processing
    /// they are normalised to `map[string]string` values `{child, parent}`.
    public var importValues: [Value]
    /// Set by dependency processing.
    public var enabled: Bool

    public init(
        name: String, version: String = "", alias: String = "", condition: String = "",
        tags: [String] = [], importValues: [Value] = [], enabled: Bool = false
    ) {
        self.name = name
        self.version = version
        self.alias = alias
        self.condition = condition
        self.tags = tags
        self.importValues = importValues
        self.enabled = enabled
    }
}

/// The chart tree as values processing sees it. The loader builds one node per chart and
/// keeps whatever it needs for rendering (templates, files, metadata) in `payload`;
/// dependency processing returns a new tree (aliases applied, disabled charts removed,
/// imported defaults merged) whose payloads the renderer then uses.
public struct ValuesChartNode<Payload> {
    /// The chart name (`.Chart.Name`); becomes the alias for aliased copies.
    public var name: String
    /// Chart.yaml `version`, for matching dependency version ranges.
    public var version: String
    /// values.yaml (empty map when absent).
    public var defaults: [String: Value]
    /// Chart.yaml dependency entries; nil when Chart.yaml has no `dependencies` key
    /// (Helm then skips dependency processing for this chart, warnings included).
    public var dependencies: [DependencyEntry]?
    /// Loaded subcharts (from `charts/`), in load order.
    public var children: [ValuesChartNode]
    public var payload: Payload

    public init(
        name: String, version: String = "", defaults: [String: Value] = [:],
        dependencies: [DependencyEntry]? = nil, children: [ValuesChartNode] = [], payload: Payload
    ) {
        self.name = name
        self.version = version
        self.defaults = defaults
        self.dependencies = dependencies
        self.children = children
        self.payload = payload
    }
}
extension ValuesChartNode: Sendable where Payload: Sendable {}
