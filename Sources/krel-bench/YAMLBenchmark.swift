import Foundation
import YAML

/// Issue 2's YAML benchmark: krel's parse of a ~10 MB values file to `Value`, next to
/// `helm template` of a one-template chart given that file with `-f`, and PyYAML's C loader.
enum YAMLBenchmark {
    static func run(_ options: BenchOptions) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: options.workDir, withIntermediateDirectories: true)
        var generator = ValuesGenerator()
        let text = generator.generate(bytes: options.sizeMB * 1_000_000)
        let valuesURL = options.workDir.appendingPathComponent("big-values.yaml")
        try Data(text.utf8).write(to: valuesURL)
        let bytes = Array(text.utf8)
        print("yaml: \(bytes.count) bytes of generated values, median of \(options.runs) runs")

        var keys = 0
        let krel = try Timing.median(runs: options.runs) {
            keys = try HelmYAML.loadValues(bytes).count
        }
        print("  krel parse to Value      \(Timing.format(krel))   (\(keys) top-level keys)")

        if let helm = Timing.helmPath {
            let chart = options.workDir.appendingPathComponent("bench-chart")
            try? fm.removeItem(at: chart)
            try fm.createDirectory(at: chart.appendingPathComponent("templates"), withIntermediateDirectories: true)
            try Data("apiVersion: v2\nname: bench\nversion: 0.1.0\n".utf8)
                .write(to: chart.appendingPathComponent("Chart.yaml"))
            try Data("kind: ConfigMap\nmetadata:\n  name: x\n".utf8)
                .write(to: chart.appendingPathComponent("templates/cm.yaml"))
            let helmTime = try Timing.median(runs: options.runs) {
                try Timing.runProcess(helm, ["template", "rel", chart.path, "-f", valuesURL.path])
            }
            print("  helm template -f (whole) \(Timing.format(helmTime))   ratio helm/krel: \(String(format: "%.1fx", helmTime / krel))")
        } else {
            print("  helm: not installed (../shared/tools/install-helm-oracle), skipped")
        }

        let python = "/usr/bin/env"
        let script = "import yaml,sys; yaml.load(open(sys.argv[1]), Loader=yaml.CSafeLoader)"
        if let pyTime = try? Timing.median(runs: max(1, options.runs / 2), {
            try Timing.runProcess(python, ["python3", "-c", script, valuesURL.path])
        }) {
            print("  PyYAML CSafeLoader       \(Timing.format(pyTime))   ratio pyyaml/krel: \(String(format: "%.1fx", pyTime / krel))")
        } else {
            print("  PyYAML: not available, skipped")
        }
    }
}
