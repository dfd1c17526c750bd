import Foundation

/// Command-line options shared by the benchmark suites.
struct BenchOptions {
    var suite = "all"
    var sizeMB = 10
    var runs = 5
    /// Where generated inputs go.
    var workDir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("krel-bench")
    /// Services and config keys in the generated template-heavy chart.
    var entries = 2000
    /// Templates in the generated large chart of the `charts` suite.
    var components = 320
    /// The krel executable timed as a whole process: `--krel PATH`, else the `krel` built
    /// next to this benchmark (build both with the release command of BENCHMARKS.md).
    var krelBinary: String? = {
        let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
            .appendingPathComponent("krel").path
        return FileManager.default.isExecutableFile(atPath: sibling) ? sibling : nil
    }()
    /// The chart-level conformance corpus (each case: `args`, `chart/`, `expected.exit`).
    var casesDir = "../shared/conformance/charts"
    /// Extra chart folders to time (`--chart DIR`, repeatable): rendered as `template rel DIR`.
    var extraCharts: [String] = []

    init(arguments: [String]) {
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--size-mb": sizeMB = Int(rest.popFirst() ?? "") ?? sizeMB
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            case "--work-dir": workDir = URL(fileURLWithPath: rest.popFirst() ?? workDir.path)
            case "--entries": entries = Int(rest.popFirst() ?? "") ?? entries
            case "--components": components = Int(rest.popFirst() ?? "") ?? components
            case "--krel": krelBinary = rest.popFirst()
            case "--cases": casesDir = rest.popFirst() ?? casesDir
            case "--chart": extraCharts += rest.popFirst().map { [$0] } ?? []
            default: suite = arg
            }
        }
    }
}
