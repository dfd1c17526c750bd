import KrelCore
/// Why a chart could not be loaded. `description` is Helm's message (after `Error: `).
public indirect enum ChartLoadError: Error, CustomStringConvertible, Sendable {
    case pathNotFound(String)
    /// The directory has no readable `Chart.yaml` (`path` is absolute, as Helm prints it).
    case unableToDetectChart(chartYAMLPath: String, reason: String)
    case unableToDetectVersionInArchive
    case unsupportedChartVersion
    /// `apiVersion: v3` (experimental v3 charts are not enabled).
    case invalidChartAPIVersion
    case chartYAMLMissing
    /// `cannot load Chart.yaml: ...`, `cannot load requirements.yaml: ...`.
    case cannotLoad(file: String, reason: String)
    /// Chart.yaml metadata failed Helm's validation.
    case validation(String)
    case subchart(name: String, parent: String, underlying: ChartLoadError)
    case subchartArchiveName(parent: String, expected: String, got: String)
    /// A packaged chart given directly on the command line could not be read.
    case unreadableArchive(path: String, underlying: ArchiveError)
    /// A packaged subchart could not be read.
    case archive(ArchiveError)
    case notGzip(path: String, contentType: String)
    case yamlInsteadOfArchive(path: String)
    case ignoreFile(HelmIgnore.ParseError)
    case irregularFile(path: String)
    case fileTooLarge(name: String, limit: Int)
    case symlinkLoop(path: String)
    /// Go's `filepath.EvalSymlinks` failed; `reason` is its error text.
    case symlinkUnresolved(path: String, reason: String)
    case readFailed(path: String)
    /// An OS call failed; the text is Go's (`open PATH: too many levels of symbolic links`).
    case fileSystem(String)

    public var description: String {
        switch self {
        case .pathNotFound(let path): "path \"\(path)\" not found"
        case .unableToDetectChart(let path, let reason): "unable to detect chart at \(path): \(reason)"
        case .unableToDetectVersionInArchive: "unable to detect chart version, no Chart.yaml found"
        case .unsupportedChartVersion: "unsupported chart version"
        case .invalidChartAPIVersion: "invalid chart apiVersion"
        case .chartYAMLMissing: "Chart.yaml file is missing"
        case .cannotLoad(let file, let reason): "cannot load \(file): \(reason)"
        case .validation(let message): "validation: \(message)"
        case .subchart(let name, let parent, let underlying):
            "error unpacking subchart \(name) in \(parent): \(underlying)"
        case .subchartArchiveName(let parent, let expected, let got):
            "error unpacking subchart tar in \(parent): expected \(expected), got \(got)"
        case .unreadableArchive(let path, let underlying):
            underlying == .invalidGzipHeader
                ? "file '\(path)' does not appear to be a valid chart file (details: \(underlying))"
                : "unable to load chart archive"
        case .archive(let underlying):
            underlying == .invalidGzipHeader
                ? "stream does not appear to be a valid chart file (details: \(underlying))"
                : underlying.description
        case .notGzip(let path, let contentType):
            "file '\(path)' does not appear to be a gzipped archive; got '\(contentType)'"
        case .yamlInsteadOfArchive(let path):
            "file '\(path)' seems to be a YAML file, but expected a gzipped archive"
        case .ignoreFile(let error): error.description
        case .irregularFile(let path): "cannot load irregular file \(path) as it has file mode type bits set"
        case .fileTooLarge(let name, let limit):
            "chart file \(GoQuote.quote(name)) is larger than the maximum file size \(limit)"
        case .symlinkLoop(let path): "error evaluating symlink \(path): too many levels of symbolic links"
        case .symlinkUnresolved(let path, let reason): "error evaluating symlink \(path): \(reason)"
        case .readFailed(let path): "error reading \(path)"
        case .fileSystem(let message): message
        }
    }
}

/// Messages Helm logs at INFO level while loading a chart: first one per symlink met in
/// the directory walk (with `path` and `resolved` attributes), then one per old dependency
/// file in a chart whose apiVersion is not v1, in file order, root chart before subcharts.
public enum LoadWarning {
    public static let symlinkFollowed = "found symbolic link in path. Contents of linked file included and used"
    public static let requirementsInV2 =
        "Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml."
    public static let requirementsLockInV2 =
        "Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock."
}
