import Foundation

/// Command-line options shared by the benchmark suites.
struct BenchOptions {
    var suite = "all"
    var sizeMB = 10
    var runs = 5
    /// Where generated inputs go.
    var workDir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("krel-bench")

    init(arguments: [String]) {
        var rest = arguments[...]
        while let arg = rest.popFirst() {
            switch arg {
            case "--size-mb": sizeMB = Int(rest.popFirst() ?? "") ?? sizeMB
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            case "--work-dir": workDir = URL(fileURLWithPath: rest.popFirst() ?? workDir.path)
            default: suite = arg
            }
        }
    }
}
