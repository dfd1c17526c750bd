import Chart
import Foundation

/// Issue 3: a template-heavy chart rendered by krel in process (load + values + render +
/// sort + output: `ChartTemplating.run`) next to `helm template` on the same chart, in the
/// same run. Helm's rendering share is its time on the heavy chart minus its time on a
/// trivial chart (its process start, Go runtime and command setup).
enum TemplateBenchmark {
    static func run(_ options: BenchOptions) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: options.workDir, withIntermediateDirectories: true)
        let heavy = options.workDir.appendingPathComponent("heavy-chart")
        try HeavyChart(entries: options.entries).write(to: heavy)
        let trivial = options.workDir.appendingPathComponent("trivial-chart")
        try TrivialChart.write(to: trivial)
        print("template: chart with \(options.entries) services and config keys, median of \(options.runs) runs")

        var outputBytes = 0
        let request = TemplateRequest(chartPath: heavy.path, releaseName: "rel")
        let krel = try Timing.median(runs: options.runs) {
            outputBytes = try ChartTemplating.run(request).stdout.utf8.count
        }
        print("  krel in process (load+render+output) \(Timing.format(krel))   (\(outputBytes / 1024) KiB of YAML)")

        guard let helm = Timing.helmPath else {
            print("  helm: not installed (../shared/tools/install-helm-oracle), skipped")
            return
        }
        var heavySamples: [ProcessSample] = []
        var trivialSamples: [ProcessSample] = []
        var krelSamples: [ProcessSample] = []
        let krelBinary = options.krelBinary
        for _ in 0..<max(1, options.runs) {
            heavySamples.append(try ProcessProbe.run(helm, ["template", "rel", heavy.path]))
            trivialSamples.append(try ProcessProbe.run(helm, ["template", "rel", trivial.path]))
            if let krelBinary { krelSamples.append(try ProcessProbe.run(krelBinary, ["template", "rel", heavy.path])) }
        }
        let helmWhole = ProcessStats(heavySamples).seconds
        let helmStart = ProcessStats(trivialSamples).seconds
        let helmRender = max(helmWhole - helmStart, 0)
        print("  helm template (whole process)        \(Timing.format(helmWhole))   helm/krel-in-process \(ratio(helmWhole, krel))")
        print("  helm on a trivial chart (start-up)   \(Timing.format(helmStart))")
        print("  helm rendering share (difference)    \(Timing.format(helmRender))   helm/krel \(ratio(helmRender, krel))   target >= 3x: \(helmRender / krel >= 3 ? "met" : "NOT met")")
        if let krelBinary {
            let krelWhole = ProcessStats(krelSamples).seconds
            print("  krel template (whole process)        \(Timing.format(krelWhole))   helm/krel \(ratio(helmWhole, krelWhole))")
            try compareOutputs(krel: krelBinary, helm: helm, chart: heavy, workDir: options.workDir)
        }
    }

    static func ratio(_ a: Double, _ b: Double) -> String { String(format: "%.1fx", a / b) }

    /// A sanity check that both tools did the same work: their stdout must be identical.
    static func compareOutputs(krel: String, helm: String, chart: URL, workDir: URL) throws {
        let krelOut = workDir.appendingPathComponent("krel.out").path
        let helmOut = workDir.appendingPathComponent("helm.out").path
        _ = try ProcessProbe.run(krel, ["template", "rel", chart.path], stdoutPath: krelOut)
        _ = try ProcessProbe.run(helm, ["template", "rel", chart.path], stdoutPath: helmOut)
        let same = FileManager.default.contentsEqual(atPath: krelOut, andPath: helmOut)
        print("  outputs byte-identical: \(same ? "yes" : "NO (diff \(krelOut) \(helmOut))")")
    }
}

/// The smallest chart: one ConfigMap, no values. Measures a tool's fixed cost.
enum TrivialChart {
    static func write(to chart: URL) throws {
        let fm = FileManager.default
        try? fm.removeItem(at: chart)
        try fm.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("apiVersion: v2\nname: trivial\nversion: 0.1.0\n".utf8).write(to: chart.appendingPathComponent("Chart.yaml"))
        try Data("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n".utf8)
            .write(to: chart.appendingPathComponent("templates/cm.yaml"))
    }
}
