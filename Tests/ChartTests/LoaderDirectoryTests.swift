import Foundation
import KrelCore
import XCTest
@testable import Chart

final class LoaderDirectoryTests: XCTestCase {
    /// A tiny stand-in for the YAML parser: `key: value` lines only (enough for Chart.yaml fixtures).
    static let flatYAML: ChartLoader.YAMLParser = { bytes in
        var map: [String: Value] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            map[key] = .string(value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        }
        return .map(map)
    }

    private var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("krel-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    private func write(_ files: [String: String]) throws {
        for (path, content) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
    }

    private let loader = ChartLoader(parseYAML: LoaderDirectoryTests.flatYAML)
    private let chartYAML = "apiVersion: v2\nname: app\nversion: 1.0.0\n"

    func testClassifiesFiles() throws {
        try write([
            "Chart.yaml": chartYAML, "values.yaml": "\u{FEFF}a: 1\n", "values.schema.json": "{}", "Chart.lock": "x",
            "templates/b.yaml": "b", "templates/a/x.tpl": "a", "templates/.hidden": "h", "crds/c.YAML": "crd",
            "crds/notes.txt": "n", "files/f.txt": "f", ".helmignore": "*.bak\nignored/\n", "x.bak": "bak",
            "ignored/y": "y", "charts/db/Chart.yaml": "apiVersion: v2\nname: db\nversion: 0.1.0\n",
            "charts/db/templates/.hidden": "sub hidden", "charts/db/.helmignore": "*", "charts/db.prov": "prov",
            "charts/_skip/Chart.yaml": "bad", "charts/.skip/Chart.yaml": "bad",
        ])
        let chart = try loader.load(path: root.path)
        XCTAssertEqual(chart.metadata.name, "app")
        XCTAssertEqual(chart.valuesYAML, Array("a: 1\n".utf8))
        XCTAssertEqual(chart.schemaJSON, Array("{}".utf8))
        XCTAssertEqual(chart.lock, Array("x".utf8))
        XCTAssertEqual(chart.templates.map(\.path), ["templates/a/x.tpl", "templates/b.yaml"])
        XCTAssertEqual(chart.files.map(\.path), [".helmignore", "charts/db.prov", "crds/c.YAML", "crds/notes.txt", "files/f.txt"])
        XCTAssertEqual(chart.crds.map(\.path), ["crds/c.YAML"])
        XCTAssertEqual(chart.subcharts.map(\.name), ["db"])
        // The subchart's own .helmignore is not applied and hidden templates stay.
        XCTAssertEqual(chart.subcharts[0].templates.map(\.path), ["templates/.hidden"])
        XCTAssertEqual(chart.subcharts[0].files.map(\.path), [".helmignore"])
    }

    /// requirements.* in a non-v1 chart: one warning per file in file order, root before
    /// subcharts, kept when loading then fails (fixtures chart-requirements-files-in-v2-warn,
    /// error-requirements-lock-in-chartless-subchart).
    func testRequirementsWarnings() throws {
        try write([
            "Chart.yaml": chartYAML, "requirements.yaml": "", "requirements.lock": "",
            "charts/a/requirements.lock": "", "charts/b/Chart.yaml": chartYAML, "charts/b/requirements.yaml": "",
        ])
        // Helm v4.1.4's stderr lines.
        let depsLine = #"level=INFO msg="Warning: Dependencies are handled in Chart.yaml since apiVersion \"v2\". We recommend migrating dependencies to Chart.yaml.""#
        let lockLine = #"level=INFO msg="Warning: Dependency locking is handled in Chart.lock since apiVersion \"v2\". We recommend migrating to Chart.lock.""#
        var warnings: [String] = []
        XCTAssertThrowsError(try loader.load(path: root.path, warnings: &warnings)) {
            XCTAssertEqual("\($0)", "error unpacking subchart a in app: validation: chart.metadata.apiVersion is required")
        }
        XCTAssertEqual(warnings, [lockLine, depsLine, lockLine])
        try FileManager.default.removeItem(at: root.appendingPathComponent("charts/a"))
        warnings = []
        let chart = try loader.load(path: root.path, warnings: &warnings)
        XCTAssertEqual(warnings, [lockLine, depsLine, depsLine])
        XCTAssertEqual(chart.files.map(\.path), [])
        try write(["Chart.yaml": "apiVersion: v1\nname: app\nversion: 1.0.0\n"])
        warnings = []
        _ = try loader.load(path: root.path, warnings: &warnings)
        XCTAssertEqual(warnings, [depsLine])  // only the v2 subchart's
    }

