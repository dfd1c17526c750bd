import Foundation
import TestSupport
import XCTest

/// Runs every template conformance group (except the `yaml-*` companion corpus) with the
/// full Helm function table and Helm's root objects built directly (no chart loading or
/// renderer: ConformanceTests covers that path). Cases needing `.Files.AsConfig/AsSecrets`
/// (toYaml inside `.Files`) or inputs the stand-in readers can't parse are skipped and
/// counted in the printed report.
final class TemplateCorpusRunnerTests: XCTestCase {
    static let groups = [
        "lexer-and-whitespace", "actions", "builtins", "sprig-strings", "sprig-lists", "sprig-dicts", "sprig-math",
        "sprig-defaults", "sprig-conversion", "sprig-encoding", "sprig-crypto-deterministic", "sprig-regex",
        "sprig-semver", "sprig-paths", "sprig-url", "sprig-reflection", "sprig-dates", "sprig-flow", "helm-funcs",
    ]

    func testTemplateCorpus() throws {
        guard let folder = SharedMaterial.folder("conformance/templates") else { throw XCTSkip("no shared material") }
        let only = ProcessInfo.processInfo.environment["KREL_CORPUS_GROUP"]
        var report: [String] = []
        var skipReasons: [String: Int] = [:]
        for group in Self.groups where only == nil || only == group {
            let text = try String(contentsOf: folder.appendingPathComponent(group + ".yaml"), encoding: .utf8)
            let cases = CaseFileReader.read(text)
            var pass = 0, skip = 0
            var failures: [String] = []
            for c in cases {
                switch TemplateCorpusHarness.run(c) {
                case .pass: pass += 1
                case .skip(let why):
                    skip += 1
                    skipReasons[why, default: 0] += 1
                case .fail(let why): failures.append("\(group)/\(c.name): " + why.replacingOccurrences(of: "\n", with: " | "))
                }
            }
            report.append("\(group): \(pass) pass, \(failures.count) fail, \(skip) skip of \(cases.count)")
            for f in failures { XCTFail(f) }
        }
        print("CORPUS\n" + report.joined(separator: "\n"))
        print("SKIPPED " + skipReasons.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " "))
    }

    /// Development aid: renders `KREL_SNIPPET` (values from `KREL_SNIPPET_VALUES`) in the
    /// corpus harness and prints the result, for comparison with helm.
    func testSnippetFromEnvironment() throws {
        let env = ProcessInfo.processInfo.environment
        guard let snippet = env["KREL_SNIPPET"] else { throw XCTSkip("KREL_SNIPPET not set") }
        var c = ConformanceCase()
        c.template = snippet
        c.values = env["KREL_SNIPPET_VALUES"]
        c.expect = "\u{0}"
        switch TemplateCorpusHarness.run(c) {
        case .fail(let why): print("SNIPPET " + why)
        default: print("SNIPPET unexpected")
        }
    }
}
