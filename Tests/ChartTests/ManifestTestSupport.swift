import Chart
import Foundation
import KrelCore
import TestSupport

/// Test stand-ins for pieces other engineers write: a line-based reader of the few head
/// fields of simple block-style documents (instead of the YAML parser), and corpus access.
enum TestHeadParser {
    /// apiVersion, kind, metadata.name and metadata.annotations of a block-style document;
    /// null for comment-only text.
    static func parse(_ text: String) throws -> Value {
        var top: [String: Value] = [:]
        var metadata: [String: Value]?
        var annotations: [String: Value]?
        var section = ""
        for rawScalars in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: true) {
            var raw = Substring(rawScalars)
            if raw.unicodeScalars.last == "\r" { raw = Substring(raw.unicodeScalars.dropLast()) }
            let line = raw
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("#") || trimmed.isEmpty || trimmed == "---" { continue }
            let indent = line.count - trimmed.count
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = unquote(trimmed[..<colon])
            let value = unquote(trimmed[trimmed.index(after: colon)...])
            if indent == 0 {
                section = key
                if key == "metadata" { metadata = [:] } else if !value.isEmpty { top[key] = .string(value) }
            } else if section == "metadata", indent == 2 {
                if key == "annotations" { annotations = [:] } else if key == "name" { metadata?["name"] = .string(value) }
            } else if section == "metadata", indent >= 4, annotations != nil {
                annotations?[key] = .string(value)
            }
        }
        if var metadata {
            if let annotations { metadata["annotations"] = .map(annotations) }
            top["metadata"] = .map(metadata)
        }
        return top.isEmpty ? .null : .map(top)
    }

    private static func unquote(_ s: Substring) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, (t.hasPrefix("\"") && t.hasSuffix("\"")) || (t.hasPrefix("'") && t.hasSuffix("'")) {
            return String(t.dropFirst().dropLast())
        }
        return t
    }
}

/// One conformance case folder.
struct CorpusCase {
    let folder: URL

    init?(_ name: String) {
        guard let root = SharedMaterial.folder("conformance/charts/\(name)") else { return nil }
        folder = root
    }

    func text(_ relative: String) -> String? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    var expectedStdout: String { text("expected.stdout") ?? "" }
    var expectedStderr: String { text("expected.stderr") ?? "" }

    /// Every file below `chart/templates` of the chart and its subcharts, keyed by the
    /// path helm prints (`<chart>/templates/...`, `<chart>/charts/<sub>/templates/...`).
    func templateFiles() -> [String: String] {
        var out: [String: String] = [:]
        collect(chartDir: folder.appendingPathComponent("chart"), prefix: chartName(folder.appendingPathComponent("chart")), into: &out)
        return out
    }

    /// `crds/` files of the chart then of its subcharts (folder order), raw.
    func crdFiles() -> [CRDFile] {
        var out: [CRDFile] = []
        collectCRDs(chartDir: folder.appendingPathComponent("chart"), prefix: chartName(folder.appendingPathComponent("chart")), into: &out)
        return out
    }

    private func chartName(_ dir: URL) -> String {
        let text = (try? String(contentsOf: dir.appendingPathComponent("Chart.yaml"), encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("name:") {
            return line.dropFirst(5).trimmingCharacters(in: .whitespaces)
        }
        return ""
    }

    private func files(below dir: URL) -> [String] {
        guard let e = FileManager.default.enumerator(atPath: dir.path) else { return [] }
        return (e.allObjects as? [String] ?? []).filter {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path, isDirectory: &isDir)
            return !isDir.boolValue
        }.sorted()
    }

    private func collect(chartDir: URL, prefix: String, into out: inout [String: String]) {
        let templates = chartDir.appendingPathComponent("templates")
        for file in files(below: templates) where !file.hasSuffix("NOTES.txt") {
            out["\(prefix)/templates/\(file)"] = (try? String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)) ?? ""
        }
        let charts = chartDir.appendingPathComponent("charts")
        for sub in ((try? FileManager.default.contentsOfDirectory(atPath: charts.path)) ?? []).sorted() {
            let dir = charts.appendingPathComponent(sub)
            collect(chartDir: dir, prefix: "\(prefix)/charts/\(chartName(dir))", into: &out)
        }
    }

    private func collectCRDs(chartDir: URL, prefix: String, into out: inout [CRDFile]) {
        let crds = chartDir.appendingPathComponent("crds")
        for file in files(below: crds) where [".yaml", ".yml", ".json"].contains(where: { file.hasSuffix($0) }) {
            out.append(CRDFile(path: "\(prefix)/crds/\(file)", content: (try? String(contentsOf: crds.appendingPathComponent(file), encoding: .utf8)) ?? ""))
        }
        let charts = chartDir.appendingPathComponent("charts")
        for sub in ((try? FileManager.default.contentsOfDirectory(atPath: charts.path)) ?? []).sorted() {
            let dir = charts.appendingPathComponent(sub)
            collectCRDs(chartDir: dir, prefix: "\(prefix)/charts/\(chartName(dir))", into: &out)
        }
    }
}

/// Rebuilds rendered files from a full `helm template` stdout: documents grouped by their
/// `# Source:` path (CRD files left out), joined with `---` lines.
func renderedFiles(fromOutput output: String) -> [String: String] {
    var files: [String: [String]] = [:]
    for piece in ManifestSplitter.split(output) {
        guard piece.hasPrefix("# Source: ") else { continue }
        let firstLine = piece.prefix { $0 != "\n" }
        let path = String(firstLine.dropFirst("# Source: ".count))
        if path.contains("/crds/") { continue }
        files[path, default: []].append(String(piece.dropFirst(firstLine.count)))
    }
    return files.mapValues { $0.joined(separator: "\n---\n") }
}

func fixture(_ name: String) -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("ChartFixtures/\(name)")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}