    func testErrors() throws {
        let cases: [([String: String], String)] = [
            (["Chart.yaml": "apiVersion: v3\nname: app\nversion: 1.0.0\n"], "invalid chart apiVersion"),
            (["Chart.yaml": "apiVersion: v9\nname: app\nversion: 1.0.0\n"], "unsupported chart version"),
            (["Chart.yaml": chartYAML, ".helmignore": "*.txt\n!keep.txt\n"], "Chart.yaml file is missing"),
            (["Chart.yaml": chartYAML, ".helmignore": "a**\n"], "double-star (**) syntax is not supported"),
            (["Chart.yaml": "name: app\nversion: one.two\n"], "validation: chart.metadata.version \"one.two\" is invalid"),
            (["Chart.yaml": chartYAML, "charts/x/README": "hi"], "error unpacking subchart x in app: Chart.yaml file is missing"),
            (["Chart.yaml": chartYAML, "charts/x/Chart.yaml": "apiVersion: v2\nversion: 1.0.0\n"],
             "error unpacking subchart x in app: validation: chart.metadata.name is required"),
        ]
        for (files, message) in cases {
            try? FileManager.default.removeItem(at: root)
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try write(files)
            XCTAssertThrowsError(try loader.load(path: root.path), message) { XCTAssertEqual("\($0)", message) }
        }
        try? FileManager.default.removeItem(at: root)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertThrowsError(try loader.load(path: root.path)) {
            XCTAssertEqual("\($0)", "unable to detect chart at \(root.path)/Chart.yaml: open \(root.path)/Chart.yaml: no such file or directory")
        }
    }

    /// Go's filepath.EvalSymlinks texts and Helm's INFO line per followed link (helm v4.1.4).
    func testSymlinkResolutionMessages() throws {
        try write(["Chart.yaml": chartYAML, "real/data.txt": "d"])
        let base = root.path
        func link(_ name: String, _ target: String) throws {
            try FileManager.default.createSymbolicLink(atPath: base + "/" + name, withDestinationPath: target)
        }
        try link("linked", "real")
        var log: [String] = []
        _ = try loader.load(path: base, warnings: &log)
        XCTAssertEqual(log, ["level=INFO msg=\"found symbolic link in path. Contents of linked file included and used\" path=\(base)/linked resolved=\(base)/real"])
        let cases: [(String, String, String)] = [
            ("dd", "real/../nothere/q", "lstat \(base)/nothere: no such file or directory"),
            ("nd", "real/data.txt/x", "not a directory"),
            ("up", "/tmp/../../nothere", "lstat /tmp/../../nothere: no such file or directory"),
        ]
        for (name, target, reason) in cases {
            try link(name, target)
            XCTAssertThrowsError(try loader.load(path: base)) {
                XCTAssertEqual("\($0)", "error evaluating symlink \(base)/\(name): \(reason)")
            }
            try FileManager.default.removeItem(atPath: base + "/" + name)
        }
        try link("loop1", "loop2")
        try link("loop2", "loop1")
        XCTAssertThrowsError(try loader.load(path: base)) {
            XCTAssertEqual("\($0)", "error evaluating symlink \(base)/loop1: EvalSymlinks: too many links")
        }
    }

    func testSymlinksAndLimits() throws {
        try write(["Chart.yaml": chartYAML, "real/data.txt": "d"])
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("linked").path, withDestinationPath: "real")
        var chart = try loader.load(path: root.path)
        XCTAssertEqual(chart.files.map(\.path), ["linked/data.txt", "real/data.txt"])
        try Data(count: 5 * 1024 * 1024 + 1).write(to: root.appendingPathComponent("big.bin"))
        XCTAssertThrowsError(try loader.load(path: root.path)) {
            XCTAssertEqual("\($0)", "chart file \"big.bin\" is larger than the maximum file size 5242880")
        }
        try FileManager.default.removeItem(at: root.appendingPathComponent("big.bin"))
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: ".")
        XCTAssertThrowsError(try loader.load(path: root.path))
        try FileManager.default.removeItem(at: root.appendingPathComponent("loop"))
        chart = try loader.load(path: root.path)
        XCTAssertEqual(chart.files.count, 2)
    }

    func testArchives() throws {
        let tgz = try ArchiveFixture.make([("app/Chart.yaml", chartYAML), ("app/templates/t.yaml", "t"),
                                           ("app/charts/sub.tgz", "placeholder")])
        // A packaged subchart inside a packaged chart.
        let sub = try ArchiveFixture.make([("sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n")])
        var files = try ChartArchive.files(fromArchive: tgz)
        files[2].data = sub
        let chart = try loader.load(files: files)
        XCTAssertEqual(chart.subcharts.map(\.name), ["sub"])
        let plain = try ArchiveFixture.make([("app/Chart.yaml", chartYAML), ("app/templates/t.yaml", "t")])
        try Data(plain).write(to: root.appendingPathComponent("app-1.0.0.tgz"))
        XCTAssertEqual(try loader.load(path: root.appendingPathComponent("app-1.0.0.tgz").path).templates.map(\.path), ["templates/t.yaml"])
        let noChart = try ArchiveFixture.make([("app/values.yaml", "a: 1")])
        try Data(noChart).write(to: root.appendingPathComponent("bad.tgz"))
        XCTAssertThrowsError(try loader.load(path: root.appendingPathComponent("bad.tgz").path)) {
            // Corpus error-chart-yaml-missing-in-archive.
            XCTAssertEqual("\($0)", "unable to detect chart version, no Chart.yaml found")
        }
        try Data("hello".utf8).write(to: root.appendingPathComponent("v.yaml"))
        XCTAssertThrowsError(try loader.load(path: root.appendingPathComponent("v.yaml").path)) {
            XCTAssertEqual("\($0)", "file '\(root.path)/v.yaml' seems to be a YAML file, but expected a gzipped archive")
        }
    }
}
