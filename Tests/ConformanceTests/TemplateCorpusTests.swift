import Foundation
import KrelCLI
import KrelCore
import TestSupport
import XCTest
import YAML

/// Runs every case of `../shared/conformance/templates` through `krel template` (in
/// process) with the corpus harness chart, one test per group so a failure names it.
final class TemplateCorpusTests: XCTestCase {
    func testActions() throws { try runGroup("actions") }
    func testBuiltins() throws { try runGroup("builtins") }
    func testHelmFuncs() throws { try runGroup("helm-funcs") }
    func testLexerAndWhitespace() throws { try runGroup("lexer-and-whitespace") }
    func testSprigConversion() throws { try runGroup("sprig-conversion") }
    func testSprigCryptoDeterministic() throws { try runGroup("sprig-crypto-deterministic") }
    func testSprigDates() throws { try runGroup("sprig-dates") }
    func testSprigDefaults() throws { try runGroup("sprig-defaults") }
    func testSprigDicts() throws { try runGroup("sprig-dicts") }
    func testSprigEncoding() throws { try runGroup("sprig-encoding") }
    func testSprigFlow() throws { try runGroup("sprig-flow") }
    func testSprigLists() throws { try runGroup("sprig-lists") }
    func testSprigMath() throws { try runGroup("sprig-math") }
    func testSprigPaths() throws { try runGroup("sprig-paths") }
    func testSprigReflection() throws { try runGroup("sprig-reflection") }
    func testSprigRegex() throws { try runGroup("sprig-regex") }
    func testSprigSemver() throws { try runGroup("sprig-semver") }
    func testSprigStrings() throws { try runGroup("sprig-strings") }
    func testSprigURL() throws { try runGroup("sprig-url") }
    func testYAMLFromYaml() throws { try runGroup("yaml-fromyaml") }
    func testYAMLSet() throws { try runGroup("yaml-set") }
    func testYAMLToYaml() throws { try runGroup("yaml-toyaml") }
    func testYAMLToYamlPretty() throws { try runGroup("yaml-toyamlpretty") }
    func testYAMLValues() throws { try runGroup("yaml-values") }
    func testYAMLValuesStructure() throws { try runGroup("yaml-values-structure") }

    /// Every group file in the corpus must have a test method above.
    func testEveryGroupIsCovered() throws {
        guard let folder = SharedMaterial.folder("conformance/templates") else { throw XCTSkip("../shared not found") }
        let groups = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
        XCTAssertEqual(groups.count, 25, "new corpus groups: add a test method for each")
    }

    private func runGroup(_ group: String) throws {
        guard let folder = SharedMaterial.folder("conformance/templates") else {
            throw XCTSkip("../shared/conformance/templates not found: template corpus skipped")
        }
        let cases = try TemplateCase.load(group: group, from: folder)
        XCTAssertFalse(cases.isEmpty, "no cases read from \(group).yaml")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("krel-tc-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var failures: [String] = []
        var known: [String] = []
        for (index, testCase) in cases.enumerated() {
            let root = scratch.appendingPathComponent("\(index)")
            let chart = try testCase.writeChart(under: root)
            var output = CapturedOutput()
            let status = KrelCommand.run(testCase.arguments(chart: chart), output: &output)
            let id = "\(group)/\(testCase.name)"
            let problem = Self.check(testCase, status: status, output: output)
            if let reason = KnownDivergences.reasons[id] {
                if problem == nil { failures.append("\(id): listed in known-divergences.txt but passes now: remove it") }
                known.append("\(id) (\(reason))")
            } else if let problem {
                failures.append("\(id): \(problem)")
            }
        }
        print("template corpus \(group): \(cases.count - failures.count - known.count)/\(cases.count) pass"
              + (known.isEmpty ? "" : "; known divergences: " + known.joined(separator: ", ")))
        if !failures.isEmpty {
            XCTFail("\(failures.count) of \(cases.count) cases fail:\n" + failures.joined(separator: "\n"))
        }
    }

    /// nil when the case passes; otherwise what went wrong.
    static func check(_ testCase: TemplateCase, status: Int32, output: CapturedOutput) -> String? {
        if let error = testCase.error {
            if status != 0 && output.stderr.contains(error) { return nil }
            return "want an error containing \(error.debugDescription), got exit \(status), stderr \(output.stderr.prefix(300).debugDescription)"
        }
        guard status == 0 else { return "exit \(status): \(output.stderr.prefix(400).debugDescription)" }
        guard let got = decodeOutput(output.stdout) else {
            return "unparsable output \(output.stdout.prefix(200).debugDescription)"
        }
        let want = testCase.expect ?? ""
        return got == want ? nil : "\n  expected \(want.debugDescription)\n  actual   \(got.debugDescription)"
    }

    /// The harness prints `k0: "<base64>"` under a `# Source:` header.
    static func decodeOutput(_ stdout: String) -> String? {
        guard let doc = try? HelmYAML.unmarshal(stdout), case .string(let encoded) = doc["k0"] ?? .null,
            let data = Data(base64Encoded: encoded)
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
