#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Functions
import KrelCore
import YAML

/// Reading user-named files (`-f`, `--set-file`) with Go's error texts.
enum LocalFiles {
    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    static func readText(_ path: String) throws -> String {
        // `-f -` reads the values from standard input, as Helm does.
        if path == "-" { return String(decoding: readAll(fd: 0), as: UTF8.self) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ReadError(description: "open \(path): \(errno == ENOENT ? "no such file or directory" : String(cString: strerror(errno)).lowercased())")
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            throw ReadError(description: "read \(path): is a directory")
        }
        return String(decoding: readAll(fd: fd), as: UTF8.self)
    }

    private static func readAll(fd: Int32) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }
}

/// Helm's semver checks for dependency ranges and `kubeVersion`.
enum SemverMatching {
    /// Helm's `IsCompatibleRange`: false when either side does not parse.
    static func isCompatibleRange(_ constraint: String, _ version: String) -> Bool {
        guard let constraints = try? SemverConstraints(parsing: constraint),
            let parsed = try? SemanticVersion(parsing: version)
        else { return false }
        return constraints.isSatisfied(by: parsed)
    }

    /// The `kubeVersion` check: a bad constraint is an error.
    static func satisfies(_ constraint: String, _ version: String) throws -> Bool {
        let constraints = try SemverConstraints(parsing: constraint)
        return constraints.isSatisfied(by: try SemanticVersion(parsing: version))
    }
}

/// Compiles a chart's values.schema.json.
enum SchemaLoading {
    static func schema(_ node: ValuesChartNode<LoadedChart>) throws -> JSONSchema? {
        guard let bytes = node.payload.schemaJSON else { return nil }
        let decoded = GoJSON.unmarshal(String(decoding: bytes, as: UTF8.self))
        if let error = decoded.error { throw error }
        return JSONSchema(document: decoded.value, source: bytes) { pattern, text in try GoRegex(pattern).matches(text) }
    }
}

/// The YAML helpers the render path injects into lower layers.
enum SerializationSupport {
    /// Helm's `toYaml` (empty on error).
    @Sendable static func toYAML(_ value: Value) -> String { (try? YAMLEmitter.toYaml(value)) ?? "" }

    /// Parses one rendered document for classification.
    static func parseDocument(_ text: String) throws -> Value { try HelmYAML.unmarshal(text) }
}

/// The values-side view of a loaded chart tree.
enum ValuesTree {
    static func build(_ chart: LoadedChart, depth: Int = 0) throws(TemplateFailure) -> ValuesChartNode<LoadedChart> {
        guard depth < 100 else { throw TemplateFailure("chart \(chart.name): subcharts are nested too deeply") }
        var defaults: [String: Value] = [:]
        if let bytes = chart.valuesYAML {
            do { defaults = try HelmYAML.loadValues(bytes) } catch {
                throw TemplateFailure("cannot load values.yaml: \(error)")
            }
        }
        let entries = chart.metadata.dependencies.compactMap { $0 }.map { dep in
            DependencyEntry(
                name: dep.name, version: dep.version, alias: dep.alias, condition: dep.condition, tags: dep.tags,
                importValues: dep.importValues, enabled: dep.enabled)
        }
        var children: [ValuesChartNode<LoadedChart>] = []
        for sub in chart.subcharts { children.append(try build(sub, depth: depth + 1)) }
        return ValuesChartNode(
            name: chart.name, version: chart.metadata.version, defaults: defaults,
            dependencies: chart.metadata.dependencies.isEmpty ? nil : entries, children: children, payload: chart)
    }
}

/// Turns the processed values tree into the tree the template renderer walks.
enum RenderableTree {
    static func build(_ node: ValuesChartNode<LoadedChart>, values: [String: Value]) -> RenderableChart {
        var metadata = node.payload.metadata
        metadata.name = node.name
        metadata.dependencies = processedDependencies(node, original: metadata.dependencies)
        let subcharts = node.children.map { child -> RenderableChart in
            let section = values[child.name]?.mapValue ?? [:]
            return build(child, values: section)
        }
        return RenderableChart(
            metadata: metadata, values: values, templates: node.payload.templates, files: node.payload.files,
            subcharts: subcharts)
    }

    /// `.Chart.Dependencies` after processing: disabled entries gone, aliases as names.
    private static func processedDependencies(_ node: ValuesChartNode<LoadedChart>, original: [Dependency?]) -> [Dependency?] {
        guard let entries = node.dependencies else { return original.isEmpty ? original : [] }
        return entries.map { entry in
            var dep = original.compactMap { $0 }.first { $0.effectiveName == entry.name || $0.name == entry.name } ?? Dependency()
            dep.name = entry.name
            dep.enabled = entry.enabled
            dep.importValues = entry.importValues
            return dep
        }
    }
}

/// `crds/` files of every enabled chart: the root's first, then each subchart's, recursively.
enum CRDCollection {
    static func collect(_ node: ValuesChartNode<LoadedChart>, parentPath: String? = nil) -> [CRDFile] {
        let fullPath = parentPath.map { "\($0)/charts/\(node.name)" } ?? node.name
        var out = node.payload.crds.map {
            CRDFile(path: "\(fullPath)/\($0.path)", content: String(decoding: $0.data, as: UTF8.self))
        }
        for child in node.children { out += collect(child, parentPath: fullPath) }
        return out
    }
}
