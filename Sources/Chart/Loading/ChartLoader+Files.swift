import Functions
import KrelCore

extension ChartLoader {
    /// Helm's `LoadFiles`: classify chart files (spec 2.2), read and validate the metadata,
    /// then load the subcharts found in `charts/` recursively.
    public func load(files: [ChartFile]) throws -> LoadedChart {
        var warnings: [String] = []
        return try load(files: files, warnings: &warnings)
    }

    /// As `load(files:)`, collecting the slog lines Helm logs while loading (see `LoadWarning`).
    public func load(files: [ChartFile], warnings: inout [String]) throws -> LoadedChart {
        try load(files: files, depth: 0, warnings: &warnings)
    }

    /// A packaged subchart (or any `.tgz` bytes) with Helm's archive rules.
    public func load(archive bytes: [UInt8]) throws -> LoadedChart {
        var warnings: [String] = []
        return try load(archive: bytes, depth: 0, warnings: &warnings)
    }

    /// Nesting bound for subcharts (hostile archives could nest without end).
    static var maxDepth: Int { 64 }

    private func load(archive bytes: [UInt8], depth: Int, warnings: inout [String]) throws -> LoadedChart {
        let files: [ChartFile]
        do { files = try ChartArchive.files(fromArchive: bytes) } catch let error as ArchiveError {
            throw ChartLoadError.archive(error)
        }
        return try load(files: files, depth: depth, warnings: &warnings)
    }

    private func load(files: [ChartFile], depth: Int, warnings: inout [String]) throws -> LoadedChart {
        // Pass 1: Chart.yaml, wherever it sits in the list.
        var metadata: ChartMetadata?
        var chartYAML: [UInt8] = []
        for file in files where file.path == "Chart.yaml" {
            var parsed = metadata ?? ChartMetadata()
            do { try parsed.apply(try parseYAML(file.data)) } catch {
                throw ChartLoadError.cannotLoad(file: "Chart.yaml", reason: "\(error)")
            }
            if parsed.apiVersion.isEmpty { parsed.apiVersion = ChartMetadata.apiVersionV1 }
            metadata = parsed
            chartYAML = file.data
        }
        var chart = LoadedChart(metadata: metadata ?? ChartMetadata(), chartYAML: chartYAML)
        var subchartFiles: [String: [ChartFile]] = [:]
        for file in files {
            switch file.path {
            case "Chart.yaml":
                continue
            case "Chart.lock":
                try LockFileCheck.check(file.data, file: "Chart.lock", parseYAML: parseYAML)
                chart.lock = file.data
            case "values.yaml":
                chart.valuesYAML = file.data
            case "values.schema.json":
                chart.schemaJSON = file.data
            case "requirements.yaml":
                var merged = metadata ?? ChartMetadata()
                // Helm warns on the apiVersion before merging (the file may itself say v1).
                if merged.apiVersion != ChartMetadata.apiVersionV1 {
                    warnings.append(SlogLine.info(LoadWarning.requirementsInV2))
                }
                do { try merged.apply(try parseYAML(file.data)) } catch {
                    throw ChartLoadError.cannotLoad(file: "requirements.yaml", reason: "\(error)")
                }
                metadata = merged
                if merged.apiVersion == ChartMetadata.apiVersionV1 { chart.files.append(file) }
            case "requirements.lock":
                try LockFileCheck.check(file.data, file: "requirements.lock", parseYAML: parseYAML)
                chart.lock = file.data
                if metadata == nil { metadata = ChartMetadata() }
                if metadata?.apiVersion == ChartMetadata.apiVersionV1 {
                    chart.files.append(file)
                } else {
                    warnings.append(SlogLine.info(LoadWarning.requirementsLockInV2))
                }
            default:
                if file.path.hasPrefix("templates/") {
                    chart.templates.append(file)
                } else if file.path.hasPrefix("charts/") {
                    if GoPath.ext(file.path) == ".prov" {
                        chart.files.append(file)
                        continue
                    }
                    let inner = String(file.path.dropFirst("charts/".count))
                    let subchartName = String(inner.prefix { $0 != "/" })
                    subchartFiles[subchartName, default: []].append(ChartFile(path: inner, data: file.data))
                } else {
                    chart.files.append(file)
                }
            }
        }
        guard var validated = metadata else { throw ChartLoadError.chartYAMLMissing }
        do { try validated.validate() } catch let error as MetadataValidationError {
            throw ChartLoadError.validation(error.description)
        }
        chart.metadata = validated
        chart.subcharts = try loadSubcharts(subchartFiles, parent: validated.name, depth: depth, warnings: &warnings)
        return chart
    }

    /// `charts/<x>/...` folders and `charts/<x>.tgz` archives; names starting with `_` or `.`
    /// are skipped. Sorted by name so results do not depend on hash order.
    private func loadSubcharts(_ groups: [String: [ChartFile]], parent: String, depth: Int,
                               warnings: inout [String]) throws -> [LoadedChart] {
        var subcharts: [LoadedChart] = []
        for name in groups.keys.sorted(by: Value.goStringLess) {
            guard let files = groups[name] else { continue }
            if name.hasPrefix("_") || name.hasPrefix(".") { continue }
            if depth >= ChartLoader.maxDepth {
                throw ChartLoadError.subchart(name: name, parent: parent, underlying: .symlinkLoop(path: name))
            }
            do {
                if GoPath.ext(name) == ".tgz" {
                    guard let first = files.first, first.path == name else {
                        throw ChartLoadError.subchartArchiveName(parent: parent, expected: name, got: files.first?.path ?? "")
                    }
                    subcharts.append(try load(archive: first.data, depth: depth + 1, warnings: &warnings))
                } else {
                    // Drop the folder name; a plain file directly in charts/ has nothing left.
                    let inner = files.compactMap { file -> ChartFile? in
                        guard let slash = file.path.firstIndex(of: "/") else { return nil }
                        return ChartFile(path: String(file.path[file.path.index(after: slash)...]), data: file.data)
                    }
                    subcharts.append(try load(files: inner, depth: depth + 1, warnings: &warnings))
                }
            } catch let error as ChartLoadError {
                if case .subchartArchiveName = error { throw error }
                throw ChartLoadError.subchart(name: name, parent: parent, underlying: error)
            }
        }
        return subcharts
    }
}
