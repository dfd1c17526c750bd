import Chart
import KrelCore
import XCTest

/// Splitting, hook classification, kind order and `helm template` output against the chart
/// corpus (expected.stdout / expected.stderr written by helm v4.1.4).
final class ManifestCorpusTests: XCTestCase {
    /// Cases whose templates contain no template actions: the files are their own output.
    static let staticCases: [(name: String, options: TemplateOutputOptions)] = {
        var noHooks = TemplateOutputOptions()
        noHooks.disableHooks = true
        var skipTests = TemplateOutputOptions()
        skipTests.skipTests = true
        return [
            ("kind-install-order-all-kinds", TemplateOutputOptions()),
            ("kind-order-same-kind-across-files", TemplateOutputOptions()),
            ("hooks-in-template-output", TemplateOutputOptions()),
            ("hooks-no-hooks", noHooks),
            ("hooks-skip-tests", skipTests),
            ("templates-leading-trailing-whitespace", TemplateOutputOptions()),
            ("templates-separator-edge-cases", TemplateOutputOptions()),
            ("manifest-metadata-extra-fields-ok", TemplateOutputOptions()),
        ]
    }()

    func testStaticCases() throws {
        for (name, options) in Self.staticCases {
            guard let corpus = CorpusCase(name) else { continue }
            var log: [String] = []
            let sorted = try ManifestSorter.sort(files: corpus.templateFiles(), parse: TestHeadParser.parse, log: &log)
            let out = try TemplateOutput.render(crds: [], manifests: sorted.manifests, hooks: sorted.hooks, options: options)
            XCTAssertEqual(out, corpus.expectedStdout, name)
            XCTAssertEqual(log.map { $0 + "\n" }.joined(), corpus.expectedStderr, name)
        }
    }

    /// Re-sorting the documents of a full output (grouped back into their files) gives the
    /// same output: kind order, file order and document order all hold.
    func testRoundTripOfRenderedCases() throws {
        for name in ["templates-33-manifests", "templates-unusual-names-sorting", "crds-folder-default-excluded"] {
            guard let corpus = CorpusCase(name) else { continue }
            var log: [String] = []
            let files = renderedFiles(fromOutput: corpus.expectedStdout)
            let sorted = try ManifestSorter.sort(files: files, parse: TestHeadParser.parse, log: &log)
            let out = try TemplateOutput.render(crds: [], manifests: sorted.manifests, hooks: sorted.hooks, options: TemplateOutputOptions())
            XCTAssertEqual(out, corpus.expectedStdout, name)
        }
    }

    func testIncludeCRDs() throws {
        for name in ["crds-include-crds", "crds-include-crds-with-skip"] {
            guard let corpus = CorpusCase(name) else { continue }
            var log: [String] = []
            let full = corpus.expectedStdout
            let sorted = try ManifestSorter.sort(files: renderedFiles(fromOutput: full), parse: TestHeadParser.parse, log: &log)
            var options = TemplateOutputOptions()
            options.includeCRDs = true
            let out = try TemplateOutput.render(crds: corpus.crdFiles(), manifests: sorted.manifests, hooks: sorted.hooks, options: options)
            XCTAssertEqual(out, full, name)
        }
    }

    /// `--show-only` cases: the full output (helm without `-s`, kept in Fixtures/) filtered.
    func testShowOnlyCases() throws {
        let cases: [(String, [String])] = [
            ("show-only-empty-template", ["templates/empty.yaml"]),
            ("show-only-glob-pattern", ["templates/d*.yaml"]),
            ("show-only-missing-template", ["templates/nope.yaml"]),
            ("show-only-multiple", ["templates/extra/job-hook.yaml", "charts/side/templates/secret.yaml", "templates/deployment.yaml"]),
            ("show-only-notes", ["templates/NOTES.txt"]),
            ("show-only-overlapping-patterns", ["templates/deployment.yaml", "templates/*.yaml"]),
            ("show-only-single", ["templates/configmap.yaml"]),
            ("show-only-with-chart-name-prefix", ["showme/templates/configmap.yaml"]),
            ("show-only-with-include-crds", ["templates/configmap.yaml"]),
        ]
        for (name, patterns) in cases {
            guard let corpus = CorpusCase(name) else { continue }
            let full = fixture("\(name).full.stdout")
            var log: [String] = []
            let sorted = try ManifestSorter.sort(files: renderedFiles(fromOutput: full), parse: TestHeadParser.parse, log: &log)
            var options = TemplateOutputOptions()
            options.showOnly = patterns
            options.includeCRDs = name.hasSuffix("include-crds")
            do {
                let out = try TemplateOutput.render(
                    crds: corpus.crdFiles(), manifests: sorted.manifests, hooks: sorted.hooks, options: options)
                XCTAssertEqual(out, corpus.expectedStdout, name)
            } catch {
                XCTAssertEqual("Error: \(error.message)\n", corpus.expectedStderr, name)
                XCTAssertEqual("", corpus.expectedStdout, name)
            }
        }
    }
}
