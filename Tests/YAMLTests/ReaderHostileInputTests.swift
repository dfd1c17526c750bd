import Foundation
import XCTest
import KrelCore
@testable import YAML

/// Hostile input: bounded time and memory, typed errors, never a crash.
final class ReaderHostileInputTests: XCTestCase {
    func message(_ text: String) -> String {
        do {
            _ = try HelmYAML.unmarshal(text)
            return "ok"
        } catch {
            return error.message
        }
    }

    func testBillionLaughsFailsFast() {
        var text = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
            previous = name
        }
        let start = Date()
        XCTAssertEqual(message(text), "error converting YAML to JSON: yaml: document contains excessive aliasing")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
    }

    func testModerateAliasingIsAllowed() {
        var text = "a: &a [" + (1...10).map(String.init).joined(separator: ",") + "]\n"
        text += "b: &b [" + Array(repeating: "*a", count: 10).joined(separator: ",") + "]\n"
        XCTAssertEqual(message(text), "ok")
    }

    func testDeepFlowNestingIsRejected() {
        let text = String(repeating: "[", count: 10_001) + String(repeating: "]", count: 10_001)
        XCTAssertEqual(message(text), "error converting YAML to JSON: yaml: exceeded max depth of 10000")
        let ok = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        XCTAssertEqual(message(ok), "ok")
    }

    func testDeepBlockNestingIsRejected() {
        // `- - - x`: every "- " opens a block sequence one column deeper.
        let seq = String(repeating: "- ", count: 10_001) + "x\n"
        XCTAssertEqual(message(seq), "error converting YAML to JSON: yaml: exceeded max depth of 10000")
        let ok = String(repeating: "- ", count: 3_000) + "x\n"
        XCTAssertEqual(message(ok), "ok")
        var maps = ""
        for depth in 0..<1_000 { maps += String(repeating: " ", count: depth) + "k:\n" }
        XCTAssertEqual(message(maps), "ok")
    }

    func testSelfContainingAnchor() {
        XCTAssertEqual(message("a: &x [1, *x]"), "error converting YAML to JSON: yaml: anchor 'x' value contains itself")
        XCTAssertEqual(message("a: *nope"), "error converting YAML to JSON: yaml: unknown anchor 'nope' referenced")
    }

    func testControlCharactersAndBadUTF8() {
        XCTAssertEqual(message("a: b\u{7}c"), "error converting YAML to JSON: yaml: control characters are not allowed")
        do {
            _ = try HelmYAML.unmarshal(bytes: [0x61, 0x3A, 0x20, 0xFF])
            XCTFail("accepted invalid UTF-8")
        } catch {
            XCTAssertEqual(error.message, "error converting YAML to JSON: yaml: invalid leading UTF-8 octet")
        }
    }

    func testTruncatedInputsNeverCrash() {
        let sample = """
        %YAML 1.1
        %TAG !e! tag:example.com,2000:
        --- !e!root
        a: &anchor {x: [1, "two\\u00e9", 'th''ree'], y: !!binary aGVsbG8=}
        b: *anchor
        c: |2-
            literal
        d: >+
          folded
        ? complex
        : value
        <<: *anchor
        e: "multi
          line"
        ...
        """
        let bytes = Array(sample.utf8)
        for cut in 0...bytes.count {
            _ = try? HelmYAML.parseDocuments(String(decoding: bytes[0..<cut], as: UTF8.self))
            _ = try? HelmYAML.unmarshal(bytes: Array(bytes[0..<cut]))
        }
        var stream = YAMLEventStream(sample)
        var count = 0
        while let _ = try? stream.next() { count += 1 }
        XCTAssertGreaterThan(count, 10)
    }
}

final class ReaderSizeLimitTests: XCTestCase {
    func testOversizedInputIsRefusedBeforeParsing() {
        let size = Limits.maxYAMLDocumentBytes + 1
        XCTAssertThrowsError(try HelmYAML.checkSize(size, fromValuesLoader: true)) { error in
            XCTAssertTrue("\(error)".contains("exceeds krel's limit"), "\(error)")
        }
        XCTAssertNoThrow(try HelmYAML.checkSize(1024, fromValuesLoader: false))
    }
}
