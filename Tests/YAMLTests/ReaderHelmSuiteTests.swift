import Foundation
import XCTest
import KrelCore
import TestSupport
@testable import YAML

/// Differential test against helm itself: for every yaml-test-suite input, krel's
/// `fromYaml`/`fromYamlArray` must give what helm v4.1.4 gave (Tests/YAMLFixtures,
/// generated with the real helm binary; see the README there).
final class ReaderHelmSuiteTests: XCTestCase {
    /// Inputs where krel knowingly differs from helm, with the reason.
    static let knownDifferences: [String: String] = [
        // go-yaml v2 rejects an explicit key whose content is itself a flow collection
        // followed by ":" (`? []: x`) in its parser; krel parses it as libyaml does and
        // then fails on the collection key, so both reject it, with different messages.
        "M2N8/01": "go-yaml: `did not find expected key`; krel: `invalid map key: []interface {}{}`",
    ]

    func testFromYamlMatchesHelmOnSuiteInputs() throws {
        guard let suite = SharedMaterial.folder("yaml-test-suite") else { throw XCTSkip("no yaml-test-suite") }
        let fixture = SharedMaterial.packageRoot.appendingPathComponent("Tests/YAMLFixtures/suite-helm-fromyaml.json")
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: fixture)) as? [String: [String]] ?? [:]
        var passed = 0
        var failures: [String] = []
        for (id, outputs) in expected.sorted(by: { $0.key < $1.key }) {
            let input = try Data(contentsOf: suite.appendingPathComponent(id).appendingPathComponent("in.yaml"))
            var text = String(decoding: input, as: UTF8.self)
            // Helm strips a leading BOM from chart files when it loads them.
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            let map = ((try? GoJSON.marshal(HelmYAML.fromYaml(text))) ?? "<marshal error>")
            let list = ((try? GoJSON.marshal(HelmYAML.fromYamlArray(text))) ?? "<marshal error>")
            if map == outputs[0] && list == outputs[1] {
                passed += 1
            } else if Self.knownDifferences[id] == nil {
                failures.append("\(id):\n    krel: \(map)\n    helm: \(outputs[0])\n    krel: \(list)\n    helm: \(outputs[1])")
            }
        }
        print("helm fromYaml on yaml-test-suite inputs: \(passed)/\(expected.count) identical")
        for f in failures { print("  differs: \(f)") }
        XCTAssertTrue(failures.isEmpty, "\(failures.count) unexplained differences from helm")
    }
}
