import Foundation

/// Issue 4: `krel template` and `helm template` as whole processes, run alternately on each
/// chart of a set (every successful case of the chart conformance corpus, the repo's own
/// `charts/`, `--chart` folders, and a generated chart with 300+ templates and big values).
/// Per chart: median wall time, median peak RSS, their ratios, and whether stdout matched.
enum ChartsBenchmark {
    struct Case {
        var name: String
        var directory: String
        var arguments: [String]
    }

    struct Row {
        var name: String
        var krel: ProcessStats
        var helm: ProcessStats
        var sameOutput: Bool
        var speedup: Double { helm.seconds / krel.seconds }
        var memoryShare: Double { Double(krel.peakBytes) / Double(helm.peakBytes) }
    }

    static func run(_ options: BenchOptions) throws {
        guard let helm = Timing.helmPath else { throw BenchError("helm not installed (../shared/tools/install-helm-oracle)") }
        guard let krel = options.krelBinary else { throw BenchError("no krel binary next to krel-bench; pass --krel PATH") }
        let cases = try collectCases(options)
        print("charts: \(cases.count) charts, krel \(krel) vs helm \(helm), median of \(options.runs) alternating runs")
        print(pad("chart", 48) + lpad("krel ms", 9) + lpad("helm ms", 9) + lpad("ratio", 8)
              + lpad("krel MB", 9) + lpad("helm MB", 9) + lpad("mem", 6) + "  same")
        var rows: [Row] = []
        for item in cases {
            let row = try measure(item, krel: krel, helm: helm, runs: options.runs, workDir: options.workDir)
            rows.append(row)
            print(pad(row.name, 48) + lpad(String(format: "%.1f", row.krel.seconds * 1000), 9)
                  + lpad(String(format: "%.1f", row.helm.seconds * 1000), 9) + lpad(String(format: "%.1fx", row.speedup), 8)
                  + lpad(String(format: "%.1f", row.krel.megabytes), 9) + lpad(String(format: "%.1f", row.helm.megabytes), 9)
                  + lpad(String(format: "%.2f", row.memoryShare), 6) + (row.sameOutput ? "  yes" : "  NO"))
        }
        summarise(rows)
    }

    static func summarise(_ rows: [Row]) {
        guard !rows.isEmpty else { return }
        let speedups = rows.map(\.speedup).sorted()
        let memory = rows.map(\.memoryShare).sorted()
        let medianSpeedup = speedups[speedups.count / 2]
        let medianMemory = memory[memory.count / 2]
        let worstMemory = memory.last ?? 0
        print(String(format: "median time ratio helm/krel: %.1fx (min %.1fx, max %.1fx)   target >= 10x: %@",
                     medianSpeedup, speedups.first ?? 0, speedups.last ?? 0, medianSpeedup >= 10 ? "met" : "NOT met"))
        print(String(format: "peak memory krel/helm: median %.2f, worst %.2f   target <= 0.5: %@",
                     medianMemory, worstMemory, worstMemory <= 0.5 ? "met" : (medianMemory <= 0.5 ? "met at the median" : "NOT met")))
        let differing = rows.filter { !$0.sameOutput }.map(\.name)
        print("stdout identical on \(rows.count - differing.count)/\(rows.count) charts"
              + (differing.isEmpty ? "" : "; differing: " + differing.joined(separator: ", ")))
    }

    /// Alternates krel and helm so both see the same machine state; the first run of each
    /// writes stdout to a file for the output comparison.
    static func measure(_ item: Case, krel: String, helm: String, runs: Int, workDir: URL) throws -> Row {
        let krelOut = workDir.appendingPathComponent("charts-krel.out").path
        let helmOut = workDir.appendingPathComponent("charts-helm.out").path
        var krelSamples: [ProcessSample] = []
        var helmSamples: [ProcessSample] = []
        for run in 0..<max(1, runs) {
            krelSamples.append(try ProcessProbe.run(
                krel, ["template"] + item.arguments, in: item.directory, stdoutPath: run == 0 ? krelOut : "/dev/null"))
            helmSamples.append(try ProcessProbe.run(
                helm, ["template"] + item.arguments, in: item.directory, stdoutPath: run == 0 ? helmOut : "/dev/null"))
        }
        let same = FileManager.default.contentsEqual(atPath: krelOut, andPath: helmOut)
            && krelSamples[0].exitStatus == helmSamples[0].exitStatus
        return Row(name: item.name, krel: ProcessStats(krelSamples), helm: ProcessStats(helmSamples), sameOutput: same)
    }

    static func collectCases(_ options: BenchOptions) throws -> [Case] {
        let fm = FileManager.default
        var cases: [Case] = []
        let corpus = URL(fileURLWithPath: options.casesDir)
        for name in (try? fm.contentsOfDirectory(atPath: corpus.path).sorted()) ?? [] {
            let folder = corpus.appendingPathComponent(name)
            guard let args = try? String(contentsOf: folder.appendingPathComponent("args"), encoding: .utf8),
                  let exit = try? String(contentsOf: folder.appendingPathComponent("expected.exit"), encoding: .utf8),
                  exit == "0\n"
            else { continue }
            let words = try ShellWords.split(args)
            // --output-dir would write into the shared corpus.
            if words.contains(where: { $0.hasPrefix("--output-dir") }) { continue }
            cases.append(Case(name: name, directory: folder.path, arguments: words))
        }
        if cases.isEmpty { print("  (no conformance cases found under \(options.casesDir))") }
        var folders = options.extraCharts
        let repoCharts = URL(fileURLWithPath: "charts")
        for name in (try? fm.contentsOfDirectory(atPath: repoCharts.path).sorted()) ?? []
        where fm.fileExists(atPath: repoCharts.appendingPathComponent(name + "/Chart.yaml").path) {
            folders.append(repoCharts.appendingPathComponent(name).path)
        }
        for folder in folders {
            let url = URL(fileURLWithPath: folder)
            cases.append(Case(name: url.lastPathComponent, directory: url.path, arguments: ["rel", "."]))
        }
        try fm.createDirectory(at: options.workDir, withIntermediateDirectories: true)
        let large = options.workDir.appendingPathComponent("large-chart")
        let generator = HeavyChart(entries: options.entries / 4, components: options.components)
        try generator.write(to: large)
        cases.append(Case(name: "generated-large (\(options.components + 4) templates)", directory: large.path,
                          arguments: ["rel", "."]))
        return cases
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? String(s.prefix(width - 1)) + " " : s + String(repeating: " ", count: width - s.count)
    }

    static func lpad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
