import Foundation

// krel-bench: speed comparisons against helm, run side by side in one process so the
// figures share the machine's state. Usage: krel-bench [yaml|template|charts|all] [--size-mb N] [--runs N]
// [--entries N] [--components N] [--krel PATH] [--cases DIR] [--chart DIR]...
var options = BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
let suites: [String: (BenchOptions) throws -> Void] = [
    "template": TemplateBenchmark.run,
    "charts": ChartsBenchmark.run,
    "yaml": YAMLBenchmark.run,
]
let selected = options.suite == "all" ? suites.keys.sorted() : [options.suite]
for name in selected {
    guard let suite = suites[name] else {
        FileHandle.standardError.write(Data("krel-bench: unknown suite \(name)\n".utf8))
        exit(2)
    }
    do {
        try suite(options)
    } catch {
        FileHandle.standardError.write(Data("krel-bench: \(name): \(error)\n".utf8))
        exit(1)
    }
}
