import KrelCore

/// A chart ready to render: dependencies processed (disabled subcharts removed, aliases
/// applied) and values final. The renderer needs nothing else from the loader.
public struct RenderableChart: Sendable {
    /// The chart's metadata; `name` is the alias when the chart was aliased.
    public var metadata: ChartMetadata
    /// The final values this chart's templates see as `.Values`.
    public var values: [String: Value]
    /// Files under `templates/`, paths relative to the chart (`templates/x.yaml`).
    public var templates: [ChartFile]
    /// The chart's `.Files`.
    public var files: [ChartFile]
    /// Enabled subcharts, in dependency order.
    public var subcharts: [RenderableChart]

    public init(metadata: ChartMetadata, values: [String: Value], templates: [ChartFile], files: [ChartFile],
                subcharts: [RenderableChart]) {
        self.metadata = metadata
        self.values = values
        self.templates = templates
        self.files = files
        self.subcharts = subcharts
    }

    public var name: String { metadata.name }

    /// Library charts contribute only their `_` helpers.
    public var isLibrary: Bool { metadata.type == "library" }
}
