import Chart
import Foundation
import XCTest

/// `--output-dir` cases: stdout (`wrote` lines) and the written tree must equal helm's
/// `expected.stdout` / `expected.files/`.
final class OutputDirTests: XCTestCase {
    func testCorpusCases() throws {
        let cases: [(String, includeCRDs: Bool, release: String?, showOnly: [String])] = [
            ("output-dir-basic", false, nil, []),
            ("output-dir-include-crds", true, nil, []),
            ("output-dir-release-name", false, "my-rel", []),
            ("output-dir-with-show-only", false, nil, ["templates/deployment.yaml"]),
        ]
        for (name, includeCRDs, release, showOnly) in cases {
            guard let corpus = CorpusCase(name) else { continue }
            var log: [String] = []
            let sorted = try ManifestSorter.sort(
                files: renderedFiles(fromOutput: fixture("\(name).full.stdout")), parse: TestHeadParser.parse, log: &log)
            var options = TemplateOutputOptions()
            options.includeCRDs = includeCRDs
            options.showOnly = showOnly
            let plan = OutputDir.plan(
                crds: corpus.crdFiles(), manifests: sorted.manifests, hooks: sorted.hooks, options: options,
                outputDir: "out", releaseName: release, existingContent: { _ in nil })
            XCTAssertEqual(plan.stdout, corpus.expectedStdout, name)
            XCTAssertEqual(plan.error.map { "Error: \($0.message)\n" } ?? "", corpus.expectedStderr, name)
            // expected.files holds the contents of `out/`.
            let expectedRoot = corpus.folder.appendingPathComponent("expected.files")
            let expectedPaths = (FileManager.default.enumerator(atPath: expectedRoot.path)?.allObjects as? [String] ?? [])
                .filter { !$0.hasSuffix("/") && FileManager.default.contents(atPath: expectedRoot.appendingPathComponent($0).path) != nil }
                .sorted()
            XCTAssertEqual(plan.files.map { String($0.path.dropFirst("out/".count)) }.sorted(), expectedPaths, name)
            for (path, content) in plan.files {
                let expected = corpus.text("expected.files/" + path.dropFirst("out/".count))
                XCTAssertEqual(content, expected, "\(name): \(path)")
            }
        }
    }

    func testHooksAppendToExistingFilesAndWritesAreAtomic() throws {
        let hook = RenderedHook(
            name: "h", kind: "Job", path: "c/templates/h.yaml", manifest: "kind: Job", events: ["pre-install"],
            weight: 0, deletePolicies: [], outputLogPolicies: [])
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("krel-outdir-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = OutputDir.plan(
            crds: [], manifests: [], hooks: [hook], options: TemplateOutputOptions(), outputDir: dir, releaseName: nil,
            existingContent: OutputDir.existingContent)
        try OutputDir.write(first)
        let second = OutputDir.plan(
            crds: [], manifests: [], hooks: [hook], options: TemplateOutputOptions(), outputDir: dir, releaseName: nil,
            existingContent: OutputDir.existingContent)
        try OutputDir.write(second)
        let text = OutputDir.existingContent(dir + "/c/templates/h.yaml")
        XCTAssertEqual(text, String(repeating: "---\n# Source: c/templates/h.yaml\nkind: Job\n", count: 2))
    }
}
