import XCTest
import KrelCore
@testable import YAML

/// Seeded random strings (see Tests/YAMLFixtures/gen-emitter-fuzz.py) written by helm's toYaml and
/// toYamlPretty in five positions each: root, map value, list item, map key, deep value.
final class EmitterFuzzTests: XCTestCase {
    private static func apply(_ probe: String, _ s: Value) -> String {
        let pretty = probe.hasPrefix("toYamlPretty")
        let argument: Value
        switch probe.split(separator: " ", maxSplits: 1).last.map(String.init) ?? "" {
        case ".": argument = s
        case "(dict \"k\" .)": argument = .map(["k": s])
        case "(list .)": argument = .list([s])
        case "(dict . 1)": argument = .map([s.stringValue ?? "": .int(1)])
        default: argument = .map(["a": .map(["b": .list([.map(["c": s])])])])
        }
        let result = pretty ? try? YAMLEmitter.toYamlPretty(argument) : try? YAMLEmitter.toYaml(argument)
        return result ?? ""
    }

    func testRandomStringsMatchHelm() throws {
        var passed = 0, failed = 0
        for line in EmitterFuzzFixtures.jsonLines.split(separator: "\n") {
            let row = GoJSON.unmarshal(String(line), into: .map)
            guard let json = row.value["json"]?.stringValue,
                  let outputs = row.value["outputs"]?.listValue?.compactMap(\.stringValue) else {
                return XCTFail("bad fixture line")
            }
            let s = GoJSON.unmarshal(json).value
            for (probe, want) in zip(EmitterFuzzFixtures.probes, outputs) {
                let got = Self.apply(probe, s)
                if got == want {
                    passed += 1
                } else {
                    failed += 1
                    if failed <= 25 {
                        XCTFail("\(probe) of \(json):\n  want \(want.debugDescription)\n  got  \(got.debugDescription)")
                    }
                }
            }
        }
        print("emitter fuzz: \(passed) passed, \(failed) failed")
        XCTAssertEqual(failed, 0)
    }
}
