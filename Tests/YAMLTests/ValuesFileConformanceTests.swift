import Foundation
import XCTest
import KrelCore
import TestSupport
@testable import YAML

/// Data-driven checks against helm's own output in the conformance corpus
/// (../shared/conformance/templates/yaml-values*.yaml, yaml-fromyaml.yaml), read with
/// krel's own `parseDocuments`. Only cases whose template is one of a few fixed probes
/// are checked here (the rest need the template engine):
/// - `{{ .Values.v }}|{{ kindOf .Values.v }}|{{ typeOf .Values.v }}|{{ toJson .Values.v }}`
///   (optionally `|{{ hasKey .Values "v" }}`),
/// - `{{ toJson .Values }}`,
/// - `{{ fromYaml `...` | toJson }}` and `{{ fromYamlArray `...` | toJson }}`,
/// - any case with `values:` and `error:` (the substring must appear in Helm's text).
final class ValuesFileConformanceTests: XCTestCase {
    static let probe = "{{ .Values.v }}|{{ kindOf .Values.v }}|{{ typeOf .Values.v }}|{{ toJson .Values.v }}"
    static let hasKeyProbe = probe + "|{{ hasKey .Values \"v\" }}"

    struct Tally {
        var checked = 0
        var failures: [String] = []
    }

    func corpusCases(_ file: String) throws -> [[String: Value]] {
        guard let folder = SharedMaterial.folder("conformance/templates") else { throw XCTSkip("no corpus") }
        let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let docs = try HelmYAML.parseDocuments(text)
        guard case .map(let root, _)? = docs.first, case .list(let cases, _)? = root["cases"] else {
            XCTFail("cannot read \(file)")
            return []
        }
        return cases.compactMap { $0.mapValue }
    }

    /// What a template prints for `{{ .Values.v }}` inside `include`.
    func printed(_ v: Value?) -> String {
        guard let v, !v.isNull else { return "<no value>" }
        return v.goFormatted
    }

    func check(_ c: [String: Value], into tally: inout Tally) {
        guard let name = c["name"]?.stringValue, let template = c["template"]?.stringValue else { return }
        if c["set"] != nil { return }
        let expect = c["expect"]?.stringValue
        let values = c["values"]?.stringValue
        if let values, let error = c["error"]?.stringValue {
            do {
                _ = try HelmYAML.loadValues(Array(values.utf8))
                // Errors from templates (eq/lt on floats) are not ours to produce.
                if (c["helm_error"]?.stringValue ?? "").hasPrefix("cannot load") {
                    tally.checked += 1
                    tally.failures.append("\(name): loaded, want error \(error)")
                }
            } catch {
                tally.checked += 1
                let text = "cannot load values.yaml: " + error.description
                if !text.contains(c["error"]?.stringValue ?? "") || text != (c["helm_error"]?.stringValue ?? text) {
                    tally.failures.append("\(name): got \(text)\n      want \(c["helm_error"]?.stringValue ?? "")")
                }
            }
            return
        }
        guard let expect else { return }
        let body = template.hasSuffix("\n") ? String(template.dropLast()) : template
        var got: String?
        if body == Self.probe || body == Self.hasKeyProbe || body == "{{ toJson .Values }}" {
            let loaded: [String: Value]
            do {
                loaded = try HelmYAML.loadValues(Array((values ?? "").utf8))
            } catch {
                tally.checked += 1
                tally.failures.append("\(name): unexpected error \(error.description)")
                return
            }
            if body == "{{ toJson .Values }}" {
                got = ((try? GoJSON.marshal(.map(loaded))) ?? "<marshal error>")
            } else {
                let v = loaded["v"]
                var parts = [printed(v), (v ?? .null).goKindName, (v ?? .null).goTypeName, ((try? GoJSON.marshal(v ?? .null)) ?? "<marshal error>")]
                if body == Self.hasKeyProbe { parts.append(loaded["v"] != nil ? "true" : "false") }
                got = parts.joined(separator: "|")
            }
        } else if let call = fromYamlCall(body) {
            let result = call.array ? HelmYAML.fromYamlArray(call.text) : HelmYAML.fromYaml(call.text)
            got = ((try? GoJSON.marshal(result)) ?? "<marshal error>")
        }
        guard let got else { return }
        tally.checked += 1
        if got + (template.hasSuffix("\n") ? "\n" : "") != expect {
            tally.failures.append("\(name): got \(got.debugDescription) want \(expect.debugDescription)")
        }
    }

    /// `{{ fromYaml `TEXT` | toJson }}` (Go raw strings have no escapes).
    func fromYamlCall(_ body: String) -> (array: Bool, text: String)? {
        for (prefix, array) in [("{{ fromYamlArray `", true), ("{{ fromYaml `", false)] {
            if body.hasPrefix(prefix) && body.hasSuffix("` | toJson }}") {
                let inner = body.dropFirst(prefix.count).dropLast("` | toJson }}".count)
                if !inner.contains("`") { return (array, String(inner)) }
            }
        }
        return nil
    }

    func run(_ file: String, minimumChecked: Int) throws {
        var tally = Tally()
        for c in try corpusCases(file) { check(c, into: &tally) }
        print("\(file): \(tally.checked - tally.failures.count)/\(tally.checked) probe cases identical to helm")
        for f in tally.failures { print("  \(f)") }
        XCTAssertTrue(tally.failures.isEmpty, "\(file): \(tally.failures.count) differences")
        XCTAssertGreaterThanOrEqual(tally.checked, minimumChecked)
    }

    func testValuesTyping() throws { try run("yaml-values.yaml", minimumChecked: 300) }
    func testValuesStructure() throws { try run("yaml-values-structure.yaml", minimumChecked: 200) }
    func testFromYaml() throws { try run("yaml-fromyaml.yaml", minimumChecked: 20) }
}
