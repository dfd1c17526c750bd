import XCTest
import KrelCore
@testable import YAML

/// toYaml / toYamlPretty on values built by templates (ints, int64, floats, objects);
/// expected texts from yaml-toyaml.yaml / yaml-toyamlpretty.yaml / helm-funcs.yaml cases
/// and the helm oracle.
final class ToYamlValueTests: XCTestCase {
    private struct KubeVersion: GoObject, GoJSONMarshalable {
        var goTypeName: String { "*chartutil.KubeVersion" }
        var formatted: String { "v1.35.0" }
        func member(_ name: String) -> Value? { nil }
        var identity: Value { .string("v1.35.0") }
        func goJSONForm() throws -> GoJSONForm {
            .fields([("Version", .string("v1.35.0")), ("Major", .string("1")), ("Minor", .string("35"))])
        }
    }

    func testTemplateNumbers() throws {
        // numbers-from-templates
        let list: Value = .list([
            .int(1), .float(1.5), .int(3, .int64), .int(3, .int64), .float(3.5), .int(1_000_000, .int64),
            .float(1_000_000), .int(5, .int64), .int(12), .float(1e21), .float(1e6),
        ])
        XCTAssertEqual(try YAMLEmitter.toYaml(list),
                       "- 1\n- 1.5\n- 3\n- 3\n- 3.5\n- 1000000\n- 1000000\n- 5\n- 12\n- 1e+21\n- 1000000")
        // set-int-toyaml-and-tojson
        let set: Value = .map(["big": .int(1_000_000, .int64), "max": .int(.max, .int64), "neg": .int(-5, .int64), "w": .float(0)])
        XCTAssertEqual(try YAMLEmitter.toYaml(set), "big: 1000000\nmax: 9223372036854775807\nneg: -5\nw: 0")
        XCTAssertEqual(try GoJSON.marshal(set), "{\"big\":1000000,\"max\":9223372036854775807,\"neg\":-5,\"w\":0}")
        // pretty-set-ints
        let prettySet: Value = .map(["big": .int(1_000_000, .int64), "f": .float(3), "i": .int(3, .int64)])
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(prettySet), "big: 1000000\nf: 3\ni: 3")
        // oracle: toYamlPretty (list 1.0 (float64 1e20) 0.000001 -0.0)
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(.list([.float(1), .float(1e20), .float(0.000001), .float(-0.0)])),
                       "- 1\n- 1e+20\n- 1e-06\n- -0")
    }

    func testTopLevelLiterals() throws {
        // top-level-literals and top-level-block-keep-no-doc-end
        let cases: [(Value, String)] = [
            (.string("x"), "x"), (.int(1), "1"), (.float(1.5), "1.5"), (.bool(true), "true"), (.null, "null"),
            (.string(""), "\"\""), (.string("a\nb"), "|-\n  a\n  b"), (.string("a\n\n"), "|+\n  a\n"),
            (.list([.string("a\n\n")]), "- |+\n  a\n"),
        ]
        for (value, want) in cases { XCTAssertEqual(try YAMLEmitter.toYaml(value), want, "\(value)") }
        // pretty-template-literals
        let pretty: [(Value, String)] = [
            (.int(1), "1"), (.float(1.5), "1.5"), (.string("x"), "x"), (.null, "null"),
            (.list([.int(1), .string("a"), .null]), "- 1\n- a\n- null"), (.map(["k": .int(2)]), "k: 2"),
            (.string("a\n\n"), "|+\n  a\n"), (.list([.string("a\n\n")]), "- |+\n  a\n"),
        ]
        for (value, want) in pretty { XCTAssertEqual(try YAMLEmitter.toYamlPretty(value), want, "\(value)") }
    }

    func testDictsListsAndObjects() throws {
        // dict-and-list-from-template
        let dict: Value = .map(["b": .int(1), "a": .list([.string("x"), .map(["y": .null])]), "c": .string("")])
        XCTAssertEqual(try YAMLEmitter.toYaml(dict), "a:\n- x\n- \"y\": null\nb: 1\nc: \"\"")
        // pretty-dict-from-template
        let prettyDict: Value = .map(["z": .int(1), "a": .list([.int(2), .map(["c": .int(3)])])])
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(prettyDict), "a:\n  - 2\n  - c: 3\nz: 1")
        // go-release-object (.Release is a plain map)
        let release: Value = .map([
            "IsInstall": .bool(true), "IsUpgrade": .bool(false), "Name": .string("rel"),
            "Namespace": .string("default"), "Revision": .int(1), "Service": .string("Helm"),
        ])
        XCTAssertEqual(try YAMLEmitter.toYaml(release),
                       "IsInstall: true\nIsUpgrade: false\nName: rel\nNamespace: default\nRevision: 1\nService: Helm")
        // capabilities-kubeversion: an object marshalled through its JSON fields
        XCTAssertEqual(try YAMLEmitter.toYaml(.object(KubeVersion())), "Major: \"1\"\nMinor: \"35\"\nVersion: v1.35.0")
        XCTAssertEqual(try GoJSON.marshal(.object(KubeVersion())), "{\"Version\":\"v1.35.0\",\"Major\":\"1\",\"Minor\":\"35\"}")
        // oracle: toYaml (list (until 3)), toYamlPretty (splitList "," "a,b")
        XCTAssertEqual(try YAMLEmitter.toYaml(.list([.list([.int(0), .int(1), .int(2)], .ints)])), "- - 0\n  - 1\n  - 2")
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(.list([.string("a"), .string("b")], .strings)), "- a\n- b")
    }

    func testExplicitKeysWithCollectionValues() throws {
        // Oracle: a key over 128 bytes or multi-line uses `? `; the value's collection
        // starts on the `: ` line.
        let k = String(repeating: "k", count: 130)
        XCTAssertEqual(try YAMLEmitter.toYaml(.map([k: .list([.int(1), .int(2)])])), "? \(k)\n: - 1\n  - 2")
        XCTAssertEqual(try YAMLEmitter.toYaml(.map([k: .map(["a": .int(1), "b": .list([.int(3)])])])),
                       "? \(k)\n: a: 1\n  b:\n  - 3")
        XCTAssertEqual(try YAMLEmitter.toYaml(.map(["a\nb": .list([.int(1), .int(2)])])), "? |-\n  a\n  b\n: - 1\n  - 2")
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(.map([k: .list([.int(1), .int(2)])])), "? \(k)\n: - 1\n  - 2")
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(.map([k: .map(["a": .int(1)])])), "? \(k)\n: a: 1")
        XCTAssertEqual(try YAMLEmitter.toYaml(.map(["x": .list([.list([]), .map([:]), .list([.list([.int(1)])])])])),
                       "x:\n- []\n- {}\n- - - 1")
    }

    func testFailures() {
        // NaN and infinities fail in the JSON step; toYamlPretty writes .nan / .inf.
        XCTAssertThrowsError(try YAMLEmitter.toYaml(.float(.nan)))
        XCTAssertThrowsError(try YAMLEmitter.toYaml(.map(["a": .list([.float(-.infinity)])])))
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(.float(.nan)), ".nan")
        XCTAssertEqual(try YAMLEmitter.toYamlPretty(.list([.float(-.infinity), .float(.infinity)])), "- -.inf\n- .inf")
        // DEL, C1 controls, U+FFFE make go-yaml reject the JSON text (quote-del, quote-c1-control).
        for s in ["a\u{7F}b", "a\u{9B}b", "a\u{FFFE}b", "a\u{FFFF}b"] {
            XCTAssertThrowsError(try YAMLEmitter.toYaml(.string(s)), s.debugDescription)
            XCTAssertThrowsError(try YAMLEmitter.toYaml(.map([s: .int(1)])), s.debugDescription)
        }
        // A key whose JSON text exceeds 1024 characters (oracle: 1022 'a' pass, 1023 fail).
        XCTAssertNoThrow(try YAMLEmitter.toYaml(.map([String(repeating: "a", count: 1022): .int(1)])))
        XCTAssertThrowsError(try YAMLEmitter.toYaml(.map([String(repeating: "a", count: 1023): .int(1)])))
        XCTAssertThrowsError(try YAMLEmitter.toYaml(.map([String(repeating: "a", count: 1018) + "<": .int(1)])))
        XCTAssertNoThrow(try YAMLEmitter.toYaml(.map([String(repeating: "a", count: 1017) + "\\": .int(1)])))
    }

    func testBigMapIsFast() throws {
        var entries: [String: Value] = [:]
        for i in 0..<10_000 { entries["key\(i)"] = .map(["name": .string("value \(i)"), "num": .float(Double(i))]) }
        let start = Date()
        let text = try YAMLEmitter.toYaml(.map(entries))
        let elapsed = Date().timeIntervalSince(start)
        XCTAssertTrue(text.hasPrefix("key0:\n  name: value 0\n  num: 0\nkey1:\n"), String(text.prefix(80)))
        print("toYaml of 10k keys: \(Int(elapsed * 1000)) ms")
    }
}
