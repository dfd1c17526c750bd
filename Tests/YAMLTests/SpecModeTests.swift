import XCTest
@testable import YAML

/// Spec mode follows YAML 1.2 where go-yaml v2 (the default Helm mode) deviates; the
/// Helm mode must keep go-yaml's verdicts.
final class SpecModeTests: XCTestCase {
    /// (input, accepted in spec mode)
    static let specVerdicts: [(String, Bool)] = [
        ("%YAML 1.2\n---\na: 1\n", true),
        ("%FOO bar\n---\na: 1\n", true),
        ("a: \"x\\/y\"\n", true),
        ("a: \"x\\'y\"\n", false),
        (": a\n", true),
        ("{\"a\":b}\n", true),
        ("[a, b]#c\n", false),
        ("- foo:\t bar\n", true),
        ("foo:\n\tbar\n", false),
        ("a: [\nb]\n", false),
        ("--- >\nline\n", true),
        ("a: 1\n... x\n", false),
    ]

    /// Inputs go-yaml (and so helm, see the suite's Helm-mode list) rejects.
    static let helmRejects = ["%YAML 1.2\n---\na: 1\n", "%FOO bar\n---\na: 1\n", "a: \"x\\/y\"\n", ": a\n"]

    func accepts(_ text: String, _ options: YAMLReaderOptions) -> Bool {
        (try? YAMLEventStream.events(text, options: options)) != nil
    }

    func testVerdicts() {
        for (text, spec) in Self.specVerdicts {
            XCTAssertEqual(accepts(text, .spec), spec, "spec mode: \(text.debugDescription)")
        }
        for text in Self.helmRejects {
            XCTAssertFalse(accepts(text, .helm), "helm mode: \(text.debugDescription)")
        }
    }

    func testEscapedSlashAndZeroIndentedBlockScalar() throws {
        let slash = try YAMLEventStream.events("\"a\\/b\"\n", options: .spec)
        XCTAssertEqual(slash.first { $0.kind == .scalar }?.value, "a/b")
        let folded = try YAMLEventStream.events("--- >\nline1\nline2\n", options: .spec)
        XCTAssertEqual(folded.first { $0.kind == .scalar }?.value, "line1 line2\n")
    }
}
