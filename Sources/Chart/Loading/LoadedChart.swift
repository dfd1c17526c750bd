import Functions
/// A chart as loaded from disk or an archive, before dependency processing (spec 2.2).
/// Raw bytes are kept for values and schema: parsing them is the values code's job.
public struct LoadedChart: Sendable {
    /// Chart.yaml (merged with requirements.yaml for old charts), validated and sanitised.
    public var metadata: ChartMetadata
    public var chartYAML: [UInt8]
    /// `values.yaml` (exact name); nil when the chart has none.
    public var valuesYAML: [UInt8]?
    /// `values.schema.json`; nil when absent.
    public var schemaJSON: [UInt8]?
    /// `Chart.lock` or `requirements.lock`, unparsed.
    public var lock: [UInt8]?
    /// Everything under `templates/`, in load order, paths relative to the chart.
    public var templates: [ChartFile]
    /// The chart's `.Files`: every other file (crds/, README, .helmignore, charts/*.prov, ...).
    public var files: [ChartFile]
    /// Subcharts found in `charts/` (folders and `.tgz`), sorted by their folder/file name.
    public var subcharts: [LoadedChart]

    public init(metadata: ChartMetadata, chartYAML: [UInt8], valuesYAML: [UInt8]? = nil, schemaJSON: [UInt8]? = nil,
                lock: [UInt8]? = nil, templates: [ChartFile] = [], files: [ChartFile] = [], subcharts: [LoadedChart] = []) {
        self.metadata = metadata
        self.chartYAML = chartYAML
        self.valuesYAML = valuesYAML
        self.schemaJSON = schemaJSON
        self.lock = lock
        self.templates = templates
        self.files = files
        self.subcharts = subcharts
    }

    public var name: String { metadata.name }

    /// CRD files (spec 2.2): `crds/**/*.yaml|yml|json`, extension compared case-insensitively.
    public var crds: [ChartFile] {
        files.filter { file in
            guard file.path.hasPrefix("crds/") else { return false }
            let ext = GoPath.ext(file.path).lowercased()
            return ext == ".yaml" || ext == ".yml" || ext == ".json"
        }
    }
}
