import KrelCore

/// Loads charts from directories, `.tgz` archives or in-memory files (spec 2), with
/// Helm v4.1.4's checks and error texts. YAML parsing is injected so this code does not
/// depend on a particular parser; it must turn bytes into a `Value` (YAML 1.1, as Helm)
/// and throw errors whose description is Helm's text (`error converting YAML to JSON: ...`).
public struct ChartLoader: Sendable {
    public typealias YAMLParser = @Sendable ([UInt8]) throws -> Value

    public var parseYAML: YAMLParser
    public init(parseYAML: @escaping YAMLParser) {
        self.parseYAML = parseYAML
    }

    /// `helm template NAME CHART`'s loading: a directory or a packaged chart file.
    /// `path` may be relative; error texts use the absolute path, as Helm's do.
    public func load(path: String) throws -> LoadedChart {
        var warnings: [String] = []
        return try load(path: path, warnings: &warnings)
    }

    /// As `load(path:)`, also collecting the lines Helm logs while loading (slog text lines,
    /// see `LoadWarning`), in Helm's order; they are appended even when loading then fails.
    public func load(path: String, warnings: inout [String]) throws -> LoadedChart {
        let absolute = FileSystem.absolute(path)
        guard let info = FileSystem.statInfo(absolute) else { throw ChartLoadError.pathNotFound(path) }
        if info.isDirectory { return try loadDirectory(absolute, warnings: &warnings) }
        return try loadArchiveFile(absolute, warnings: &warnings)
    }

    /// A chart directory: detect the chart API version from Chart.yaml, then walk it.
    public func loadDirectory(_ directory: String) throws -> LoadedChart {
        var warnings: [String] = []
        return try loadDirectory(directory, warnings: &warnings)
    }

    public func loadDirectory(_ directory: String, warnings: inout [String]) throws -> LoadedChart {
        let root = FileSystem.absolute(directory)
        let chartYAMLPath = root + "/Chart.yaml"
        guard let info = FileSystem.statInfo(chartYAMLPath) else {
            throw ChartLoadError.unableToDetectChart(
                chartYAMLPath: chartYAMLPath, reason: "open \(chartYAMLPath): no such file or directory")
        }
        guard !info.isDirectory, let data = FileSystem.readFile(chartYAMLPath) else {
            throw ChartLoadError.unableToDetectChart(chartYAMLPath: chartYAMLPath, reason: "read \(chartYAMLPath): is a directory")
        }
        try checkAPIVersion(chartYAML: data)
        var helmignore: [UInt8]?
        if let ignoreInfo = FileSystem.statInfo(root + "/.helmignore"), !ignoreInfo.isDirectory {
            helmignore = FileSystem.readFile(root + "/.helmignore")
        }
        let rules: HelmIgnore
        do { rules = try HelmIgnore.forChartDirectory(helmignore: helmignore) } catch let error as HelmIgnore.ParseError {
            throw ChartLoadError.ignoreFile(error)
        }
        let files = try DirectoryWalker(root: root, rules: rules, maxFileBytes: ChartArchive.maxFileBytes).walk(log: &warnings)
        return try load(files: files, warnings: &warnings)
    }

    /// A packaged chart on disk (`helm template rel chart-1.0.0.tgz`).
    public func loadArchiveFile(_ path: String) throws -> LoadedChart {
        var warnings: [String] = []
        return try loadArchiveFile(path, warnings: &warnings)
    }

    public func loadArchiveFile(_ path: String, warnings: inout [String]) throws -> LoadedChart {
        guard let bytes = FileSystem.readFile(path) else { throw ChartLoadError.readFailed(path: path) }
        if !GzipReader.hasGzipMagic(bytes) {
            if path.hasSuffix(".yml") || path.hasSuffix(".yaml") { throw ChartLoadError.yamlInsteadOfArchive(path: path) }
            throw ChartLoadError.notGzip(path: path, contentType: ContentSniffer.detect(bytes))
        }
        let files: [ChartFile]
        do { files = try ChartArchive.files(fromArchive: bytes) } catch let error as ArchiveError {
            throw ChartLoadError.unreadableArchive(path: path, underlying: error)
        }
        guard let chartYAML = files.first(where: { $0.path == "Chart.yaml" }) else {
            throw ChartLoadError.unableToDetectVersionInArchive
        }
        try checkAPIVersion(chartYAML: chartYAML.data)
        return try load(files: files, warnings: &warnings)
    }

    /// Helm v4 first reads only `apiVersion` to pick the chart loader.
    private func checkAPIVersion(chartYAML: [UInt8]) throws {
        let document: Value
        do { document = try parseYAML(chartYAML) } catch {
            throw ChartLoadError.cannotLoad(file: "Chart.yaml", reason: "\(error)")
        }
        var apiVersion = ""
        switch document {
        case .null: break
        case .map(let entries, _):
            // Go decodes the keys in byte-sorted order (JSON re-marshalled from the YAML);
            // the last key matching case-insensitively wins.
            for key in entries.keys.sorted(by: Value.goStringLess) where MetadataDecoding.foldedFieldName(key) == "apiversion" {
                guard let value = entries[key] else { continue }
                do { apiVersion = try MetadataDecoding.string(value, "chartBase", "apiVersion") ?? apiVersion } catch {
                    throw ChartLoadError.cannotLoad(file: "Chart.yaml", reason: "\(error)")
                }
            }
        default:
            let error = MetadataTypeError(jsonKind: MetadataDecoding.jsonKind(document), structName: "chartBase",
                                          fieldPath: "", goType: "loader.chartBase")
            throw ChartLoadError.cannotLoad(file: "Chart.yaml", reason: "\(error)")
        }
        switch apiVersion {
        case "", ChartMetadata.apiVersionV1, ChartMetadata.apiVersionV2: return
        case "v3": throw ChartLoadError.invalidChartAPIVersion
        default: throw ChartLoadError.unsupportedChartVersion
        }
    }
}

/// The few answers of Go's `http.DetectContentType` that matter for a wrong chart file.
enum ContentSniffer {
    static func detect(_ bytes: [UInt8]) -> String {
        let head = bytes.prefix(512)
        if head.isEmpty { return "text/plain; charset=utf-8" }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "application/zip" }
        if head.starts(with: Array("%PDF-".utf8)) { return "application/pdf" }
        // Text when no byte is a binary control character.
        let binary = head.contains { b in b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) || b == 0x0B }
        return binary ? "application/octet-stream" : "text/plain; charset=utf-8"
    }
}
