#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Functions
import KrelCore
import YAML

/// `helm template` as a library call (spec 0): load, merge values, process dependencies,
/// coalesce, validate, render, sort, and format the output.
public enum ChartTemplating {
    public static func run(_ request: TemplateRequest) throws(TemplateFailure) -> TemplateResponse {
        var log = ""
        do {
            return try runSteps(request, log: &log)
        } catch var failure {
            failure.stderrBefore = log + failure.stderrBefore
            throw failure
        }
    }

    private static func runSteps(_ request: TemplateRequest, log: inout String) throws(TemplateFailure) -> TemplateResponse {
        let userValues = try mergeUserValues(request.valueFlags)
        let loaded = try loadChart(request.chartPath, log: &log)
        if loaded.metadata.isLibrary { throw TemplateFailure("library charts are not installable") }
        if loaded.metadata.deprecated { log += SlogLine.warn("this chart is deprecated") + "\n" }
        try checkDependenciesPresent(loaded)
        let tree = try ValuesTree.build(loaded)

        var processor = DependencyProcessor(versionMatches: SemverMatching.isCompatibleRange)
        let processed: ValuesChartNode<LoadedChart>
        let values: [String: Value]
        do {
            processed = try processor.process(tree, user: userValues)
            values = try processor.coalescer.coalesce(processed, user: userValues)
        } catch {
            log += processor.coalescer.log.lines.map { $0 + "\n" }.joined()
            throw TemplateFailure(error.processingFailureMessage, stderrBefore: error.processingFailureLog)
        }
        log += processor.coalescer.log.lines.map { $0 + "\n" }.joined()

        let capabilities: Capabilities
        do {
            capabilities = try Capabilities(kubeVersionFlag: request.kubeVersion, apiVersionFlags: request.apiVersions)
        } catch { throw TemplateFailure("\(error)") }

        if !request.skipSchemaValidation {
            var warnings: [String] = []
            let report = ChartSchemaValidation.validate(
                chart: processed, values: values, schema: SchemaLoading.schema, warnings: &warnings)
            log += warnings.map { $0 + "\n" }.joined()
            if let report { throw TemplateFailure(report) }
        }
        do {
            try loaded.metadata.checkKubeVersion(capabilities.kubeVersion, satisfies: SemverMatching.satisfies)
        } catch { throw TemplateFailure("\(error)", duringRender: true) }

        let chart = RenderableTree.build(processed, values: values)
        let release = ReleaseInfo(
            name: request.releaseName, namespace: request.namespace, isUpgrade: request.isUpgrade,
            revision: request.revision
        ).templateValue
        let renderer = TemplateRenderer(functions: FunctionLibrary.helm, toYAML: SerializationSupport.toYAML)
        let files: [RenderedFile]
        do {
            files = try renderer.render(chart, context: RenderContext(release: release, capabilities: capabilities))
        } catch { throw TemplateFailure(error.message, duringRender: true) }

        var manifestsByPath: [String: String] = [:]
        for file in files where !file.path.hasSuffix("NOTES.txt") { manifestsByPath[file.path] = file.content }
        var sortLog: [String] = []
        let sorted: (hooks: [RenderedHook], manifests: [RenderedManifest])
        do {
            sorted = try ManifestSorter.sort(files: manifestsByPath, parse: SerializationSupport.parseDocument, log: &sortLog)
        } catch {
            throw TemplateFailure(error.message, stderrBefore: sortLog.map { $0 + "\n" }.joined(), duringRender: true)
        }
        log += sortLog.map { $0 + "\n" }.joined()
        let crds = CRDCollection.collect(processed)
        return try formatOutput(request, crds: crds, sorted: sorted, log: log)
    }

    private static func formatOutput(
        _ request: TemplateRequest, crds: [CRDFile], sorted: (hooks: [RenderedHook], manifests: [RenderedManifest]),
        log: String
    ) throws(TemplateFailure) -> TemplateResponse {
        if let outputDir = request.outputDir {
            let plan = OutputDir.plan(
                crds: crds, manifests: sorted.manifests, hooks: sorted.hooks, options: request.output,
                outputDir: outputDir, releaseName: request.outputDirUsesReleaseName ? request.releaseName : nil,
                existingContent: OutputDir.existingContent)
            do { try OutputDir.write(plan) } catch { throw TemplateFailure("\(error)") }
            if let error = plan.error {
                var failure = TemplateFailure(error.message)
                failure.stdout = plan.stdout
                throw failure
            }
            return TemplateResponse(stdout: plan.stdout, stderr: log)
        }
        do {
            let text = try TemplateOutput.render(
                crds: crds, manifests: sorted.manifests, hooks: sorted.hooks, options: request.output)
            return TemplateResponse(stdout: text, stderr: log)
        } catch {
            throw TemplateFailure(error.message)
        }
    }

    private static func mergeUserValues(_ flags: UserValueFlags) throws(TemplateFailure) -> [String: Value] {
        let merger = UserValues(
            readFile: LocalFiles.readText,
            parseValuesFile: { text in try HelmYAML.loadValues(Array(text.utf8)) },
            decodeJSONPrefix: GoJSON.decodePrefix)
        do { return try merger.merge(flags) } catch { throw TemplateFailure(error.message) }
    }

    /// Loading warnings go to the log even when loading then fails (Helm logs them at once).
    private static func loadChart(_ path: String, log: inout String) throws(TemplateFailure) -> LoadedChart {
        let loader = ChartLoader(parseYAML: { bytes in try HelmYAML.unmarshal(bytes: bytes) })
        var warnings: [String] = []
        defer { log += warnings.map { $0 + "\n" }.joined() }
        do { return try loader.load(path: path, warnings: &warnings) } catch { throw TemplateFailure("\(error)") }
    }

    /// Every Chart.yaml dependency must have a chart in `charts/` (matched by name).
    private static func checkDependenciesPresent(_ chart: LoadedChart) throws(TemplateFailure) {
        let present = Set(chart.subcharts.map(\.name))
        let missing = chart.metadata.dependencies.compactMap { $0 }.map(\.name).filter { !present.contains($0) }
        guard missing.isEmpty else {
            throw TemplateFailure(
                "an error occurred while checking for chart dependencies. You may need to run `helm dependency build` to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: "
                    + missing.joined(separator: ", "))
        }
    }
}
