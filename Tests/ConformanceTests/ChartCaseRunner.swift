import Foundation
import KrelCLI
import TestSupport

/// Runs chart cases laid out like `../shared/conformance/charts` (args, chart/, expected.*)
/// through `krel template` in process: each case in a fresh copy of its folder with that
/// copy as the working directory, comparing stdout, exit code, stderr and written files.
/// Shared by the shared corpus and our own fixtures (Tests/ChartFixtures/cases).
enum ChartCaseRunner {
    /// What one case produced compared with helm's recorded result.
    struct Outcome {
        var name: String
        /// Exit code, stdout and --output-dir mismatches, each with a diff.
        var problems: [String]
        /// The stderr mismatch (a diff), kept apart: the shared corpus reports it separately.
        var stderrProblem: String?
        var passes: Bool { problems.isEmpty && stderrProblem == nil }
    }

    /// Case folders below `corpus`: every folder holding an `args` file, sorted.
    static func caseNames(in corpus: URL) throws -> [String] {
        let fm = FileManager.default
        return try fm.contentsOfDirectory(atPath: corpus.path).sorted()
            .filter { fm.fileExists(atPath: corpus.appendingPathComponent("\($0)/args").path) }
    }

    /// Runs one case folder. Changes the process working directory while krel runs.
    static func run(_ source: URL) throws -> Outcome {
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("krel-cc-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        try ChartCaseCopy.copy(source, to: work)
        let args = try ShellWords.split(String(contentsOf: source.appendingPathComponent("args"), encoding: .utf8))
        let originalDirectory = fm.currentDirectoryPath
        fm.changeCurrentDirectoryPath(work.path)
        var output = CapturedOutput()
        let status = KrelCommand.run(["template"] + args, output: &output)
        fm.changeCurrentDirectoryPath(originalDirectory)

        let expected = try ChartCaseExpectation(source)
        var problems: [String] = []
        if status != expected.exit { problems.append("exit \(status), want \(expected.exit)") }
        if output.stdout != expected.stdout {
            problems.append("stdout differs (- helm, + krel):\n" + LineDiff.render(expected.stdout, output.stdout))
        }
        if let files = expected.files, let outDir = ChartCaseExpectation.outputDir(args) {
            let got = try ChartCaseCopy.tree(work.appendingPathComponent(outDir))
            problems += treeProblems(expected: files, actual: got)
        }
        let stderrProblem = output.stderr == expected.stderr ? nil
            : "stderr differs (- helm, + krel):\n" + LineDiff.render(expected.stderr, output.stderr)
        return Outcome(name: source.lastPathComponent, problems: problems, stderrProblem: stderrProblem)
    }

    private static func treeProblems(expected: [String: String], actual: [String: String]) -> [String] {
        var problems: [String] = []
        let missing = Set(expected.keys).subtracting(actual.keys).sorted()
        let extra = Set(actual.keys).subtracting(expected.keys).sorted()
        if !missing.isEmpty { problems.append("--output-dir lacks \(missing)") }
        if !extra.isEmpty { problems.append("--output-dir has extra \(extra)") }
        for path in expected.keys.sorted() {
            if let got = actual[path], let want = expected[path], got != want {
                problems.append("--output-dir file \(path) differs (- helm, + krel):\n" + LineDiff.render(want, got))
            }
        }
        return problems
    }
}

/// The expected results of one chart case.
struct ChartCaseExpectation {
    var stdout: String
    var stderr: String
    var exit: Int32
    /// `expected.files/`, as relative path to contents; nil when the case has none.
    var files: [String: String]?

    init(_ folder: URL) throws {
        func read(_ name: String) throws -> String {
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        stdout = try read("expected.stdout")
        stderr = try read("expected.stderr")
        exit = Int32(try read("expected.exit").trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        let filesFolder = folder.appendingPathComponent("expected.files")
        files = FileManager.default.fileExists(atPath: filesFolder.path) ? try ChartCaseCopy.tree(filesFolder) : nil
    }

    static func outputDir(_ args: [String]) -> String? {
        for (i, arg) in args.enumerated() {
            if arg == "--output-dir", i + 1 < args.count { return args[i + 1] }
            if arg.hasPrefix("--output-dir=") { return String(arg.dropFirst("--output-dir=".count)) }
        }
        return nil
    }
}

/// Copying a case folder (without `expected.*`) and reading a folder tree.
enum ChartCaseCopy {
    static func copy(_ source: URL, to destination: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: destination, withIntermediateDirectories: true)
        for entry in try fm.contentsOfDirectory(atPath: source.path) where !entry.hasPrefix("expected.") {
            try fm.copyItem(at: source.appendingPathComponent(entry), to: destination.appendingPathComponent(entry))
        }
    }

    static func tree(_ root: URL) throws -> [String: String] {
        var out: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return out }
        for case let path as String in walker {
            let url = root.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = try String(contentsOf: url, encoding: .utf8)
            }
        }
        return out
    }
}

/// Running a whole folder of cases with the known-divergence list applied.
extension ChartCaseRunner {
    struct Report {
        var total = 0
        /// Cases failing on exit/stdout/files, with their diffs (not listed as known divergences).
        var failures: [String] = []
        /// Cases whose stderr differs (not listed as known divergences).
        var stderrMismatches: [String] = []
        /// Listed cases that still differ, with their reasons.
        var known: [String] = []
        /// Listed cases that pass now: the list is stale.
        var stale: [String] = []
    }

    static func runAll(in corpus: URL) throws -> Report {
        var report = Report()
        for name in try caseNames(in: corpus) {
            report.total += 1
            let outcome = try run(corpus.appendingPathComponent(name))
            if let reason = KnownDivergences.reasons[name] {
                if outcome.passes { report.stale.append(name) } else { report.known.append("\(name) (\(reason))") }
                continue
            }
            if !outcome.problems.isEmpty {
                report.failures.append("\(name): " + outcome.problems.joined(separator: "\n"))
            }
            if let stderrProblem = outcome.stderrProblem { report.stderrMismatches.append("\(name): \(stderrProblem)") }
        }
        return report
    }
}
