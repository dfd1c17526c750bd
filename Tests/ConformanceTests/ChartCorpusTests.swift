import Foundation
import KrelCLI
import TestSupport
import XCTest

/// Runs every case of `../shared/conformance/charts` through `krel template` in process,
/// in a copy of the case folder, and compares stdout, exit code, stderr and written files.
final class ChartCorpusTests: XCTestCase {
    func testChartCorpus() throws {
        guard let corpus = SharedMaterial.folder("conformance/charts") else {
            throw XCTSkip("../shared/conformance/charts not found: chart corpus skipped")
        }
        let fm = FileManager.default
        let cases = try fm.contentsOfDirectory(atPath: corpus.path).sorted()
            .filter { fm.fileExists(atPath: corpus.appendingPathComponent("\($0)/args").path) }
        XCTAssertFalse(cases.isEmpty)
        var failures: [String] = []
        var stderrMismatches: [String] = []
        let originalDirectory = fm.currentDirectoryPath
        defer { fm.changeCurrentDirectoryPath(originalDirectory) }
        for name in cases {
            let source = corpus.appendingPathComponent(name)
            let work = fm.temporaryDirectory.appendingPathComponent("krel-cc-\(UUID().uuidString)")
            defer { try? fm.removeItem(at: work) }
            try ChartCaseCopy.copy(source, to: work)
            let args = try ShellWords.split(String(contentsOf: source.appendingPathComponent("args"), encoding: .utf8))
            fm.changeCurrentDirectoryPath(work.path)
            var output = CapturedOutput()
            let status = KrelCommand.run(["template"] + args, output: &output)
            fm.changeCurrentDirectoryPath(originalDirectory)

            let expected = try ChartCaseExpectation(source)
            var problems: [String] = []
            if status != expected.exit { problems.append("exit \(status), want \(expected.exit)") }
            if output.stdout != expected.stdout {
                problems.append("stdout differs:\n--- expected\n\(expected.stdout)\n--- actual\n\(output.stdout)")
            }
            if let files = expected.files, let outDir = ChartCaseExpectation.outputDir(args) {
                let got = try ChartCaseCopy.tree(work.appendingPathComponent(outDir))
                if got != files { problems.append("--output-dir files differ: \(got.keys.sorted()) vs \(files.keys.sorted())") }
            }
            if !problems.isEmpty { failures.append("\(name): " + problems.joined(separator: "; ")) }
            if output.stderr != expected.stderr {
                stderrMismatches.append("\(name):\n--- expected\n\(expected.stderr)--- actual\n\(output.stderr)")
            }
        }
        print("chart corpus: \(cases.count - failures.count)/\(cases.count) stdout+exit identical, "
              + "\(cases.count - stderrMismatches.count)/\(cases.count) stderr identical")
        if !failures.isEmpty { XCTFail("\(failures.count) chart cases fail:\n" + failures.joined(separator: "\n")) }
        // The bar for stderr is 95%; every current mismatch is listed.
        let stderrRate = Double(cases.count - stderrMismatches.count) / Double(cases.count)
        if stderrRate < 0.95 || !stderrMismatches.isEmpty {
            XCTFail("stderr differs for \(stderrMismatches.count) cases:\n" + stderrMismatches.joined(separator: "\n"))
        }
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
